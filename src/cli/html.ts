// `verbatim html transcript|card|carousel`: an element with its content as plain HTML inside,
// readable before and without JavaScript; the element upgrades it in place.
import { writeFile } from 'node:fs/promises';
import { escapeHtml } from '../core/html.js';
import { renderCarouselHtml, renderTopicCardHtml, renderTranscriptHtml } from '../core/static-html.js';
import type { Transcript } from '../core/types.js';
import { safeUrl } from '../core/url.js';
import { interview } from '../data/interview.js';
import { CANNOT_READ, CommandError, USAGE_ERROR, command, commandLine, readTranscriptFile, write } from './command.js';

const USAGE = `Usage: verbatim html transcript [options]
       verbatim html card <topic-id> [options]
       verbatim html carousel [--topic ID] [--speaker ID] [options]

Writes an element with its content inside as plain HTML: the whole transcript (topics as
headings, each speaker's name over their paragraphs, each paragraph with the id that links to
it, e.g. id="verbatim-s012"), a topic card, or a carousel's quotes as a list. Put it in your
page: readers, find-in-page, search engines and text fragments see the text before and without
JavaScript, and the element upgrades it in place when its script runs.

Options:
  --src FILE           a transcript in any supported format (default: the bundled interview)
  --data-url URL       where the page loads that transcript from (the element's src);
                       needed with --src, since the element cannot read your FILE
  --href URL           the page with the full transcript: links to a part point there
                       (a transcript's own links are fragments of its page without it)
  --topic ID           carousel: only the quotes of this topic
  --speaker ID         carousel: only the quotes of this speaker
  --heading-level N    level of the headings: a transcript's topics (default 2), a card's
                       title (default 3)
  --fallback-only      only the plain HTML, without the element around it
  --out FILE           write to FILE instead of standard output
  -h, --help           show this help
`;

const OPTIONS = {
  src: { type: 'string' },
  'data-url': { type: 'string' },
  href: { type: 'string' },
  topic: { type: 'string' },
  speaker: { type: 'string' },
  'heading-level': { type: 'string' },
  'fallback-only': { type: 'boolean' },
  out: { type: 'string' },
} as const;

type Kind = 'transcript' | 'card' | 'carousel';
const TAGS: Record<Kind, string> = { transcript: 'verbatim-transcript', card: 'verbatim-topic-card', carousel: 'verbatim-quote-carousel' };

/** ` name="value"` for each attribute with a value, escaped. */
const attributes = (entries: Record<string, string | undefined>): string =>
  Object.entries(entries).map(([name, value]) => (value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`)).join('');

function headingLevelOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-6]$/.test(value)) throw new CommandError(`--heading-level must be a whole number from 1 to 6, not "${value}".`, USAGE_ERROR);
  return Number(value);
}

function urlOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined || safeUrl(value) !== undefined) return value;
  throw new CommandError(`--${name} "${value}" cannot be used: only http(s) and relative URLs are allowed.`, USAGE_ERROR);
}

interface Request {
  kind: Kind;
  topicId?: string;
  values: { 'data-url'?: string; href?: string; topic?: string; speaker?: string; 'heading-level'?: string };
}

/** The plain HTML and the element's attributes for a request. */
function render(transcript: Transcript, { kind, topicId, values }: Request): { inner: string; element: Record<string, string | undefined> } {
  const href = urlOption('href', values.href);
  const src = urlOption('data-url', values['data-url']);
  const headingLevel = headingLevelOption(values['heading-level']);
  if (kind === 'transcript') return { inner: renderTranscriptHtml(transcript, { href, headingLevel }), element: { src } };
  if (kind === 'card') {
    return {
      inner: renderTopicCardHtml(transcript, topicId!, { href, headingLevel }),
      element: { topic: topicId, src, href, 'heading-level': values['heading-level'] },
    };
  }
  const filter = { topic: values.topic, speaker: values.speaker };
  return { inner: renderCarouselHtml(transcript, filter, { href }), element: { ...filter, src, href } };
}

/** What the command writes for `args`: the element with its plain HTML inside (or only that). */
export async function staticHtml(args: string[]): Promise<string> {
  const { values, positionals } = commandLine(args, OPTIONS, USAGE);
  const [kind, topicId, ...extra] = positionals;
  if (kind !== 'transcript' && kind !== 'card' && kind !== 'carousel') {
    throw new CommandError(`expected "transcript", "card <topic-id>" or "carousel".\n\n${USAGE}`, USAGE_ERROR);
  }
  if (extra.length > 0 || (kind === 'card') !== (topicId !== undefined)) {
    throw new CommandError(kind === 'card' ? `expected one topic id after "card".\n\n${USAGE}` : `"${kind}" takes no ${topicId}.\n\n${USAGE}`, USAGE_ERROR);
  }
  if (kind !== 'carousel' && (values.topic !== undefined || values.speaker !== undefined)) {
    throw new CommandError(`--topic and --speaker go with "carousel".\n\n${USAGE}`, USAGE_ERROR);
  }
  const transcript = values.src === undefined ? interview : await readTranscriptFile(values.src, 'html');
  let rendered;
  try {
    rendered = render(transcript, { kind, topicId, values });
  } catch (error) {
    // An unknown topic or speaker (the message names the closest ids), an href or heading level that cannot be used.
    if (error instanceof RangeError) throw new CommandError(error.message, USAGE_ERROR);
    throw error;
  }
  if (values['fallback-only']) return rendered.inner;
  const tag = TAGS[kind];
  return `<${tag}${attributes(rendered.element)}>\n${rendered.inner}</${tag}>\n`;
}

export const html = command('html', 'an element with its content as plain HTML, readable without JavaScript (transcript | card | carousel)', async (args) => {
  const { values, help } = commandLine(args, OPTIONS, USAGE);
  if (help) {
    await write(USAGE);
    return 0;
  }
  const output = await staticHtml(args);
  if (values.out === undefined) await write(output);
  else {
    try {
      await writeFile(values.out, output);
    } catch (error) {
      throw new CommandError(`cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, CANNOT_READ);
    }
  }
  return 0;
});
