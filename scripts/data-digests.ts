/**
 * Smaller, still valid, copies of the bundled interview for the one-element entries, so that
 * a page with one quote does not download the whole conversation:
 *
 * - quotes digest (for <verbatim-quote>): the speakers, the quotes, and only the quoted
 *   segments, whose text is cut down to their quotes joined by " … ". No topics.
 * - one file per quote (for <verbatim-quote> in the one-element entries): the quote, its
 *   speaker and its segment cut down to the quote, in quotes/<id>.json, with quotes/index.ts
 *   mapping each id to a loader, so that a page downloads only the quote it shows and still
 *   knows every id (an unknown id falls back to the quotes digest, for its "closest ids").
 * - transcript digest (for <verbatim-transcript>): every segment, the topics without their
 *   summaries, which it does not show; in the compact form, like the whole interview.
 * - highlights digest (for <verbatim-topic-card> and <verbatim-quote-carousel>): the same, plus
 *   the topics and every segment (unquoted ones with empty text), so that topic ranges and
 *   "who speaks in this part" still resolve.
 * - one file per topic (for a card or a carousel of one topic in the one-element entries): the
 *   highlights cut down to that topic, its segments and its quotes, in topics/<id>.json, with
 *   topics/index.ts mapping each id to a loader (an unknown id falls back to the highlights).
 */
import type { Quote, Segment, Transcript } from '../src/core/types.js';
import { compactTranscript } from '../src/data/compact.js';

const quotedText = (segment: Segment, quotes: readonly Quote[]): string =>
  quotes.filter((quote) => quote.segment === segment.id).map((quote) => quote.text).join(' … ');

function cutSegments(transcript: Transcript, keepUnquoted: boolean): Segment[] {
  const quoted = new Set(transcript.quotes.map((quote) => quote.segment));
  return transcript.segments
    .filter((segment) => keepUnquoted || quoted.has(segment.id))
    .map((segment) => ({ ...segment, text: quotedText(segment, transcript.quotes) }));
}

export function quotesDigest(transcript: Transcript): Transcript {
  return {
    ...transcript,
    segments: cutSegments(transcript, false),
    topics: [],
    quotes: transcript.quotes.map(({ topic: _topic, ...quote }) => quote),
  };
}

export function highlightsDigest(transcript: Transcript): Transcript {
  return { ...transcript, segments: cutSegments(transcript, true) };
}

/** The digest files beside interview.json, by name. */
export const DIGESTS = {
  'interview-quotes.json': quotesDigest,
  'interview-highlights.json': highlightsDigest,
} as const;

/** The one-quote transcript for `quoteId`: its speaker, its segment cut down to it, the quote. */
export function quoteDigest(transcript: Transcript, quoteId: string): Transcript {
  const quote = quotesDigest(transcript).quotes.find((candidate) => candidate.id === quoteId)!;
  const segment = transcript.segments.find((candidate) => candidate.id === quote.segment)!;
  return {
    ...transcript,
    speakers: transcript.speakers.filter((speaker) => speaker.id === segment.speaker),
    segments: [{ ...segment, text: quote.text }],
    topics: [],
    quotes: [quote],
  };
}

/**
 * The one-topic transcript for `topicId`: the highlights with only that topic, the segments of
 * its range (for "who speaks in this part") and its quotes.
 */
export function topicDigest(transcript: Transcript, topicId: string): Transcript {
  const highlights = highlightsDigest(transcript);
  const topic = highlights.topics.find((candidate) => candidate.id === topicId)!;
  const first = highlights.segments.findIndex((segment) => segment.id === topic.segments[0]);
  const last = highlights.segments.findIndex((segment) => segment.id === topic.segments[1]);
  const inTopic = (quote: Quote) => quote.topic === topicId || topic.quotes.includes(quote.id);
  return {
    ...highlights,
    segments: highlights.segments.slice(first, last + 1),
    topics: [topic],
    quotes: highlights.quotes.filter(inTopic),
  };
}

/** The folder under src/data/ of the one-quote files and their loaders. */
export const QUOTES_DIR = 'quotes';
/** The folder under src/data/ of the one-topic files and their loaders. */
export const TOPICS_DIR = 'topics';

/** The source of <folder>/index.ts: every id, each with a loader for its file. */
export function loadersModule(ids: readonly string[], what: 'quote' | 'topic'): string {
  const loaders = ids.map((id) => `  '${id}': () => import('./${id}.json'),\n`).join('');
  return `// Made by \`npm run data\` (scripts/data-digests.ts) from interview.json: do not edit.
// One loader per bundled ${what}, so that a page with one ${what} downloads only that ${what}.
export const ${what}Loaders: Record<string, () => Promise<{ default: unknown }>> = {
${loaders}};
`;
}

/** The file interview.ts ships: interview.json in the compact form of src/data/compact.ts. */
export const COMPACT_FILE = 'interview.compact.json';
/** The file interview-transcript.ts ships, in the same form: what <verbatim-transcript> shows. */
export const TRANSCRIPT_COMPACT_FILE = 'interview-transcript.compact.json';

/** The interview as <verbatim-transcript> shows it: every word, the topics without their summaries (which it does not show). */
export function transcriptDigest(transcript: Transcript): Transcript {
  return { ...transcript, topics: transcript.topics.map((topic) => ({ ...topic, summary: '' })) };
}

/** Every file made from interview.json, by path under src/data/, with its exact text. */
export function digestFiles(transcript: Transcript): Map<string, string> {
  const files = new Map<string, string>([
    [COMPACT_FILE, `${JSON.stringify(compactTranscript(transcript))}\n`],
    [TRANSCRIPT_COMPACT_FILE, `${JSON.stringify(compactTranscript(transcriptDigest(transcript)))}\n`],
  ]);
  for (const [name, digest] of Object.entries(DIGESTS)) files.set(name, `${JSON.stringify(digest(transcript))}\n`);
  for (const { id } of transcript.quotes) {
    files.set(`${QUOTES_DIR}/${id}.json`, `${JSON.stringify(quoteDigest(transcript, id))}\n`);
  }
  files.set(`${QUOTES_DIR}/index.ts`, loadersModule(transcript.quotes.map((quote) => quote.id), 'quote'));
  for (const { id } of transcript.topics) {
    files.set(`${TOPICS_DIR}/${id}.json`, `${JSON.stringify(topicDigest(transcript, id))}\n`);
  }
  files.set(`${TOPICS_DIR}/index.ts`, loadersModule(transcript.topics.map((topic) => topic.id), 'topic'));
  return files;
}
