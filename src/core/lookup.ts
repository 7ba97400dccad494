import type { Quote, Segment, Speaker, Topic, Transcript } from './types.js';

/** Fast id lookups and derived facts over one transcript. */
export interface TranscriptLookup {
  readonly transcript: Transcript;
  speaker(id: string): Speaker | undefined;
  segment(id: string): Segment | undefined;
  quote(id: string): Quote | undefined;
  topic(id: string): Topic | undefined;
  /** Index of a segment in transcript order, or -1. */
  segmentIndex(id: string): number;
  /** The segments of a topic's range, in order. */
  segmentsOf(topic: Topic): Segment[];
  /** The speakers heard in a topic, in order of first appearance. */
  speakersOf(topic: Topic): Speaker[];
  /** The topic whose range holds a segment. */
  topicOfSegment(segmentId: string): Topic | undefined;
  /** The speaker of a quote (through its segment). */
  speakerOfQuote(quote: Quote): Speaker | undefined;
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

const cache = new WeakMap<Transcript, TranscriptLookup>();

/** Builds (once per transcript object) the lookups the elements and exports share. */
export function lookup(transcript: Transcript): TranscriptLookup {
  const cached = cache.get(transcript);
  if (cached) return cached;
  const speakers = byId(transcript.speakers);
  const quotes = byId(transcript.quotes);
  const topics = byId(transcript.topics);
  // One map for the segments, by far the longest list: the first thing a long transcript's element builds.
  const positions = new Map<string, number>();
  transcript.segments.forEach((segment, index) => positions.set(segment.id, index));
  const segmentIndex = (id: string) => positions.get(id) ?? -1;
  const segment = (id: string): Segment | undefined => transcript.segments[segmentIndex(id)];
  const segmentsOf = (topic: Topic) => transcript.segments.slice(segmentIndex(topic.segments[0]), segmentIndex(topic.segments[1]) + 1);

  const result: TranscriptLookup = {
    transcript,
    speaker: (id) => speakers.get(id),
    segment,
    quote: (id) => quotes.get(id),
    topic: (id) => topics.get(id),
    segmentIndex,
    segmentsOf,
    speakersOf: (topic) => {
      const ids = [...new Set(segmentsOf(topic).map((segment) => segment.speaker))];
      return ids.map((id) => speakers.get(id)).filter((speaker): speaker is Speaker => speaker !== undefined);
    },
    topicOfSegment: (segmentId) => {
      const index = segmentIndex(segmentId);
      return transcript.topics.find((topic) => segmentIndex(topic.segments[0]) <= index && index <= segmentIndex(topic.segments[1]));
    },
    speakerOfQuote: (quote) => speakers.get(segment(quote.segment)?.speaker ?? ''),
  };
  cache.set(transcript, result);
  return result;
}
