// `verbatim email-card`: a topic card as email-safe HTML (or plain text) on stdout.
import { stderr } from 'node:process';
import { renderTopicCardEmail, renderTopicCardEmailDocument } from '../core/email.js';
import type { TopicCardEmailOptions } from '../core/email.js';
import { renderTopicCardText } from '../core/email-text.js';
import { lookup } from '../core/lookup.js';
import { unknownIdMessage } from '../core/suggest.js';
import type { Transcript } from '../core/types.js';
import { interview } from '../data/interview.js';
import { CommandError, USAGE_ERROR, command, commandLine, readTranscriptFile, write } from './command.js';

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
  const { values, positionals, help } = commandLine(args, OPTIONS, USAGE);
  if (help) {
    await write(USAGE);
    return 0;
  }
  if (values.list ? positionals.length > 0 : positionals.length !== 1) throw new CommandError(`expected one topic id or --list.\n\n${USAGE}`, USAGE_ERROR);
  if (values.document && values.text) throw new CommandError('--document and --text cannot be combined.', USAGE_ERROR);

  const transcript = values.src === undefined ? interview : await readTranscriptFile(values.src, 'email-card');
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

export const emailCard = command('email-card', 'a topic card as email-safe HTML for newsletters (--list: the topics)', run);
