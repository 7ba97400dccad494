import type { Transcript } from '../src/core/types.js';
import { interview } from '../src/data/interview.js';

/** The bundled interview repeated `copies` times, ids suffixed per copy. */
export function repeated(copies: number): Transcript {
  const range = Array.from({ length: copies }, (_, copy) => copy);
  const suffix = (id: string, copy: number) => (copies === 1 ? id : `${id}-${copy + 1}`);
  return {
    ...interview,
    segments: range.flatMap((copy) => interview.segments.map((segment) => ({ ...segment, id: suffix(segment.id, copy) }))),
    topics: range.flatMap((copy) => interview.topics.map((topic) => ({
      ...topic,
      id: suffix(topic.id, copy),
      segments: [suffix(topic.segments[0], copy), suffix(topic.segments[1], copy)] as [string, string],
      quotes: [],
    }))),
    quotes: [],
  };
}
