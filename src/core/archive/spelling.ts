import Fuse from 'fuse.js/basic';
import { MAX_EXTRA_LETTERS, maxEdits } from '../search.js';
import { VOCABULARY_OPTIONS } from '../search-index.js';

/** A term that stands for a query word, with how loosely it matches (0 = exact). */
export interface TermMatch {
  term: string;
  score: number;
}

/** Letters are counted in this many buckets (by code unit): letters sharing one only loosen the test. */
const BUCKETS = 256;

/**
 * Whether `term` can be a near spelling of `word` within `edits`: Fuse.js (with the vocabulary
 * options: location 0, distance 2) reads only the first `word.length` letters of a term, and a
 * match with `edits` edits leaves at least `word.length - edits` of the word's letters among
 * them. A cheap test that never drops a term Fuse.js would accept, so that Fuse.js runs over a
 * few terms instead of the thousands of a vocabulary shard. `letters` holds the word's letters
 * by bucket; it is the same again on return.
 */
function mayBeNear(word: string, term: string, edits: number, letters: Int16Array): boolean {
  const end = Math.min(term.length, word.length);
  let shared = 0;
  for (let at = 0; at < end; at++) {
    const bucket = term.charCodeAt(at) % BUCKETS;
    if (letters[bucket]! > 0) {
      letters[bucket]!--;
      shared++;
    } else letters[bucket]!--; // owed back below
  }
  for (let at = 0; at < end; at++) letters[term.charCodeAt(at) % BUCKETS]!++;
  return shared >= word.length - edits;
}

/**
 * The near spellings of `word` among `terms` (sorted, all sharing the word's first letters), by
 * the transcript search's rules: Fuse.js within `maxEdits` edits, a whole word no more than
 * MAX_EXTRA_LETTERS longer, a word being typed (`prefix`) any longer; closest first, at most `limit`.
 */
export function nearSpellings(terms: readonly string[], word: string, prefix: boolean, limit: number): TermMatch[] {
  const edits = maxEdits(word.length);
  if (edits === 0) return [];
  const letters = new Int16Array(BUCKETS);
  for (let at = 0; at < word.length; at++) letters[word.charCodeAt(at) % BUCKETS]!++;
  const candidates = terms.filter((term) => term.length >= word.length - edits && (prefix || term.length <= word.length + MAX_EXTRA_LETTERS)
    && term !== word && mayBeNear(word, term, edits, letters));
  if (candidates.length === 0) return [];
  const accepted = edits / word.length + 1e-6;
  const near: TermMatch[] = [];
  for (const { item, score = 1 } of new Fuse(candidates, VOCABULARY_OPTIONS).search(word)) {
    if (score <= accepted) near.push({ term: item, score: Math.min(1, 0.1 + score + 0.02 * Math.abs(item.length - word.length)) });
  }
  near.sort((a, b) => a.score - b.score || (a.term < b.term ? -1 : 1));
  return near.slice(0, limit);
}
