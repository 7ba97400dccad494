import { parseQuery } from '../../core/search-query.js';
import type { SearchHit } from '../../core/search.js';
import { lookup } from '../../core/lookup.js';
import type { Transcript } from '../../core/types.js';

/** One occurrence of the query a reader steps to: marks `first` to `last` of one segment. */
export interface Occurrence {
  segmentId: string;
  first: number;
  last: number;
}

/** What is painted and what is counted: each segment's marks, and the occurrences in transcript order. */
export interface Occurrences {
  ranges: Map<string, [number, number][]>;
  occurrences: Occurrence[];
}

/** Between two matched words of one passage: nothing but spaces, punctuation or symbols ("open-source", "open, source"). */
const JOINER = /^[\s\p{P}\p{S}]{0,3}$/u;
/** The longest gap JOINER can match, in UTF-16 units (3 characters, each one or two units). */
const JOINER_UNITS = 6;

/** The ranges of `text` with every run of adjacent ones merged into one mark, with how many words each holds. */
function runs(text: string, ranges: readonly [number, number][]): { range: [number, number]; words: number }[] {
  const merged: { range: [number, number]; words: number }[] = [];
  for (const [start, end] of ranges) {
    const previous = merged[merged.length - 1];
    // The gap's length first: a common word's ranges are thousands, most of them far apart.
    if (previous && start >= previous.range[1] && start - previous.range[1] <= JOINER_UNITS && JOINER.test(text.slice(previous.range[1], start))) {
      previous.range = [previous.range[0], end];
      previous.words += 1;
    } else {
      merged.push({ range: [start, end], words: 1 });
    }
  }
  return merged;
}

/**
 * Groups the search core's ranges (one per matched word) into what a reader sees as occurrences
 * of the query. Adjacent matched words are one mark and one occurrence ("open source" is one,
 * whatever the order of the query's words). For a query of several words (or phrases), a
 * segment's words found apart, with no passage of them together, are one occurrence; where the
 * segment has such passages, a stray word is painted but not counted (typing "source open"
 * also paints the "Open" of "OpenAI").
 */
export function groupOccurrences(transcript: Transcript, hits: readonly SearchHit[], query: string): Occurrences {
  const clauses = parseQuery(query).length;
  const { segment, segmentIndex } = lookup(transcript);
  const ranges = new Map<string, [number, number][]>();
  // Hits come best first; their occurrences are counted in transcript order.
  const perSegment: { at: number; occurrences: Occurrence[] }[] = [];
  for (const hit of hits) {
    const merged = runs(segment(hit.segmentId)?.text ?? '', hit.ranges);
    if (merged.length === 0) continue;
    ranges.set(hit.segmentId, merged.map((run) => run.range));
    const at = (index: number): Occurrence => ({ segmentId: hit.segmentId, first: index, last: index });
    const together = merged.flatMap((run, index) => (clauses < 2 || run.words > 1 ? [at(index)] : []));
    perSegment.push({ at: segmentIndex(hit.segmentId), occurrences: together.length ? together : [{ segmentId: hit.segmentId, first: 0, last: merged.length - 1 }] });
  }
  perSegment.sort((a, b) => a.at - b.at);
  return { ranges, occurrences: perSegment.flatMap((entry) => entry.occurrences) };
}
