/**
 * Finding a passage of a transcript by its words, as a writer pastes them: "verified" when the
 * words occur once, "ambiguous" when several times, "not-found" otherwise, with the closest
 * passage and a word diff.
 *
 * Words are compared, not characters: case (after NFKC), whitespace, quote marks, dashes and
 * punctuation are ignored, since spoken words carry no punctuation but the transcriber's.
 * Apostrophes inside a word are dropped ("don't" = "don’t"). A passage may run across
 * consecutive segments of one speaker, never across a change of speaker. Words that a cold
 * open (segments noted "teaser") repeats are found where they were said, not in the teaser.
 *
 * The transcript's words are indexed once (per transcript object): an exact match then costs
 * the postings of the query's rarest word, and the closest passage is searched only around
 * the places where the query's rarer words occur.
 */
import type { Transcript } from './types.js';
import { alignWords, formatWordDiff } from './word-diff.js';
import type { DiffWord, WordDiff } from './word-diff.js';

/** A segment's part of a passage: `[start, end)` offsets into that segment's text. */
export interface PassageSegment {
  id: string;
  start: number;
  end: number;
}

/** A passage of the transcript. */
export interface PassageMatch {
  /** The transcript's own words: each segment's part, joined by a space. */
  text: string;
  /** The speaker id. */
  speaker: string;
  /** The segments it spans, in order, with its part of each. */
  segments: PassageSegment[];
  /** The first segment's start, in seconds, when known. */
  start?: number;
  /** The last segment's end, in seconds, when known. */
  end?: number;
}

/** The passage nearest to words that were not found, and how they differ. */
export interface ClosestPassage extends PassageMatch {
  /** The first segment of the passage. */
  segmentId: string;
  /** The edit that turns the asked words into the passage's (see WordDiff). */
  diff: WordDiff[];
}

export interface PassageResult {
  status: 'verified' | 'ambiguous' | 'not-found';
  /** Every occurrence, in transcript order. */
  matches: PassageMatch[];
  /** The chosen occurrence: the only one, or `occurrence` (default 1) of several; none when out of range. */
  match?: PassageMatch;
  /** When not found: the passage with the fewest word edits, if one shares a quarter of the words or more. */
  closest?: ClosestPassage;
}

export interface FindPassageOptions {
  /** Which occurrence to choose (1-based) when the words occur several times. */
  occurrence?: number;
}

/** The note of a segment that repeats, before the conversation, a line said later in it. */
const TEASER = 'teaser';

/** Asked words beyond this are not aligned for a closest passage (the cost grows with its square). */
export const MAX_CLOSEST_WORDS = 500;
/**
 * The rarest query words that vote for where the closest passage may be, the positions in
 * the query that each votes from (more add nothing but time), and the votes in all.
 */
const VOTERS = 16;
const VOTES_PER_WORD = 4;
const MAX_VOTES = 20_000;
/** Places whose neighbourhood is aligned with the asked words. */
const CANDIDATES = 6;

// A word: letters, digits and combining marks, with inner apostrophes ("don't", "I’d", "o‘z").
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’‘ʼ][\p{L}\p{N}\p{M}]+)*/gu;
const APOSTROPHES = /['’‘ʼ]/g;
// Closes a passage when it follows its last word: the transcript's sentence punctuation.
const SENTENCE_END = /^[.!?…]+/;
// Closes a segment's part when the passage goes on in the next segment.
const PART_END = /^[^\s\p{L}\p{N}]+/u;

/**
 * The compared form of a word: NFKC, then case folded (upper then lower case, so that "ß"
 * and "ss", "ς" and "σ" compare equal), without apostrophes.
 */
function foldWord(word: string): string {
  return word.normalize('NFKC').toUpperCase().toLowerCase().replace(APOSTROPHES, '');
}

interface Word {
  term: string;
  start: number;
  end: number;
}

/**
 * Calls `found` with each word of a text, folded (through `folded`, a cache of words already
 * seen), and its offsets, until it returns false.
 */
function eachWord(text: string, folded: Map<string, string>, found: (term: string, start: number, end: number) => boolean | void): void {
  for (const match of text.matchAll(WORD)) {
    let term = folded.get(match[0]);
    if (term === undefined) folded.set(match[0], term = foldWord(match[0]));
    if (found(term, match.index, match.index + match[0].length) === false) return;
  }
}

/** The words of a text, at most `limit` of them. */
function words(text: string, limit = Number.POSITIVE_INFINITY): Word[] {
  const found: Word[] = [];
  eachWord(text, new Map(), (term, start, end) => {
    found.push({ term, start, end });
    return found.length < limit;
  });
  return found;
}

/** The transcript's words in order, as parallel arrays (no object per word). */
interface PassageIndex {
  transcript: Transcript;
  /** Per word: its folded term, its segment's index and its offsets in that segment's text. */
  terms: string[];
  segmentOf: Int32Array;
  startOf: Int32Array;
  endOf: Int32Array;
  /** Per word, the number of its speaker turn (consecutive segments of one speaker). */
  turnOf: Int32Array;
  /** Per turn, its first word and the word after its last. */
  turnStart: number[];
  turnEnd: number[];
  longestTurn: number;
  /** Per folded term, the indices of its words, ascending. */
  postings: Map<string, number[]>;
}

const indexes = new WeakMap<Transcript, PassageIndex>();

function indexOf(transcript: Transcript): PassageIndex {
  const cached = indexes.get(transcript);
  if (cached) return cached;
  const terms: string[] = [];
  const segmentOf: number[] = [];
  const startOf: number[] = [];
  const endOf: number[] = [];
  const turns: number[] = [];
  const turnStart: number[] = [];
  const turnEnd: number[] = [];
  let speaker: string | undefined;
  const folded = new Map<string, string>();
  transcript.segments.forEach((segment, index) => {
    if (segment.speaker !== speaker || turnStart.length === 0) {
      if (turnStart.length) turnEnd.push(terms.length);
      turnStart.push(terms.length);
      speaker = segment.speaker;
    }
    const turn = turnStart.length - 1;
    eachWord(segment.text, folded, (term, start, end) => {
      terms.push(term);
      segmentOf.push(index);
      startOf.push(start);
      endOf.push(end);
      turns.push(turn);
    });
  });
  turnEnd.push(terms.length);
  const postings = new Map<string, number[]>();
  terms.forEach((term, position) => {
    const list = postings.get(term);
    if (list) list.push(position);
    else postings.set(term, [position]);
  });
  const index: PassageIndex = {
    transcript,
    terms,
    segmentOf: Int32Array.from(segmentOf),
    startOf: Int32Array.from(startOf),
    endOf: Int32Array.from(endOf),
    turnOf: Int32Array.from(turns),
    turnStart,
    turnEnd,
    longestTurn: turnStart.reduce((longest, start, turn) => Math.max(longest, turnEnd[turn]! - start), 0),
    postings,
  };
  indexes.set(transcript, index);
  return index;
}

/** The passage of words `[first, last)`, which lie in one turn. */
function passage(index: PassageIndex, first: number, last: number): PassageMatch {
  const { transcript, segmentOf, startOf, endOf } = index;
  const segments: PassageSegment[] = [];
  const parts: string[] = [];
  let position = first;
  while (position < last) {
    const segmentIndex = segmentOf[position]!;
    let next = position;
    while (next < last && segmentOf[next] === segmentIndex) next++;
    const { id, text } = transcript.segments[segmentIndex]!;
    const start = startOf[position]!;
    let end = endOf[next - 1]!;
    end += (text.slice(end, end + 16).match(next === last ? SENTENCE_END : PART_END)?.[0] ?? '').length;
    segments.push({ id, start, end });
    parts.push(text.slice(start, end));
    position = next;
  }
  const firstSegment = transcript.segments[segmentOf[first]!]!;
  const lastSegment = transcript.segments[segmentOf[last - 1]!]!;
  const match: PassageMatch = { text: parts.join(' '), speaker: firstSegment.speaker, segments };
  if (firstSegment.start !== undefined) match.start = firstSegment.start;
  if (lastSegment.end !== undefined) match.end = lastSegment.end;
  return match;
}

/** First word of every place where `terms` occur in a row, within one turn. */
function exactStarts(index: PassageIndex, terms: readonly string[]): number[] {
  const m = terms.length;
  if (m === 0 || m > index.longestTurn) return [];
  let anchor = 0;
  let anchorPostings: number[] | undefined;
  for (let k = 0; k < m; k++) {
    const postings = index.postings.get(terms[k]!);
    if (!postings) return [];
    if (!anchorPostings || postings.length < anchorPostings.length) {
      anchor = k;
      anchorPostings = postings;
    }
  }
  const { terms: all, turnOf } = index;
  const starts: number[] = [];
  for (const position of anchorPostings!) {
    const start = position - anchor;
    if (start < 0 || start + m > all.length || turnOf[start] !== turnOf[start + m - 1]) continue;
    let k = 0;
    while (k < m && all[start + k] === terms[k]) k++;
    if (k === m) starts.push(start);
  }
  return starts;
}

/**
 * Where the asked words most likely were meant: each of their rarer words votes, weighted by
 * its rarity, for the passage start its position implies (a "diagonal"); the votes within
 * `band` starts of a start add up, so that a missing or extra word does not split them.
 * Returns the best starts, at least `band` apart, best first.
 */
function candidateStarts(index: PassageIndex, terms: readonly string[], band: number): number[] {
  const positionsInQuery = new Map<string, number[]>();
  terms.forEach((term, k) => {
    if (!index.postings.has(term)) return;
    const list = positionsInQuery.get(term);
    if (!list) positionsInQuery.set(term, [k]);
    else if (list.length < VOTES_PER_WORD) list.push(k);
  });
  const voters = [...positionsInQuery].map(([term, ks]) => ({ ks, postings: index.postings.get(term)! }))
    .sort((a, b) => a.postings.length - b.postings.length)
    .slice(0, VOTERS);
  const total = index.terms.length;
  // Starts are shifted by the query's length, so that they index an array from 0.
  const offset = terms.length;
  const votes = new Float64Array(total + offset);
  const voted: number[] = [];
  let budget = MAX_VOTES;
  for (const { ks, postings } of voters) {
    const cost = ks.length * postings.length;
    if (cost > budget) break;
    budget -= cost;
    const weight = Math.log(1 + total / postings.length);
    for (const position of postings) {
      for (const k of ks) {
        const at = position - k + offset;
        if (votes[at] === 0) voted.push(at);
        votes[at] = (votes[at] ?? 0) + weight;
      }
    }
  }
  // The best few by their band's votes (a short list kept sorted, rather than sorting them all).
  const best: { at: number; score: number }[] = [];
  const kept = CANDIDATES * 4;
  for (const at of voted) {
    let score = 0;
    for (let near = Math.max(0, at - band), last = Math.min(votes.length - 1, at + band); near <= last; near++) score += votes[near]!;
    if (best.length === kept && score <= best[kept - 1]!.score) continue;
    let place = best.length;
    while (place > 0 && best[place - 1]!.score < score) place--;
    best.splice(place, 0, { at, score });
    if (best.length > kept) best.pop();
  }
  const chosen: number[] = [];
  for (const { at } of best) {
    if (chosen.length === CANDIDATES) break;
    if (!chosen.some((other) => Math.abs(other - at) <= band)) chosen.push(at);
  }
  return chosen.map((at) => at - offset);
}

/** The passage with the fewest word edits from the asked words, among the candidate places. */
function closestPassage(index: PassageIndex, asked: readonly Word[], askedText: string): ClosestPassage | undefined {
  const m = asked.length;
  if (m === 0 || m > MAX_CLOSEST_WORDS) return undefined;
  const terms = asked.map((word) => word.term);
  const band = Math.max(2, Math.ceil(m / 5));
  const slack = band + 2;
  const askedWords: DiffWord[] = asked.map((word) => ({ term: word.term, shown: askedText.slice(word.start, word.end) }));
  const shown = (position: number) => index.transcript.segments[index.segmentOf[position]!]!.text.slice(index.startOf[position], index.endOf[position]);
  let best: { first: number; last: number; cost: number; equal: number; diff: WordDiff[] } | undefined;
  for (const start of candidateStarts(index, terms, band)) {
    // The window stays in the turn of the passage's middle word.
    const turn = index.turnOf[Math.min(Math.max(start + (m >> 1), 0), index.terms.length - 1)]!;
    const from = Math.max(index.turnStart[turn]!, start - slack);
    const to = Math.min(index.turnEnd[turn]!, start + m + slack);
    const window = index.terms.slice(from, to).map((term, offset) => ({ term, shown: shown(from + offset) }));
    const alignment = alignWords(askedWords, window);
    // A passage sharing less than a quarter of the words (say, only a "the") is no answer.
    if (alignment.equal === 0 || alignment.equal * 4 < m) continue;
    const better = !best || alignment.cost < best.cost || (alignment.cost === best.cost && (alignment.equal > best.equal
      || (alignment.equal === best.equal && from + alignment.start < best.first)));
    if (better) best = { first: from + alignment.start, last: from + alignment.end, cost: alignment.cost, equal: alignment.equal, diff: alignment.diff };
  }
  if (!best) return undefined;
  const found = passage(index, best.first, best.last);
  return { ...found, segmentId: found.segments[0]!.id, diff: best.diff };
}

/**
 * Finds the passage of `transcript` whose words are `text` (see the module comment for what
 * is ignored). Any text is safe to pass, of any length: a text longer than any speaker's turn
 * is not found without a search, and a closest passage is sought only for texts of up to
 * MAX_CLOSEST_WORDS words. Throws a RangeError when `occurrence` is not a positive integer.
 */
export function findPassage(transcript: Transcript, text: string, options: FindPassageOptions = {}): PassageResult {
  const { occurrence = 1 } = options;
  if (!Number.isInteger(occurrence) || occurrence < 1) throw new RangeError(`occurrence must be a positive integer, not ${String(occurrence)}.`);
  const index = indexOf(transcript);
  // More words than any turn holds and than a closest passage is sought for: not found, and no
  // need to read further (a hostile text of any length costs no more than this).
  const enough = Math.max(index.longestTurn, MAX_CLOSEST_WORDS) + 1;
  const asked = words(text, enough);
  if (asked.length === enough) return { status: 'not-found', matches: [] };
  const terms = asked.map((word) => word.term);
  const starts = exactStarts(index, terms);
  // A cold open's lines (segments noted "teaser") repeat moments of the conversation: when the
  // words occur outside it too, those are the passages.
  const inBody = starts.filter((start) => transcript.segments[index.segmentOf[start]!]!.note !== TEASER);
  const matches = (inBody.length > 0 ? inBody : starts).map((start) => passage(index, start, start + terms.length));
  if (matches.length === 0) {
    const closest = closestPassage(index, asked, text);
    return closest ? { status: 'not-found', matches, closest } : { status: 'not-found', matches };
  }
  const result: PassageResult = { status: matches.length === 1 ? 'verified' : 'ambiguous', matches };
  const match = matches[occurrence - 1];
  if (match) result.match = match;
  return result;
}

/** Text for a message: whitespace collapsed, cut to `length` characters. */
export const excerpt = (text: string, length = 80): string => {
  const flat = text.slice(0, length * 4).replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
};

/**
 * Why no passage can be shown for `text`, in a sentence that names the closest passage and
 * how the words differ, word by word (see formatWordDiff); undefined when a passage is chosen.
 */
export function passageProblem(text: string, result: PassageResult, options: FindPassageOptions = {}): string | undefined {
  if (result.match) return undefined;
  const asked = `“${excerpt(text)}”`;
  if (result.status !== 'not-found') return `${asked} occurs ${result.matches.length} times in this transcript: there is no occurrence ${options.occurrence ?? 1}.`;
  if (words(text.slice(0, 4096)).length === 0) return 'There are no words to look for: the text is empty or only punctuation.';
  const { closest } = result;
  if (!closest) return `${asked} is not in this transcript, and no passage comes close.`;
  return `${asked} is not in this transcript. Closest, in segment ${closest.segmentId}: “${excerpt(closest.text)}”. Word by word: ${formatWordDiff(closest.diff)}`;
}
