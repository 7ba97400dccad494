import Fuse from 'fuse.js/basic';
import { forEachWord, rememberingFold } from './normalize.js';
import type { Segment } from './types.js';

/** The words of one segment, as parallel arrays (compact even for a 3-hour transcript). */
interface SegmentTokens {
  /** Term id of each word, in order. */
  terms: Uint32Array;
  /** Offset of each word in the segment's original text. */
  starts: Uint32Array;
  /** Offset after each word in the segment's original text. */
  ends: Uint32Array;
}

/**
 * An inverted index over a transcript's words. Search cost then depends on the vocabulary
 * (which grows slowly with length) and on the number of occurrences read, never on the length
 * of the text: Fuse.js matches query words against the vocabulary, postings give positions.
 */
export interface SearchIndex {
  /** Term id → folded term. */
  readonly terms: readonly string[];
  /** Folded term → term id. */
  readonly termIds: ReadonlyMap<string, number>;
  /** Term ids in the alphabetical order of their terms, for prefix lookups. */
  readonly sortedTermIds: Uint32Array;
  /** Per segment index, its words. */
  readonly tokens: readonly SegmentTokens[];
  /** Per term id, its occurrences as pairs (segment index, word index). */
  readonly postings: readonly Uint32Array[];
  /** Fuse.js over the terms with a given first letter, with their ids. */
  vocabularyFrom(initial: string): { fuse: Fuse<string>; termIds: number[] } | undefined;
}

/*
 * Options for matching one query word against the vocabulary. The match is anchored at the
 * start of a term (location 0, and a tiny distance makes any later start cost ≥ 0.5), so
 * "rain" does not find "train"; the caller then accepts a score by the length of the word.
 */
export const VOCABULARY_OPTIONS = {
  includeScore: true,
  isCaseSensitive: true, // terms and query words are folded already
  ignoreFieldNorm: true, // terms are single words
  shouldSort: false,
  location: 0,
  distance: 2,
  /** The loosest score accepted for any word length (1 edit in 5 letters). */
  threshold: 0.21,
};

/** Segments tokenized, or whose words are filed in the postings, between two looks at the clock while building in slices. */
const SEGMENTS_PER_CLOCK_CHECK = 32;

/**
 * Builds the index of `segments` a slice at a time: each `step(milliseconds)` works for about
 * that long (tokenizing segments, then filing their words in the postings, then the
 * vocabularies by first letter) and returns the index once it is complete, so that a long
 * transcript's index can be built between the page's other tasks.
 *
 * The postings of every term share one buffer: the words of each term are counted while
 * tokenizing, each term's place in the buffer follows from the counts, and a second pass over
 * the segments files every word in its term's place, in text order. Far less work and garbage
 * than a growing list per term.
 */
export function searchIndexBuilder(segments: readonly Segment[]): {
  step(milliseconds: number): SearchIndex | undefined;
  /** The index once complete. */
  readonly index: SearchIndex | undefined;
} {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  /** Per term id, how many times it occurs (emptied once each term has its place in `filed`). */
  let counts: number[] = [];
  let words = 0;
  /** Every term's postings, one after the other; `postings` holds a view of each term's part. */
  let filed: Uint32Array | undefined;
  /** Per term id, where its next occurrence goes in `filed` while the segments are filed. */
  let next: Uint32Array | undefined;
  let segmentsFiled = 0;
  const postings: Uint32Array[] = [];
  const tokens: SegmentTokens[] = [];
  const fold = rememberingFold();
  let vocabularies: Vocabularies | undefined;
  let index: SearchIndex | undefined;
  // One segment's words, reused from segment to segment.
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const addWord = (term: string, start: number, end: number) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.push(term) - 1;
      termIds.set(term, id);
      counts.push(0);
    }
    counts[id]! += 1;
    ids.push(id);
    starts.push(start);
    ends.push(end);
  };
  const addSegment = (segment: Segment) => {
    ids.length = starts.length = ends.length = 0;
    forEachWord(segment.text, addWord, fold);
    words += ids.length;
    tokens.push({ terms: Uint32Array.from(ids), starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) });
  };
  /** Each term's slice of the shared buffer, from the counts. */
  const placeTerms = (): void => {
    filed = new Uint32Array(words * 2);
    next = new Uint32Array(terms.length);
    let offset = 0;
    counts.forEach((count, id) => {
      next![id] = offset;
      postings.push(filed!.subarray(offset, offset + count * 2));
      offset += count * 2;
    });
    counts = [];
  };
  const fileSegment = (segmentIndex: number): void => {
    const segmentTerms = tokens[segmentIndex]!.terms;
    for (let position = 0; position < segmentTerms.length; position++) {
      const term = segmentTerms[position]!;
      const at = next![term]!;
      filed![at] = segmentIndex;
      filed![at + 1] = position;
      next![term] = at + 2;
    }
  };

  return {
    step(milliseconds) {
      const until = performance.now() + milliseconds;
      while (!index) {
        if (tokens.length < segments.length) {
          const sliceEnd = Math.min(segments.length, tokens.length + SEGMENTS_PER_CLOCK_CHECK);
          while (tokens.length < sliceEnd) addSegment(segments[tokens.length]!);
        } else if (segmentsFiled < segments.length) {
          if (!filed) placeTerms();
          const sliceEnd = Math.min(segments.length, segmentsFiled + SEGMENTS_PER_CLOCK_CHECK);
          while (segmentsFiled < sliceEnd) fileSegment(segmentsFiled++);
        } else {
          vocabularies ??= new Vocabularies(terms);
          if (vocabularies.step()) {
            index = finish(terms, termIds, tokens, postings, vocabularies);
            next = undefined;
          }
        }
        if (!index && performance.now() >= until) return undefined;
      }
      return index;
    },
    get index() {
      return index;
    },
  };
}

/** One small Fuse.js per first letter: a typo is looked up among the terms sharing the word's first letter. Built a letter per step. */
class Vocabularies {
  readonly byInitial = new Map<string, { fuse: Fuse<string>; termIds: number[] }>();
  private readonly pending: [string, number[]][];

  constructor(private readonly terms: readonly string[]) {
    const initials = new Map<string, number[]>();
    terms.forEach((term, id) => {
      const group = initials.get(term.charAt(0));
      if (group) group.push(id);
      else initials.set(term.charAt(0), [id]);
    });
    this.pending = [...initials];
  }

  /** Builds one letter's vocabulary; true once every letter's is built. */
  step(): boolean {
    const next = this.pending.pop();
    if (next) {
      const [initial, ids] = next;
      this.byInitial.set(initial, { fuse: new Fuse(ids.map((id) => this.terms[id]!), VOCABULARY_OPTIONS), termIds: ids });
    }
    return this.pending.length === 0;
  }
}

/** The index over every segment's words: sorted terms, postings and the per-letter Fuse.js vocabularies. */
function finish(terms: string[], termIds: Map<string, number>, tokens: SegmentTokens[], postings: Uint32Array[], vocabularies: Vocabularies): SearchIndex {
  const sortedTermIds = Uint32Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
  return {
    terms,
    termIds,
    sortedTermIds,
    tokens,
    postings,
    vocabularyFrom: (initial) => vocabularies.byInitial.get(initial),
  };
}
