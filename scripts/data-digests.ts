/**
 * Smaller, still valid, copies of the bundled interview for the one-element entries, so that
 * a page with one quote does not download the whole conversation (DESIGN.md):
 *
 * - quotes digest (for <verbatim-quote>): the speakers, the quotes, and only the quoted
 *   segments, whose text is cut down to their quotes joined by " … ". No topics.
 * - highlights digest (for <verbatim-topic-card> and <verbatim-quote-carousel>): the same, plus
 *   the topics and every segment (unquoted ones with empty text), so that topic ranges and
 *   "who speaks in this part" still resolve.
 */
import type { Quote, Segment, Transcript } from '../src/core/types.js';

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
