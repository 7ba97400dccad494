import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fuse from 'fuse.js/basic';
import { nearSpellings } from '../../src/core/archive/spelling.js';
import { MAX_EXTRA_LETTERS, maxEdits } from '../../src/core/search.js';
import { VOCABULARY_OPTIONS } from '../../src/core/search-index.js';
import { random } from '../../bench/archive-generate.js';

/** Fuse.js over every term, filtered as the transcript search filters: what nearSpellings must equal. */
function reference(fuse: Fuse<string>, word: string, prefix: boolean): string[] {
  const edits = maxEdits(word.length);
  if (edits === 0) return [];
  return fuse.search(word)
    .filter(({ item, score = 1 }) => score <= edits / word.length + 1e-6 && item !== word && item.length >= word.length - edits
      && (prefix || item.length <= word.length + MAX_EXTRA_LETTERS))
    .map(({ item }) => item)
    .sort();
}

describe('near spellings in a vocabulary shard', () => {
  it('finds exactly what Fuse.js over the whole shard finds, for whole words and words being typed', () => {
    const next = random(7);
    const letters = 'aeioulnrstmé';
    const pick = () => letters[Math.floor(next() * letters.length)]!;
    const terms = new Set<string>();
    while (terms.size < 3000) terms.add(`ho${Array.from({ length: 1 + Math.floor(next() * 13) }, pick).join('')}`);
    const sorted = [...terms].sort();
    const fuse = new Fuse(sorted, VOCABULARY_OPTIONS);
    let compared = 0;
    for (let round = 0; round < 400; round++) {
      const term = sorted[Math.floor(next() * sorted.length)]!;
      const at = 2 + Math.floor(next() * Math.max(1, term.length - 2));
      const edit = Math.floor(next() * 3);
      let word = edit === 0 ? term.slice(0, at) + pick() + term.slice(at + 1) : edit === 1 ? term.slice(0, at) + pick() + term.slice(at) : term.slice(0, at) + term.slice(at + 1);
      if (round % 3 === 0) word = word.slice(0, Math.max(2, word.length - 2));
      const prefix = round % 2 === 0;
      const found = nearSpellings(sorted, word, prefix, Infinity).map((match) => match.term).sort();
      assert.deepEqual(found, reference(fuse, word, prefix), `"${word}"${prefix ? ' (typed)' : ''}`);
      if (found.length) compared++;
    }
    assert.ok(compared > 100, `${compared} words had near spellings`);
  });

  it('ranks the closest first and keeps to the limit', () => {
    const found = nearSpellings(['holigram', 'hologram', 'holograms', 'hologramss'], 'holagram', false, 2);
    assert.deepEqual(found.map((match) => match.term), ['holigram', 'hologram']);
    assert.ok(found[0]!.score > 0.1 && found[0]!.score < 0.3);
    assert.deepEqual(nearSpellings(['bees', 'bess'], 'bess', false, 6), [], 'no typo allowed in a four-letter word');
  });
});
