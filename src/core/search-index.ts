import Fuse from 'fuse.js/basic';
import { tokenize } from './normalize.js';
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

/** Segments tokenized between two looks at the clock while building in slices. */
const SEGMENTS_PER_CLOCK_CHECK = 64;

/**
 * Builds the index of `segments` a slice at a time: each `step(milliseconds)` tokenizes
 * segments for about that long and returns the index once every segment is in, so that a
 * long transcript's index can be built between the page's other tasks.
 */
export function searchIndexBuilder(segments: readonly Segment[]): {
  step(milliseconds: number): SearchIndex | undefined;
  /** The index once complete. */
  readonly index: SearchIndex | undefined;
} {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  let occurrences: number[][] = [];
  const tokens: SegmentTokens[] = [];
  let index: SearchIndex | undefined;

  const addSegment = (segment: Segment, segmentIndex: number) => {
    const words = tokenize(segment.text);
    const ids = new Uint32Array(words.length);
    const starts = new Uint32Array(words.length);
    const ends = new Uint32Array(words.length);
    words.forEach((word, wordIndex) => {
      let id = termIds.get(word.term);
      if (id === undefined) {
        id = terms.push(word.term) - 1;
        termIds.set(word.term, id);
        occurrences.push([]);
      }
      ids[wordIndex] = id;
      starts[wordIndex] = word.start;
      ends[wordIndex] = word.end;
      occurrences[id]!.push(segmentIndex, wordIndex);
    });
    tokens.push({ terms: ids, starts, ends });
  };

  return {
    step(milliseconds) {
      const until = performance.now() + milliseconds;
      while (!index && tokens.length < segments.length) {
        const sliceEnd = Math.min(segments.length, tokens.length + SEGMENTS_PER_CLOCK_CHECK);
        while (tokens.length < sliceEnd) addSegment(segments[tokens.length]!, tokens.length);
        if (performance.now() >= until) return undefined;
      }
      if (!index) {
        index = finish(terms, termIds, tokens, occurrences);
        occurrences = []; // the index holds them as typed arrays
      }
      return index;
    },
    get index() {
      return index;
    },
  };
}

/** The index over every segment's words: sorted terms, postings and the per-letter Fuse.js vocabularies. */
function finish(terms: string[], termIds: Map<string, number>, tokens: SegmentTokens[], occurrences: number[][]): SearchIndex {
  const sortedTermIds = Uint32Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));

  // One small Fuse.js per first letter: a typo is looked up among the terms sharing the word's first letter.
  const initials = new Map<string, number[]>();
  terms.forEach((term, id) => {
    const group = initials.get(term.charAt(0));
    if (group) group.push(id);
    else initials.set(term.charAt(0), [id]);
  });
  const byInitial = new Map([...initials].map(([initial, ids]) =>
    [initial, { fuse: new Fuse(ids.map((id) => terms[id]!), VOCABULARY_OPTIONS), termIds: ids }]));

  return {
    terms,
    termIds,
    sortedTermIds,
    tokens,
    postings: occurrences.map((list) => Uint32Array.from(list)),
    vocabularyFrom: (initial) => byInitial.get(initial),
  };
}
