import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstSentence, stepWord, wholeWords } from '../../src/components/transcript/selection.js';

const text = 'A hologram is light that remembers a shape. My first hologram wasn’t big!';
const words = (range: [number, number]) => text.slice(...range);

describe('the words of a selection', () => {
  it('takes cut words whole and drops spaces at the edges', () => {
    assert.equal(words(wholeWords(text, 4, 16)), 'hologram is light');
    assert.equal(words(wholeWords(text, 1, 3)), 'hologram');
    // An apostrophe is inside a word; a period is not.
    assert.equal(words(wholeWords(text, 63, 66)), 'wasn’t');
    assert.equal(words(wholeWords(text, 37, 42)), 'shape');
    assert.deepEqual(wholeWords(text, 43, 44), [44, 44]);
  });

  it('finds the first sentence, or the whole text without an end mark', () => {
    assert.equal(words(firstSentence(text)), 'A hologram is light that remembers a shape.');
    assert.deepEqual(firstSentence('  no end mark here '), [2, 18]);
    assert.deepEqual(firstSentence('“Quoted.” Then more.'), [0, 9]);
    assert.deepEqual(firstSentence('   '), [0, 0]);
  });

  it('moves either edge by one word, keeping at least one', () => {
    const sentence = firstSentence(text);
    assert.equal(words(stepWord(text, sentence, 'end', true)), 'A hologram is light that remembers a shape. My');
    assert.equal(words(stepWord(text, sentence, 'end', false)), 'A hologram is light that remembers a');
    assert.equal(words(stepWord(text, sentence, 'start', false)), 'hologram is light that remembers a shape.');
    assert.deepEqual(stepWord(text, sentence, 'start', true), sentence);
    assert.equal(words(stepWord(text, [2, 10], 'start', true)), 'A hologram');
    assert.deepEqual(stepWord(text, [2, 10], 'end', false), [2, 10]);
    assert.deepEqual(stepWord(text, [2, 10], 'start', false), [2, 10]);
    const last: [number, number] = [text.length - 4, text.length];
    assert.deepEqual(stepWord(text, last, 'end', true), last);
  });
});
