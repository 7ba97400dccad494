/**
 * Sets of segments as sorted typed arrays, and what a query does with them: the union of the
 * terms a word stands for, the intersection of its words, the ranking. A segment is one number,
 * episode number × SEGMENTS + segment number, so that ascending order is the order in the archive.
 * Lists of a frequent word hold a hundred thousand segments: arrays and merges keep a keystroke
 * within a few milliseconds where maps of them took tens.
 */

/** Segment numbers per episode, at most: a segment is episode × SEGMENTS + its number. */
export const SEGMENTS = 2 ** 20;

/** Segments, ascending, each with a score (0 best). */
export interface Occurrences {
  segments: Float64Array;
  scores: Float32Array;
}

/** The terms that stand for one word: the segments each occurs in, and how loosely it matches. */
export interface TermLists {
  lists: Float64Array[];
  scores: number[];
}

const DIGIT_0 = 48;
const LETTER_A = 97;
const COMMA = 44;
const COLON = 58;
const DOT = 46;

/**
 * The segments of postings encoded by encodePostings (base-36 gaps; "," between episodes, ":"
 * after an episode's gap, "." between segments), read character by character.
 */
export function decodeSegments(encoded: string): Float64Array {
  const segments: number[] = [];
  let episode = 0;
  let segment = 0;
  let value = 0;
  for (let at = 0; at <= encoded.length; at++) {
    const code = at < encoded.length ? encoded.charCodeAt(at) : COMMA;
    if (code === COLON) {
      episode += value;
      segment = 0;
      value = 0;
    } else if (code === DOT || code === COMMA) {
      segment += value;
      value = 0;
      if (at > 0) segments.push(episode * SEGMENTS + segment);
    } else value = value * 36 + (code >= LETTER_A ? code - LETTER_A + 10 : code - DIGIT_0);
  }
  return Float64Array.from(segments);
}

/** Segments in `a` or `b`, each with its lower score. */
function merge(a: Occurrences, b: Occurrences): Occurrences {
  const { segments: left, scores: leftScores } = a;
  const { segments: right, scores: rightScores } = b;
  const segments = new Float64Array(left.length + right.length);
  const scores = new Float32Array(segments.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < left.length && j < right.length) {
    const x = left[i]!;
    const y = right[j]!;
    if (x < y) {
      segments[n] = x;
      scores[n++] = leftScores[i++]!;
    } else if (y < x) {
      segments[n] = y;
      scores[n++] = rightScores[j++]!;
    } else {
      segments[n] = x;
      scores[n++] = Math.min(leftScores[i++]!, rightScores[j++]!);
    }
  }
  segments.set(left.subarray(i), n);
  scores.set(leftScores.subarray(i), n);
  n += left.length - i;
  segments.set(right.subarray(j), n);
  scores.set(rightScores.subarray(j), n);
  n += right.length - j;
  return { segments: segments.subarray(0, n), scores: scores.subarray(0, n) };
}

/** Segments where any of the terms occurs, each with the best score of those terms: the two shortest lists merged first, as a Huffman tree. */
export function union({ lists, scores }: TermLists): Occurrences {
  const parts: Occurrences[] = lists.map((segments, at) => ({ segments, scores: new Float32Array(segments.length).fill(scores[at]!) }));
  if (parts.length === 0) return { segments: new Float64Array(0), scores: new Float32Array(0) };
  while (parts.length > 1) {
    parts.sort((a, b) => a.segments.length - b.segments.length);
    parts.push(merge(parts.shift()!, parts.shift()!));
  }
  return parts[0]!;
}

/** First position at or after `from` in the ascending `list` whose value is not below `value` (galloping). */
function seek(list: Float64Array, from: number, value: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < list.length && list[high]! < value) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, list.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Segments where every word occurs, with the sum of the words' scores. The word with the fewest
 * segments is merged; the others' lists are only looked into, by galloping, for its segments.
 */
export function intersect(words: TermLists[], unionOf: (word: TermLists) => Occurrences): Occurrences {
  const size = (word: TermLists) => word.lists.reduce((total, list) => total + list.length, 0);
  const smallest = words.reduce((best, word) => (size(word) < size(best) ? word : best));
  const driver = unionOf(smallest);
  const others = words.filter((word) => word !== smallest).map((word) => {
    const order = word.scores.map((_, at) => at).sort((a, b) => word.scores[a]! - word.scores[b]!);
    return { lists: order.map((at) => word.lists[at]!), scores: order.map((at) => word.scores[at]!), cursors: new Int32Array(order.length) };
  });
  if (others.length === 0) return driver;
  const segments = new Float64Array(driver.segments.length);
  const scores = new Float32Array(driver.segments.length);
  let n = 0;
  candidates: for (let at = 0; at < driver.segments.length; at++) {
    const segment = driver.segments[at]!;
    let total = driver.scores[at]!;
    for (const { lists, scores: termScores, cursors } of others) {
      let best = Infinity;
      for (let term = 0; term < lists.length; term++) {
        const list = lists[term]!;
        const found = (cursors[term] = seek(list, cursors[term]!, segment));
        if (list[found] === segment) {
          best = termScores[term]!;
          break; // terms in order of score: the first found is the best
        }
      }
      if (best === Infinity) continue candidates;
      total += best;
    }
    segments[n] = segment;
    scores[n++] = total;
  }
  return { segments: segments.subarray(0, n), scores: scores.subarray(0, n) };
}

/** Score levels: scores are ranked to 1/1024 of the number of words. */
const LEVELS = 1024;

/**
 * Positions in `found` in rank order: best score first (to 1/1024 of `scale`), then the newest
 * episode, then the order of the text; episodes `allowed` rejects are left out. Two linear passes
 * (episodes newest first, then a counting sort by score), no comparison sort.
 */
export function ranked(found: Occurrences, scale: number, allowed: (episode: number) => boolean): Int32Array {
  const { segments, scores } = found;
  const byTime = new Int32Array(segments.length);
  let count = 0;
  for (let end = segments.length; end > 0;) {
    const episode = Math.floor(segments[end - 1]! / SEGMENTS);
    let start = end - 1;
    while (start > 0 && Math.floor(segments[start - 1]! / SEGMENTS) === episode) start--;
    if (allowed(episode)) for (let at = start; at < end; at++) byTime[count++] = at;
    end = start;
  }
  const level = (at: number) => Math.min(LEVELS - 1, Math.round((scores[at]! / scale) * (LEVELS - 1)));
  const firsts = new Uint32Array(LEVELS + 1);
  for (let at = 0; at < count; at++) firsts[level(byTime[at]!) + 1]!++;
  for (let at = 1; at <= LEVELS; at++) firsts[at]! += firsts[at - 1]!;
  const order = new Int32Array(count);
  for (let at = 0; at < count; at++) order[firsts[level(byTime[at]!)]!++] = byTime[at]!;
  return order;
}
