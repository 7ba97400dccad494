import Fuse from 'fuse.js/basic';
import { foldTerm, forEachWordSpan } from './normalize.js';
import type { Segment } from './types.js';
import { WordIds } from './word-ids.js';

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
  /** The term id of every word of the transcript, segment after segment (16 bits each while the terms are fewer than 65,536). */
  readonly words: Numbers;
  /** The offset of every word in its segment's text (where it ends: `wordEnd`); 16 bits each when every text is shorter than 65,536. */
  readonly starts: Numbers;
  /** Per segment index, where its words begin in `words`; then, once more, the number of words. */
  readonly firstWords: Uint32Array;
  /** Per term id, where it occurs: indexes in `words`, in text order (`segmentOfWord` tells the segment). */
  readonly postings: readonly Uint32Array[];
  /** Fuse.js over the terms with a given first letter, with their ids. */
  vocabularyFrom(initial: string): { fuse: Fuse<string>; termIds: number[] } | undefined;
}

/** A list of small whole numbers, in 16 bits each where they fit: half the memory of a long transcript's index. */
export type Numbers = Uint16Array | Uint32Array;

const UINT16_LIMIT = 0x10000;

/**
 * The segment that holds word `word` (an index in `words`), searching from segment `from` on: the
 * last segment whose first word is at or before it (an empty segment's next one starts at the same place).
 */
export function segmentOfWord(firstWords: Uint32Array, word: number, from: number): number {
  let low = from;
  let high = firstWords.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (firstWords[middle]! <= word) low = middle;
    else high = middle;
  }
  return low;
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

/** English averages a little over five characters a word, spaces included: room for the words of that much text. */
const CHARACTERS_PER_WORD = 5;

/** A copy of `array` with room for `size` numbers, each of `Type`. */
function resized(array: Numbers, size: number, Type: typeof Uint16Array | typeof Uint32Array): Numbers {
  const copy = new Type(size);
  copy.set(array.subarray(0, Math.min(size, array.length)));
  return copy;
}

/**
 * The transcript's words as they are read (term ids and offsets), in two buffers that grow as
 * needed, 16 bits a number where that is enough: term ids until the 65,536th term, offsets when
 * no text is longer.
 */
class WordList {
  terms: Numbers;
  starts: Numbers;
  length = 0;

  constructor(expected: number, longestText: number) {
    this.terms = new Uint16Array(expected);
    this.starts = longestText < UINT16_LIMIT ? new Uint16Array(expected) : new Uint32Array(expected);
  }

  push(term: number, start: number): void {
    if (this.length === this.terms.length) this.grow();
    if (term >= UINT16_LIMIT && this.terms instanceof Uint16Array) this.terms = resized(this.terms, this.terms.length, Uint32Array);
    this.terms[this.length] = term;
    this.starts[this.length++] = start;
  }

  private grow(): void {
    const size = Math.ceil(this.terms.length * 1.25) + 64;
    this.terms = resized(this.terms, size, this.terms.constructor as typeof Uint32Array);
    this.starts = resized(this.starts, size, this.starts.constructor as typeof Uint32Array);
  }
}

/**
 * Builds the index of `segments` a slice at a time: each `step(milliseconds)` works for about
 * that long (reading segments' words, then filing them in the postings, then the vocabularies
 * by first letter) and returns the index once it is complete, so that a long transcript's index
 * can be built between the page's other tasks.
 *
 * The words of every segment share two buffers, and the postings of every term share one: the
 * words of each term are counted while reading, each term's place in the buffer follows from the
 * counts, and a second pass files every word in its term's place, in text order. Far less work
 * and garbage than arrays per segment and a growing list per term.
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
  let characters = 0;
  let longestText = 0;
  for (const { text } of segments) {
    characters += text.length;
    longestText = Math.max(longestText, text.length);
  }
  const words = new WordList(Math.ceil(characters / CHARACTERS_PER_WORD), longestText);
  const firstWords = new Uint32Array(segments.length + 1);
  let segmentsRead = 0;
  /** Every term's postings, one after the other; `postings` holds a view of each term's part. */
  let filed: Uint32Array | undefined;
  /** Per term id, where its next occurrence goes in `filed` while the segments are filed. */
  let next: Uint32Array | undefined;
  let segmentsFiled = 0;
  const postings: Uint32Array[] = [];
  let vocabularies: Vocabularies | undefined;
  let index: SearchIndex | undefined;
  /** Each word as written → its term's id: folding (Unicode normalisation) is the costly part, once per distinct word. */
  const wordIds = new WordIds((word) => {
    const term = foldTerm(word);
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.push(term) - 1;
      termIds.set(term, id);
      counts.push(0);
    }
    return id;
  });
  let text = ''; // the text of the segment being read
  const addWord = (start: number, end: number) => {
    const id = wordIds.get(text, start, end);
    counts[id]! += 1;
    words.push(id, start);
  };
  const readSegment = (segment: Segment) => {
    text = segment.text;
    forEachWordSpan(text, addWord);
    firstWords[++segmentsRead] = words.length;
  };
  /** Each term's slice of the shared buffer, from the counts. */
  const placeTerms = (): void => {
    filed = new Uint32Array(words.length);
    next = new Uint32Array(terms.length);
    let offset = 0;
    counts.forEach((count, id) => {
      next![id] = offset;
      postings.push(filed!.subarray(offset, offset + count));
      offset += count;
    });
    counts = [];
  };
  const fileSegment = (segmentIndex: number): void => {
    const first = firstWords[segmentIndex]!;
    const end = firstWords[segmentIndex + 1]!;
    for (let word = first; word < end; word++) filed![next![words.terms[word]!]!++] = word;
  };

  return {
    step(milliseconds) {
      const start = performance.now();
      const until = start + milliseconds;
      /*
       * Allocating the postings' buffer and sorting the terms cannot be cut: they start in the
       * first half of a slice, or wait for the next, so that they end near the slice's end
       * rather than far past it. Each slice does some work, whatever its length.
       */
      let worked = false;
      const roomForWhole = () => !worked || performance.now() - start < milliseconds / 2;
      for (; !index; worked = true) {
        if (segmentsRead < segments.length) {
          const sliceEnd = Math.min(segments.length, segmentsRead + SEGMENTS_PER_CLOCK_CHECK);
          while (segmentsRead < sliceEnd) readSegment(segments[segmentsRead]!);
        } else if (segmentsFiled < segments.length) {
          if (!filed) {
            if (!roomForWhole()) return undefined;
            placeTerms();
          }
          const sliceEnd = Math.min(segments.length, segmentsFiled + SEGMENTS_PER_CLOCK_CHECK);
          while (segmentsFiled < sliceEnd) fileSegment(segmentsFiled++);
        } else if (!vocabularies?.done) {
          vocabularies ??= new Vocabularies(terms);
          vocabularies.step();
        } else {
          if (!roomForWhole()) return undefined;
          const read = { words: words.terms.subarray(0, words.length), starts: words.starts.subarray(0, words.length), firstWords };
          index = finish(terms, termIds, read, postings, vocabularies);
          next = undefined;
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

  get done(): boolean {
    return this.pending.length === 0;
  }

  /** Builds one letter's vocabulary. */
  step(): void {
    const next = this.pending.pop();
    if (next) {
      const [initial, ids] = next;
      this.byInitial.set(initial, { fuse: new Fuse(ids.map((id) => this.terms[id]!), VOCABULARY_OPTIONS), termIds: ids });
    }
  }
}

/** The index over every segment's words: sorted terms, postings and the per-letter Fuse.js vocabularies. */
function finish(
  terms: string[],
  termIds: Map<string, number>,
  read: Pick<SearchIndex, 'words' | 'starts' | 'firstWords'>,
  postings: Uint32Array[],
  vocabularies: Vocabularies,
): SearchIndex {
  const sortedTermIds = Uint32Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
  return {
    terms,
    termIds,
    sortedTermIds,
    ...read,
    postings,
    vocabularyFrom: (initial) => vocabularies.byInitial.get(initial),
  };
}
