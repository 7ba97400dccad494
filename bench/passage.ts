/**
 * `npx tsx bench/passage.ts`: finding a quote by its words in the bundled interview ×10
 * (1,300 segments, each of its quotes present 10 times), in Node.
 *
 * - ours: findPassage, with the transcript's word index built once (its first call; the
 *   figure is printed) as a page that checks several quotes or an element that re-renders does.
 * - baseline: a naive search that, per call, folds every segment's text the same way
 *   (NFKC, lower case, no apostrophes, anything but letters and digits as a space), joins them
 *   and counts the query's occurrences with indexOf.
 *
 * Each round times every query with both, alternating which goes first; the figure is the
 * median round (min and max printed). Both must agree on how often each quote occurs.
 * Also printed: the closest passage for quotes with one word changed (the baseline has no
 * answer to compare). Writes its figures under `passage` in bench/results.json, keeping the
 * other keys; exits 1 when ours takes more than a tenth of the baseline.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findPassage } from '../src/core/passage.js';
import type { Transcript } from '../src/core/types.js';
import { interview } from '../src/data/interview.js';
import { repeated } from './repeated.js';

const ROUNDS = 31;
const BUDGET = 1 / 10;
const COPIES = 10;

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/['’‘ʼ]/g, '').replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim();

/** The naive search: the whole text folded on every call, then indexOf. */
function naiveCount(transcript: Transcript, text: string): number {
  const haystack = ` ${transcript.segments.map((segment) => fold(segment.text)).join(' ')} `;
  const needle = ` ${fold(text)} `;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number, digits = 3) => Number(value.toFixed(digits));

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const transcript = repeated(COPIES);
const quotes = interview.quotes.map((quote) => quote.text);
// Each quote with its middle word replaced: not found, so the closest passage is sought.
const changed = quotes.map((text) => {
  const words = text.split(' ');
  words[words.length >> 1] = 'zebra';
  return words.join(' ');
});

const firstCall = time(() => findPassage(transcript, quotes[0]!));
for (const text of quotes) {
  const ours = findPassage(transcript, text).matches.length;
  const naive = naiveCount(transcript, text);
  if (ours !== naive) throw new Error(`ours found ${ours}, the baseline ${naive}: "${text}"`);
}

const oursRounds: number[] = [];
const naiveRounds: number[] = [];
const closestRounds: number[] = [];
for (let index = 0; index < ROUNDS; index++) {
  let ours = 0;
  let naive = 0;
  for (const text of quotes) {
    if (index % 2) {
      ours += time(() => findPassage(transcript, text));
      naive += time(() => naiveCount(transcript, text));
    } else {
      naive += time(() => naiveCount(transcript, text));
      ours += time(() => findPassage(transcript, text));
    }
  }
  oursRounds.push(ours / quotes.length);
  naiveRounds.push(naive / quotes.length);
  closestRounds.push(changed.reduce((sum, text) => sum + time(() => findPassage(transcript, text)), 0) / changed.length);
}

const figure = (values: number[]) => ({ median: round(median(values), 4), min: round(Math.min(...values), 4), max: round(Math.max(...values), 4) });
const ours = figure(oursRounds);
const naive = figure(naiveRounds);
const closest = figure(closestRounds);
const ratio = ours.median / naive.median;
const pass = ratio <= BUDGET;

console.log(`Node ${process.version}; interview ×${COPIES}: ${transcript.segments.length} segments; ${quotes.length} quotes, each found ${COPIES} times; ${ROUNDS} rounds\n`);
console.table({
  'find a quote (ms per call)': { median: ours.median, min: ours.min, max: ours.max, 'baseline median': naive.median, 'baseline min': naive.min, 'baseline max': naive.max },
  'closest passage, one word changed (ms per call)': { median: closest.median, min: closest.min, max: closest.max },
  'first call, with the index build (ms)': { median: round(firstCall, 2) },
});
console.log(`ours / naive indexOf: 1/${round(1 / ratio, 1)} (budget ≤ 1/${1 / BUDGET}): ${pass ? 'pass' : 'FAIL'}`);

const file = new URL('./results.json', import.meta.url);
const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> : {};
results.passage = {
  date: new Date().toISOString(),
  runtime: `Node ${process.version}`,
  segments: transcript.segments.length,
  quotes: quotes.length,
  rounds: ROUNDS,
  msPerCall: { ours, naiveIndexOf: naive, closestOneWordChanged: closest, firstCallWithIndexBuild: round(firstCall, 2) },
  ratio: round(ratio, 5),
  budget: BUDGET,
  pass,
};
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log('bench/results.json: figures written under "passage"');
if (!pass) process.exitCode = 1;
