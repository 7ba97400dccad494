import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEGMENTS, decodeSegments, intersect, ranked, union } from '../../src/core/archive/segments.js';
import type { Occurrences, TermLists } from '../../src/core/archive/segments.js';
import { encodePostings } from '../../src/core/archive/format.js';

/** A seeded generator (a linear congruential one is enough for test data). */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** A sorted list of `size` segments among `episodes` episodes of 40 segments. */
function list(next: () => number, size: number, episodes: number): Float64Array {
  const segments = new Set<number>();
  while (segments.size < size) segments.add(Math.floor(next() * episodes) * SEGMENTS + Math.floor(next() * 40));
  return Float64Array.from([...segments].sort((a, b) => a - b));
}

/** Segment → best score, the slow and obvious way. */
function unionByMap({ lists, scores }: TermLists): Map<number, number> {
  const best = new Map<number, number>();
  lists.forEach((segments, at) => segments.forEach((segment) => best.set(segment, Math.min(best.get(segment) ?? Infinity, scores[at]!))));
  return best;
}

const asMap = ({ segments, scores }: Occurrences) => new Map(Array.from(segments, (segment, at) => [segment, scores[at]!]));
/** Entries in segment order, scores to 4 decimals (the arrays hold them as 32-bit floats). */
const byKey = (map: Map<number, number>) => [...map].sort((a, b) => a[0] - b[0]).map(([segment, score]) => [segment, Number(score.toFixed(4))]);

describe('segment lists', () => {
  const next = random(11);
  const word = (terms: number, episodes: number): TermLists => ({
    lists: Array.from({ length: terms }, (_, at) => list(next, 5 + Math.floor(next() * 300 / (at + 1)), episodes)),
    scores: Array.from({ length: terms }, () => Math.round(next() * 40) / 100),
  });

  it('decodes what the index encodes', () => {
    const postings = [0, 3, 0, 4, 0, 40, 2, 0, 37, 1, 37, 1000];
    assert.deepEqual([...decodeSegments(encodePostings(postings))], [3, 4, 40, SEGMENTS * 2, SEGMENTS * 37 + 1, SEGMENTS * 37 + 1000]);
  });

  it('merges the terms of a word with the best score of each segment, and intersects words summing them', () => {
    for (let round = 0; round < 30; round++) {
      const words = [word(1 + (round % 7), 30), word(1 + (round % 4), 30), word(2, 30)].slice(0, 1 + (round % 3));
      for (const one of words) assert.deepEqual(byKey(asMap(union(one))), byKey(unionByMap(one)));
      const expected = new Map<number, number>();
      const maps = words.map(unionByMap);
      for (const segment of maps[0]!.keys()) {
        if (maps.every((map) => map.has(segment))) expected.set(segment, maps.reduce((total, map) => total + map.get(segment)!, 0));
      }
      assert.deepEqual(byKey(asMap(intersect(words, union))), byKey(expected));
    }
  });

  it('ranks by score, then newest episode, then text order, leaving out episodes not allowed', () => {
    const found = union(word(5, 12));
    const allowed = (episode: number) => episode % 3 !== 1;
    const order = Array.from(ranked(found, 2, allowed), (at) => found.segments[at]!);
    const level = (segment: number) => Math.round((asMap(found).get(segment)! / 2) * 1023);
    const expected = [...found.segments].filter((segment) => allowed(Math.floor(segment / SEGMENTS)))
      .sort((a, b) => level(a) - level(b) || Math.floor(b / SEGMENTS) - Math.floor(a / SEGMENTS) || a - b);
    assert.deepEqual(order, expected);
  });
});
