// `verbatim email-card`: a topic card as email-safe HTML (or plain text) on stdout.
import { readFile } from 'node:fs/promises';
import { stderr, stdout } from 'node:process';
import { parseArgs } from 'node:util';
import { renderTopicCardEmail, renderTopicCardEmailDocument } from '../core/email.js';
import type { TopicCardEmailOptions } from '../core/email.js';
import { renderTopicCardText } from '../core/email-text.js';
import { TranscriptError } from '../core/errors.js';
import { lookup } from '../core/lookup.js';
import { parseTranscript } from '../core/parse.js';
import { unknownIdMessage } from '../core/suggest.js';
import type { Transcript } from '../core/types.js';
import { interview } from '../data/interview.js';

const USAGE = `Usage: verbatim email-card <topic-id> [options]
       verbatim email-card --list [--src FILE]

Writes a topic card as email-safe HTML to stdout, to paste into a newsletter.

Options:
  --src FILE     a transcript in any supported format (default: the bundled interview)
  --href URL     absolute http(s) URL of the full transcript page: adds a button linking
                 to this part of the conversation
  --accent HEX   button and rule colour, #rgb or #rrggbb (default #b4235a)
  --width PX     card width in pixels, 320 to 600 (default 600)
  --document     a complete HTML document rather than a fragment
  --text         the plain-text part of the message instead of HTML
  --list         list the topics (id and title) and exit
  -h, --help     show this help
`;

const OPTIONS = {
  src: { type: 'string' },
  href: { type: 'string' },
  accent: { type: 'string' },
  width: { type: 'string' },
  document: { type: 'boolean' },
  text: { type: 'boolean' },
  list: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Exit statuses: 1 for a transcript that cannot be read, 2 for a wrong command line. */
const CANNOT_READ = 1;
const USAGE_ERROR = 2;

class CommandError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

const write = (text: string): Promise<void> => new Promise((resolve) => stdout.write(text, () => resolve()));

async function loadTranscript(src: string | undefined): Promise<Transcript> {
  if (src === undefined) return interview;
  let text: string;
  try {
    text = await readFile(src, 'utf8');
  } catch (error) {
    throw new CommandError(`cannot read ${src}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, CANNOT_READ);
  }
  try {
    return parseTranscript(text);
  } catch (error) {
    if (error instanceof TranscriptError) throw new CommandError(`${src}: ${error.message}`, CANNOT_READ);
    throw error;
  }
}

function listTopics(transcript: Transcript): string {
  if (transcript.topics.length === 0) return '';
  const idWidth = Math.max(...transcript.topics.map((topic) => topic.id.length));
  return transcript.topics.map((topic) => `${topic.id.padEnd(idWidth)}  ${topic.title}\n`).join('');
}

function cardOptions(values: { href?: string; accent?: string; width?: string }): TopicCardEmailOptions {
  if (values.width !== undefined && !/^\d+$/.test(values.width)) {
    throw new CommandError(`--width must be a whole number of pixels, not "${values.width}".`, USAGE_ERROR);
  }
  return {
    href: values.href,
    accent: values.accent,
    width: values.width === undefined ? undefined : Number(values.width),
  };
}

async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n\n${USAGE}`, USAGE_ERROR);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await write(USAGE);
    return 0;
  }
  if (values.list ? positionals.length > 0 : positionals.length !== 1) throw new CommandError(`expected one topic id or --list.\n\n${USAGE}`, USAGE_ERROR);
  if (values.document && values.text) throw new CommandError('--document and --text cannot be combined.', USAGE_ERROR);

  const transcript = await loadTranscript(values.src);
  if (values.list) {
    if (transcript.topics.length === 0) stderr.write('verbatim email-card: this transcript has no topics.\n');
    await write(listTopics(transcript));
    return 0;
  }
  const topicId = positionals[0]!;
  if (!lookup(transcript).topic(topicId)) {
    const ids = transcript.topics.map((topic) => topic.id);
    const valid = ids.length > 0 ? `\nValid topic ids: ${ids.join(', ')}.` : '';
    throw new CommandError(`${unknownIdMessage('topic', topicId, ids)}${valid}`, USAGE_ERROR);
  }
  const options = cardOptions(values);
  let output: string;
  try {
    if (values.text) output = renderTopicCardText(transcript, topicId, options);
    else output = (values.document ? renderTopicCardEmailDocument : renderTopicCardEmail)(transcript, topicId, options);
  } catch (error) {
    // The renderers throw a RangeError for an option they cannot use (href, accent, width).
    if (error instanceof RangeError) throw new CommandError(error.message, USAGE_ERROR);
    throw error;
  }
  await write(output);
  return 0;
}

export const emailCard = {
  summary: 'a topic card as email-safe HTML for newsletters (--list: the topics)',
  async run(args: string[]): Promise<number> {
    try {
      return await run(args);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      stderr.write(`verbatim email-card: ${error.message.trimEnd()}\n`);
      return error.status;
    }
  },
};
