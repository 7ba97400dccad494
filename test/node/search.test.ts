import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSearch } from '../../src/core/index.js';
import type { SearchHit, Transcript } from '../../src/core/index.js';
import { interview } from '../../src/data/interview.js';
import { readTranscript } from './helpers/files.js';

const fixture = readTranscript('test/node/fixtures/search-transcript.json');

/** The text each range of a hit covers, as the reader sees it. */
const matched = (transcript: Transcript, hit: SearchHit) => {
  const text = transcript.segments.find((segment) => segment.id === hit.segmentId)!.text;
  return hit.ranges.map(([start, end]) => text.slice(start, end));
};
const ids = (hits: SearchHit[]) => hits.map((hit) => hit.segmentId).sort();
const search = createSearch(fixture);

describe('createSearch on a fixture', () => {
  it('forgives typos in words', () => {
    const holograms = search.search('holagram');
    assert.deepEqual(ids(holograms), ['a1', 'a2']);
    assert.deepEqual(matched(fixture, holograms.find((hit) => hit.segmentId === 'a2')!), ['hologram', 'holograms']);
    const calculators = search.search('calculater');
    assert.deepEqual(ids(calculators), ['a3']);
    assert.deepEqual(matched(fixture, calculators[0]!), ['calculator', 'calculator']);
  });

  it('needs every word, in any order', () => {
    const hits = search.search('universal translater');
    assert.deepEqual(ids(hits), ['b1', 'b2']);
    assert.deepEqual(matched(fixture, hits.find((hit) => hit.segmentId === 'b2')!), ['translator', 'universal']);
    assert.deepEqual(ids(search.search('translator universal')), ['b1', 'b2']);
    assert.deepEqual(search.search('universal hologram'), []);
  });

  it('matches a quoted phrase exactly and as one range', () => {
    const hits = search.search('"open source"');
    assert.deepEqual(ids(hits), ['a4']);
    assert.deepEqual(matched(fixture, hits[0]!), ['Open source']);
    assert.deepEqual(ids(search.search('source open')), ['a4', 'b4']);
    assert.deepEqual(search.search('"source open"'), []);
    assert.deepEqual(search.search('"holagram"'), [], 'no typos inside quotes');
    assert.deepEqual(ids(search.search('"the table" code')), ['b4']);
  });

  it('completes an unclosed quoted phrase while it is typed', () => {
    assert.deepEqual(matched(fixture, search.search('"open sou')[0]!), ['Open source']);
  });

  it('ignores case and diacritics and maps ranges back to the original text', () => {
    assert.deepEqual(matched(fixture, search.search('CAFE')[0]!), ['café']);
    assert.deepEqual(matched(fixture, search.search('resume naive cooperative')[0]!), ['RÉSUMÉ', 'naïve', 'coöperative']);
    assert.deepEqual(ids(search.search('théo')), ['a1']);
    assert.deepEqual(matched(fixture, search.search("don't")[0]!), ['don’t']);
  });

  it('returns every occurrence of every word, in text order', () => {
    const [hit] = search.search('the source', { speaker: 'theo', topic: 'displays' });
    assert.deepEqual(matched(fixture, hit!), ['source', 'the', 'source']);
    for (const { ranges } of search.search('the')) {
      ranges.forEach(([start, end], index) => {
        assert.ok(start < end);
        if (index > 0) assert.ok(start >= ranges[index - 1]![1], 'ranges do not overlap');
      });
    }
  });

  it('completes the last word while it is typed, from three letters on', () => {
    assert.deepEqual(ids(search.search('holo')), ['a1', 'a2']);
    assert.ok(matched(fixture, search.search('holo').find((hit) => hit.segmentId === 'a2')!).includes('holographic'));
    assert.deepEqual(ids(search.search('cal')), ['a3']);
    assert.deepEqual(search.search('holo '), [], 'a finished word is not completed');
    assert.deepEqual(search.search('ca'), [], 'two letters are not completed');
  });

  it('finds nothing for words that are nowhere in the text', () => {
    for (const word of ['xylophone', 'banana', 'rain', 'table tennis', 'opera', 'sauce', 'translation', 'calendar', 'zebra']) {
      assert.deepEqual(search.search(word), [], word);
    }
  });

  it('ranks exact words before typos, with scores from 0 to 1', () => {
    const exact = search.search('hologram');
    const typo = search.search('holagram');
    assert.equal(exact[0]!.score, 0);
    for (const hit of [...exact, ...typo]) assert.ok(hit.score >= 0 && hit.score <= 1);
    assert.ok(typo[0]!.score > 0);
    const scores = search.search('the').map((hit) => hit.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => a - b));
  });

  it('filters by speaker and topic, and limits', () => {
    assert.deepEqual(ids(search.search('the', { speaker: 'theo' })), ['a2', 'a4', 'b4']);
    assert.deepEqual(ids(search.search('source', { topic: 'language' })), ['b4']);
    assert.deepEqual(search.search('source', { speaker: 'nobody' }), []);
    assert.deepEqual(search.search('source', { topic: 'nothing' }), []);
    assert.equal(search.search('the', { limit: 1 }).length, 1);
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    for (const query of ['', '   ', '""', '?!', '"']) assert.deepEqual(search.search(query), []);
  });
});

describe('createSearch index building', () => {
  const interviewTimes = (copies: number): Transcript => ({ ...interview, topics: [], quotes: [], segments: Array.from({ length: copies }, (_, copy) =>
    interview.segments.map((segment) => ({ ...segment, id: `${segment.id}-${copy}` }))).flat() });

  it('builds nothing until asked, then all at once with prepare()', () => {
    const fresh = createSearch(interview);
    assert.equal(fresh.ready, false);
    assert.equal(fresh.prepare(), true);
    assert.equal(fresh.ready, true);
  });

  it('builds in slices with prepare(milliseconds), with the same hits as a whole build', () => {
    const long = interviewTimes(20);
    const sliced = createSearch(long);
    let slices = 0;
    while (!sliced.prepare(0)) slices++;
    assert.ok(slices > 1, `built in ${slices + 1} slices`);
    assert.equal(sliced.ready, true);
    const whole = createSearch(long);
    for (const query of ['holagram', 'universal translater', '"open source"', 'the future of ai']) {
      assert.deepEqual(sliced.search(query), whole.search(query), query);
    }
  });

  it('finishes a partly built index when searched', () => {
    const long = interviewTimes(5);
    const partial = createSearch(long);
    assert.equal(partial.prepare(0), false);
    assert.equal(partial.search('holagram').length, createSearch(long).search('holagram').length);
    assert.equal(partial.ready, true);
  });
});

describe('createSearch at the limits of its compact index', () => {
  /** A word that no other in `words` repeats: letters only, from a number. */
  const wordOf = (n: number) => `w${n.toString(26).replace(/[0-9]/g, (digit) => 'qrstuvwxyz'[Number(digit)]!)}`;

  it('finds words after empty segments, across many segments, with their ranges', () => {
    const segments = Array.from({ length: 300 }, (_, index) => ({
      id: `p${index}`, speaker: 'host', text: index % 3 === 1 ? '' : index % 50 === 0 ? `Only here: marigold, and then ${index}.` : `Passage ${index} says little.`,
    }));
    const transcript: Transcript = { ...fixture, topics: [], quotes: [], segments };
    const hits = createSearch(transcript).search('marigold');
    assert.deepEqual(ids(hits), ['p0', 'p150', 'p200', 'p50']);
    for (const hit of hits) assert.deepEqual(matched(transcript, hit), ['marigold']);
    assert.deepEqual(matched(transcript, createSearch(transcript).search('"then 200"')[0]!), ['then 200']);
    assert.equal(createSearch(transcript).search('passage says', { limit: 400 }).length, 196);
  });

  it('keeps term ids past 65,536 terms and offsets past 65,536 characters', () => {
    // One segment of 70,000 different words (over 400,000 characters), then a short one.
    const long = Array.from({ length: 70000 }, (_, n) => wordOf(n)).join(' ');
    const transcript: Transcript = { ...fixture, topics: [], quotes: [], segments: [
      { id: 'a', speaker: 'host', text: `Start ${long} marigold end.` },
      { id: 'b', speaker: 'host', text: `A short one with ${wordOf(69999)} and marigold.` },
    ] };
    const search = createSearch(transcript);
    const last = wordOf(69999);
    // Quoted: exactly that word (its neighbours are one letter apart).
    assert.deepEqual(search.search(`"${last}"`).map((hit) => [hit.segmentId, matched(transcript, hit)]), [['a', [last]], ['b', [last]]]);
    const [first] = search.search('"marigold end"');
    assert.deepEqual([first!.segmentId, matched(transcript, first!)], ['a', ['marigold end']]);
    assert.ok(first!.ranges[0]![0] > 65536, `an offset past 16 bits: ${first!.ranges[0]![0]}`);
  });
});

describe('createSearch on the bundled interview', () => {
  const interviewSearch = createSearch(interview);
  const containing = (...patterns: RegExp[]) => interview.segments
    .filter((segment) => patterns.every((pattern) => pattern.test(segment.text)))
    .map((segment) => segment.id).sort();

  it('finds the words that were meant', () => {
    for (const [query, patterns] of [
      ['holagram', [/\bholograms?\b/i]],
      ['calculater', [/\bcalculators?\b/i]],
      ['universal translater', [/\buniversal\b/i, /\btranslat/i]],
    ] as const) {
      const expected = containing(...patterns);
      assert.ok(expected.length > 0, `the interview mentions ${query}`);
      assert.deepEqual(ids(interviewSearch.search(query)), expected, query);
    }
  });

  it('finds nothing for words the interview never uses', () => {
    const text = interview.segments.map((segment) => segment.text.toLowerCase()).join(' ');
    for (const word of ['xylophone', 'banana', 'quantum', 'dinosaur', 'volcano', 'giraffe', 'chocolate', 'bitcoin', 'loneliness']) {
      assert.ok(!text.includes(word));
      assert.deepEqual(interviewSearch.search(word), [], word);
    }
  });
});
