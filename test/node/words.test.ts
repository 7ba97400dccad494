import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { forEachWordSpan, wordEnd } from '../../src/core/normalize.js';
import { interview } from '../../src/data/interview.js';

// What a word is, as a regular expression: the reader of words must find exactly these.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{N}\p{M}]+)*/gu;

const spansOf = (text: string): [number, number][] => {
  const spans: [number, number][] = [];
  forEachWordSpan(text, (start, end) => spans.push([start, end]));
  return spans;
};
const expected = (text: string): [number, number][] => [...text.matchAll(WORD)].map((match) => [match.index, match.index + match[0].length]);

it('reads the words a regular expression of letters, digits, marks and inner apostrophes finds', () => {
  const texts = [
    "Don't stop: it’s the 3rd time, isn't it? 'Quoted' words'",
    'Café crème, naïve coöperation; e\u0301te\u0301 with combining accents; \u0301 a lone mark',
    'Ελληνικά, русский, עברית, العربية, 日本語のテキスト, 한국어, हिन्दी',
    'Emoji 😀 between words, 𝐁𝐨𝐥𝐝 mathematical letters, a lone surrogate \ud800 here, ²³ and ½',
    "O'Brien's rock'n'roll -- dashes—and…ellipses... x''y it’ ’tis",
    '', ' ', "'", '’’’', 'a', '1', 'ℵ0',
  ];
  for (const text of texts) assert.deepEqual(spansOf(text), expected(text), text);
});

it('reads the words of real transcripts as the regular expression does', () => {
  const folder = new URL('./fixtures/formats/', import.meta.url);
  const texts = [
    ...readdirSync(folder).map((name) => readFileSync(new URL(name, folder), 'latin1')),
    ...interview.segments.map((segment) => segment.text),
  ];
  for (const text of texts) assert.deepEqual(spansOf(text), expected(text));
});

it('finds where a word ends from where it starts', () => {
  const text = "rock'n'roll isn’t over' yet";
  assert.deepEqual(spansOf(text).map(([start]) => text.slice(start, wordEnd(text, start))), ["rock'n'roll", 'isn’t', 'over', 'yet']);
});
