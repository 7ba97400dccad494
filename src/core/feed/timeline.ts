// Where segments and their words lie in time, and the bookkeeping shared by chapters and soundbites.
import type { Quote, Transcript } from '../types.js';
import type { TimedPiece } from './cues.js';

export interface SegmentTime {
  start: number;
  end: number;
  middle: number;
}

/** Seconds a word takes when a segment gives no end time (about 150 words a minute). */
const SECONDS_PER_WORD = 0.4;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * The time span of every segment, or undefined for a transcript without times. A segment
 * without a start takes the previous one's end; without an end, the next one's start (or an
 * estimate from its length).
 */
export function segmentTimes({ segments }: Transcript): SegmentTime[] | undefined {
  if (!segments.some((segment) => segment.start !== undefined)) return undefined;
  const starts: number[] = [];
  let previousEnd = 0;
  for (const segment of segments) {
    const start = segment.start ?? previousEnd;
    starts.push(start);
    previousEnd = segment.end ?? start + wordCount(segment.text) * SECONDS_PER_WORD;
  }
  // The next given start after each segment, found from the end.
  const nextStarts: (number | undefined)[] = [];
  for (let index = segments.length - 1, next: number | undefined; index >= 0; index--) {
    nextStarts[index] = next;
    next = segments[index]!.start ?? next;
  }
  return segments.map((segment, index) => {
    const start = starts[index]!;
    const end = Math.max(start, segment.end ?? nextStarts[index] ?? start + wordCount(segment.text) * SECONDS_PER_WORD);
    return { start, end, middle: (start + end) / 2 };
  });
}

export interface TimedWord {
  /** [start, end) offsets into the segment's text. */
  from: number;
  to: number;
  /** Seconds, exact or estimated. */
  start: number;
  end: number;
}

/** A point of a segment's text whose time is known: `offset` characters in, at `time` seconds. */
export interface Anchor {
  offset: number;
  time: number;
}

/** The time at `offset`, on the straight line between the anchors around it (sorted by offset). */
function timeAt(offset: number, anchors: readonly Anchor[]): number {
  const after = anchors.findIndex((anchor) => anchor.offset >= offset);
  if (after <= 0) return anchors[Math.max(after, 0)]!.time;
  const [a, b] = [anchors[after - 1]!, anchors[after]!];
  return b.offset === a.offset ? a.time : a.time + ((offset - a.offset) / (b.offset - a.offset)) * (b.time - a.time);
}

/**
 * The words of a segment's text with times: exact where `anchors` (from the file's cues or
 * timed words) mark them, shared out by characters between them, and between the segment's own
 * start and end where there are none.
 */
export function timedWords(text: string, time: SegmentTime, anchors: readonly Anchor[] = []): TimedWord[] {
  const points = [{ offset: 0, time: time.start }, ...anchors, { offset: text.length, time: time.end }]
    .sort((a, b) => a.offset - b.offset);
  return [...text.matchAll(/\S+/g)].map((word) => {
    const from = word.index;
    const to = from + word[0].length;
    return { from, to, start: timeAt(from, points), end: timeAt(to, points) };
  });
}

/**
 * Anchors for each segment (by index) from the file's timed pieces, found in order in the
 * segments' text. A piece whose text the transcript changed (a speaker label taken off, markup)
 * is looked for without a leading "Name:"; one not found gives no anchor.
 */
export function pieceAnchors(transcript: Transcript, pieces: readonly TimedPiece[]): Map<number, Anchor[]> {
  const anchors = new Map<number, Anchor[]>();
  let segment = 0;
  let cursor = 0;
  for (const piece of pieces) {
    const needles = [piece.text, piece.text.replace(/^[^:]{1,40}:\s+/, '')].filter((needle) => needle !== '');
    for (let ahead = segment; ahead <= segment + 1 && ahead < transcript.segments.length; ahead++) {
      const text = transcript.segments[ahead]!.text;
      const from = ahead === segment ? cursor : 0;
      const found = needles.map((needle) => ({ needle, at: text.indexOf(needle, from) })).find(({ at }) => at !== -1);
      if (!found) continue;
      const list = anchors.get(ahead) ?? [];
      list.push({ offset: found.at, time: piece.start }, { offset: found.at + found.needle.length, time: piece.end });
      anchors.set(ahead, list);
      segment = ahead;
      cursor = found.at + found.needle.length;
      break;
    }
  }
  return anchors;
}

/** `base`, or `base-2`, `base-3`, … : the first not in `used`, which it joins. */
export function uniqueId(base: string, used: Set<string>): string {
  const short = base.length > 64 ? base.slice(0, 64).replace(/-[^-]*$/, '') : base;
  let id = short;
  for (let n = 2; used.has(id); n++) id = `${short}-${n}`;
  used.add(id);
  return id;
}

/** The transcript with each quote tied to the topic whose segment range holds it, and each topic listing its quotes. */
export function linkQuotesToTopics(transcript: Transcript): Transcript {
  const position = new Map(transcript.segments.map((segment, index) => [segment.id, index]));
  const ranges = transcript.topics.map((topic) => [position.get(topic.segments[0])!, position.get(topic.segments[1])!] as const);
  const topicOf = (segment: string) => {
    const at = position.get(segment)!;
    const index = ranges.findIndex(([first, last]) => first <= at && at <= last);
    return index === -1 ? undefined : transcript.topics[index]!.id;
  };
  const quotes = transcript.quotes.map(({ topic: _previous, ...quote }) => {
    const topic = topicOf(quote.segment);
    return topic === undefined ? quote : { ...quote, topic };
  }) as Quote[];
  const topics = transcript.topics.map((topic) => ({ ...topic, quotes: quotes.filter((quote) => quote.topic === topic.id).map((quote) => quote.id) }));
  return { ...transcript, topics, quotes };
}
