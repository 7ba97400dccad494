import { lookup } from './lookup.js';
import { wordEnd } from './normalize.js';
import { searchIndexBuilder, segmentOfWord } from './search-index.js';
import type { SearchIndex } from './search-index.js';
import { parseQuery } from './search-query.js';
import type { Clause } from './search-query.js';
import type { Transcript } from './types.js';

/** A segment that matches a query. */
export interface SearchHit {
  segmentId: string;
  /** 0 (every word found as typed) to 1 (the loosest accepted match). */
  score: number;
  /** `[start, end)` offsets into the segment's text of every occurrence of every query word, in order. */
  ranges: [number, number][];
}

export interface SearchOptions {
  /** Only segments spoken by this speaker id. */
  speaker?: string;
  /** Only segments in this topic id's range. */
  topic?: string;
  /** At most this many hits (the best ones). */
  limit?: number;
}

export interface TranscriptSearch {
  /**
   * Segments containing every word of `query` (in any order, each allowing typos), or its
   * quoted phrases exactly; best first. Case and diacritics are ignored.
   */
  search(query: string, options?: SearchOptions): SearchHit[];
  /**
   * Builds the index now rather than on the first search (e.g. when a search box gets focus);
   * given `milliseconds`, builds about that much of it, so that a long transcript's index can
   * be built between the page's other tasks. True once the index is complete.
   */
  prepare(milliseconds?: number): boolean;
  /** Whether the index is complete: a search then costs only its query. */
  readonly ready: boolean;
}

/** A vocabulary term that stands for a query word, with how loosely it matches (0 = exact). */
interface TermMatch {
  termId: number;
  score: number;
}

/**
 * Where one clause occurs: per segment index, its best score there and its spans, each a
 * number `firstWord * SPAN + wordCount - 1` so that a plain numeric sort puts them in text order.
 */
type Occurrences = Map<number, { score: number; spans: number[] }>;
const SPAN = 4096;

/**
 * Typos allowed in a word: none below 5 letters (too many short words are one edit apart),
 * then 1, and 2 from 12 letters (fewer would let "translation" find "translator").
 */
export const maxEdits = (length: number): number => (length < 5 ? 0 : length < 12 ? 1 : 2);

/** Longer terms accepted for a whole word: its plural or "-ed" form, not another word that starts with it. */
export const MAX_EXTRA_LETTERS = 2;

/** Terms starting with `prefix`, from the alphabetically sorted vocabulary. */
function termsWithPrefix(index: SearchIndex, prefix: string): number[] {
  const { sortedTermIds, terms } = index;
  let low = 0;
  let high = sortedTermIds.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[sortedTermIds[middle]!]! < prefix) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let at = low; at < sortedTermIds.length && terms[sortedTermIds[at]!]!.startsWith(prefix); at++) found.push(sortedTermIds[at]!);
  return found;
}

/** The vocabulary terms a query word stands for: itself, its completions while typed, its near spellings. */
function matchWord(index: SearchIndex, word: string, prefix: boolean): TermMatch[] {
  const matches = new Map<number, number>();
  const keep = (termId: number, score: number) => matches.set(termId, Math.min(score, matches.get(termId) ?? 1));
  const exact = index.termIds.get(word);
  if (exact !== undefined) keep(exact, 0);
  if (prefix) {
    for (const termId of termsWithPrefix(index, word)) keep(termId, 0.1 * (1 - word.length / index.terms[termId]!.length));
  }
  const edits = maxEdits(word.length);
  const vocabulary = edits > 0 ? index.vocabularyFrom(word.charAt(0)) : undefined;
  if (vocabulary) {
    const accepted = edits / word.length + 1e-6;
    for (const { refIndex, score = 1 } of vocabulary.fuse.search(word)) {
      const termId = vocabulary.termIds[refIndex]!;
      const length = index.terms[termId]!.length;
      const fits = length >= word.length - edits && (prefix || length <= word.length + MAX_EXTRA_LETTERS);
      if (score <= accepted && fits) keep(termId, Math.min(1, 0.1 + score + 0.02 * Math.abs(length - word.length)));
    }
  }
  return [...matches].map(([termId, score]) => ({ termId, score }));
}

/** Where any of `matches` occurs, in the segments `allowed` accepts. */
function wordOccurrences(index: SearchIndex, matches: TermMatch[], allowed: (segment: number) => boolean): Occurrences {
  const found: Occurrences = new Map();
  const { firstWords } = index;
  for (const { termId, score } of matches) {
    const postings = index.postings[termId]!;
    // A term's postings come in text order, so a segment's occurrences follow one another.
    let segment = -1;
    let entry: { score: number; spans: number[] } | undefined;
    for (let at = 0; at < postings.length; at++) {
      const word = postings[at]!;
      if (word >= firstWords[segment + 1]!) {
        segment = segmentOfWord(firstWords, word, segment + 1);
        entry = allowed(segment) ? found.get(segment) ?? { score, spans: [] } : undefined;
        if (entry) {
          entry.score = Math.min(entry.score, score);
          found.set(segment, entry);
        }
      }
      entry?.spans.push((word - firstWords[segment]!) * SPAN);
    }
  }
  return found;
}

/** Where any of `matches` occurs in `segments`, read from their words: cheaper than the postings of a common word when the segments are few. */
function scanOccurrences(index: SearchIndex, matches: TermMatch[], segments: Iterable<number>): Occurrences {
  const scores = new Map(matches.map(({ termId, score }) => [termId, score]));
  const found: Occurrences = new Map();
  for (const segment of segments) {
    const first = index.firstWords[segment]!;
    const count = index.firstWords[segment + 1]! - first;
    let entry: { score: number; spans: number[] } | undefined;
    for (let word = 0; word < count; word++) {
      const score = scores.get(index.words[first + word]!);
      if (score === undefined) continue;
      if (entry) {
        entry.score = Math.min(entry.score, score);
        entry.spans.push(word * SPAN);
      } else found.set(segment, (entry = { score, spans: [word * SPAN] }));
    }
  }
  return found;
}

/** How many words the segments of `occurrences` hold. */
function wordsIn(index: SearchIndex, occurrences: Occurrences): number {
  let words = 0;
  for (const segment of occurrences.keys()) words += index.firstWords[segment + 1]! - index.firstWords[segment]!;
  return words;
}

/** Where the words of a phrase occur in a row (the last as a prefix when `prefix`). */
function phraseOccurrences(index: SearchIndex, terms: string[], prefix: boolean, allowed: (segment: number) => boolean): Occurrences {
  const found: Occurrences = new Map();
  const last = terms.length - 1;
  const ids = terms.map((term) => index.termIds.get(term));
  const lastIds = new Set(prefix ? termsWithPrefix(index, terms[last]!) : ids[last] === undefined ? [] : [ids[last]!]);
  const firstIds = last === 0 ? [...lastIds] : ids[0] === undefined ? [] : [ids[0]];
  const { firstWords } = index;
  for (const firstId of firstIds) {
    const postings = index.postings[firstId]!;
    let segment = -1;
    for (let at = 0; at < postings.length; at++) {
      const first = postings[at]!;
      if (first >= firstWords[segment + 1]!) segment = segmentOfWord(firstWords, first, segment + 1);
      const word = first - firstWords[segment]!;
      if (!allowed(segment) || first + last >= firstWords[segment + 1]!) continue;
      let inRow = lastIds.has(index.words[first + last]!);
      for (let offset = 1; inRow && offset < last; offset++) inRow = index.words[first + offset] === ids[offset];
      if (!inRow) continue;
      const entry = found.get(segment);
      if (entry) entry.spans.push(word * SPAN + last);
      else found.set(segment, { score: 0, spans: [word * SPAN + last] });
    }
  }
  return found;
}

/** The `[start, end)` ranges in `text` of segment `segment`'s spans in text order, overlapping ones merged (a word inside a phrase). */
function spansToRanges(index: SearchIndex, segment: number, text: string, spanLists: number[][]): [number, number][] {
  const spans = spanLists.length === 1 ? spanLists[0]! : spanLists.flat();
  // One word's postings arrive in text order; only several words or terms need sorting.
  if (spans.some((span, at) => at > 0 && span < spans[at - 1]!)) spans.sort((a, b) => a - b);
  const { starts } = index;
  const firstWord = index.firstWords[segment]!;
  const ranges: [number, number][] = [];
  for (const span of spans) {
    const first = firstWord + Math.floor(span / SPAN);
    const start = starts[first]!;
    const end = wordEnd(text, starts[first + (span % SPAN)]!);
    const previous = ranges[ranges.length - 1];
    if (previous && start < previous[1]) previous[1] = Math.max(previous[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** Recently matched words: typing "holographic glasses" re-reads "holographic" at every key. */
const WORD_CACHE_SIZE = 256;

/**
 * Typo-tolerant search over a transcript's segments. The index is built on the first search
 * (or `prepare()`), so creating a search costs nothing until a reader asks.
 */
export function createSearch(transcript: Transcript): TranscriptSearch {
  const builder = searchIndexBuilder(transcript.segments);
  const wordCache = new Map<string, TermMatch[]>();
  const prepare = (): SearchIndex => builder.step(Infinity)!;

  const termMatches = (built: SearchIndex, term: string, prefix: boolean): TermMatch[] => {
    const key = `${prefix ? '+' : '='}${term}`;
    let matches = wordCache.get(key);
    if (!matches) {
      if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
      matches = matchWord(built, term, prefix);
      wordCache.set(key, matches);
    }
    return matches;
  };

  const filter = (options: SearchOptions): ((segment: number) => boolean) => {
    const { speaker, topic } = options;
    let first = 0;
    let last = transcript.segments.length - 1;
    if (topic !== undefined) {
      const { topic: topicById, segmentIndex } = lookup(transcript);
      const found = topicById(topic);
      if (!found) return () => false;
      first = segmentIndex(found.segments[0]);
      last = segmentIndex(found.segments[1]);
    }
    return (segment) => segment >= first && segment <= last && (speaker === undefined || transcript.segments[segment]!.speaker === speaker);
  };

  /** How many occurrences (postings) a clause reads: the rarest clause is read first, the others only where it occurs. */
  const cost = (built: SearchIndex, clause: Clause): number => {
    const termIds = clause.kind === 'word'
      ? termMatches(built, clause.term, clause.prefix).map((match) => match.termId)
      : [built.termIds.get(clause.terms[0]!) ?? -1];
    return termIds.reduce((sum, termId) => sum + (built.postings[termId]?.length ?? 0), 0);
  };

  const occurrences = (built: SearchIndex, clause: Clause, allowed: (segment: number) => boolean): Occurrences =>
    clause.kind === 'phrase'
      ? phraseOccurrences(built, clause.terms, clause.prefix, allowed)
      : wordOccurrences(built, termMatches(built, clause.term, clause.prefix), allowed);

  return {
    prepare: (milliseconds = Infinity) => builder.step(milliseconds) !== undefined,
    get ready() {
      return builder.index !== undefined;
    },
    search(query, options = {}) {
      const parsed = parseQuery(query);
      if (parsed.length === 0) return [];
      const built = prepare();
      const clauses = parsed
        .map((clause) => ({ clause, cost: cost(built, clause) }))
        .sort((a, b) => a.cost - b.cost);
      const allowed = filter(options);
      const found: Occurrences[] = [];
      for (const { clause, cost: postings } of clauses) {
        const rarest = found[0];
        // A common word after a rare one: reading the few candidate segments beats reading its postings.
        const occurs = rarest && clause.kind === 'word' && wordsIn(built, rarest) < postings
          ? scanOccurrences(built, termMatches(built, clause.term, clause.prefix), rarest.keys())
          : occurrences(built, clause, rarest ? (segment) => rarest.has(segment) : allowed);
        if (occurs.size === 0) return [];
        found.push(occurs);
      }
      // Segments where every clause occurs, with their scores; few objects per hit, as a keystroke makes many.
      const [rarest, ...others] = found;
      const hits: SearchHit[] = [];
      const segments: number[] = [];
      for (const [segment, entry] of rarest!) {
        let score = entry.score;
        const spans = [entry.spans];
        for (const clause of others) {
          const other = clause.get(segment);
          if (!other) break;
          score += other.score;
          spans.push(other.spans);
        }
        if (spans.length < found.length) continue;
        segments.push(segment);
        hits.push({ segmentId: transcript.segments[segment]!.id, score: score / found.length, ranges: spansToRanges(built, segment, transcript.segments[segment]!.text, spans) });
      }
      // Best first; among equals, more occurrences, then transcript order.
      const order = hits.map((_, at) => at).sort((a, b) =>
        hits[a]!.score - hits[b]!.score || hits[b]!.ranges.length - hits[a]!.ranges.length || segments[a]! - segments[b]!);
      const kept = options.limit !== undefined && options.limit >= 0 ? order.slice(0, options.limit) : order;
      return kept.map((at) => hits[at]!);
    },
  };
}
