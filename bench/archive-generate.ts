/**
 * A generated archive for bench/archive.ts: episodes of made-up words whose vocabulary grows as
 * real speech does (Heaps' law, V = K·n^β with β = 0.5), word frequencies falling off as Zipf's
 * law says (each word after the first is a new word with probability K·β·n^(β−1), else a copy
 * of an earlier word picked at random), with a fixed seed: the same archive on every run.
 */
import type { Segment, Transcript } from '../src/core/types.js';

export interface GeneratedArchive {
  transcripts: Transcript[];
  /** Every distinct word, in order of first use (the earliest are the most frequent). */
  words: string[];
  /** Occurrences of each word, by the index of `words`. */
  counts: Uint32Array;
}

/** Mulberry32: a small, fast seeded generator (numbers in [0, 1), the same on every run). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'y', 'z', 'br', 'cr', 'dr', 'st', 'tr', 'pl', 'gr', 'sh', 'ch', 'th', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck'];

export function generateArchive({ episodes, wordsPerEpisode, vocabulary, seed }: { episodes: number; wordsPerEpisode: number; vocabulary: number; seed: number }): GeneratedArchive {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const total = episodes * wordsPerEpisode;
  const beta = 0.5; // the growth rate of the vocabulary (the square root of the length)
  const k = vocabulary / total ** beta;

  const words: string[] = [];
  const known = new Set<string>();
  const newWord = (): number => {
    // Frequent (early) words are short, as in speech.
    const syllables = Math.min(4, 1 + Math.floor(Math.log10(words.length + 1) / 1.4 + next() * 1.2));
    let word: string;
    do {
      word = '';
      for (let at = 0; at < syllables; at++) word += pick(ONSETS) + pick(VOWELS) + (at === syllables - 1 || next() < 0.3 ? pick(CODAS) : '');
    } while (known.has(word) || word.length < 2);
    known.add(word);
    return words.push(word) - 1;
  };

  const tokens = new Uint32Array(total);
  const counts: number[] = [];
  for (let n = 0; n < total; n++) {
    const fresh = n === 0 || next() < (k * beta) / Math.sqrt(n);
    const id = fresh ? newWord() : tokens[Math.floor(next() * n)]!;
    tokens[n] = id;
    counts[id] = (counts[id] ?? 0) + 1;
  }

  const transcripts: Transcript[] = [];
  const day = 24 * 3600 * 1000;
  for (let episode = 0; episode < episodes; episode++) {
    const id = `ep${String(episode + 1).padStart(4, '0')}`;
    const guest = `Guest ${words[1000 + episode]!}`;
    const segments: Segment[] = [];
    let at = episode * wordsPerEpisode;
    const end = at + wordsPerEpisode;
    let seconds = 0;
    while (at < end) {
      const length = Math.min(end - at, 15 + Math.floor(next() * 100));
      let text = '';
      let sentence = 0;
      for (let word = 0; word < length; word++, sentence++) {
        let spelled = words[tokens[at + word]!]!;
        if (sentence === 0) spelled = spelled[0]!.toUpperCase() + spelled.slice(1);
        const stop = word === length - 1 || (sentence > 6 && next() < 0.12);
        text += `${word ? ' ' : ''}${spelled}${stop ? '.' : next() < 0.05 ? ',' : ''}`;
        if (stop) sentence = -1;
      }
      const duration = length / 2.5;
      segments.push({ id: `s${segments.length + 1}`, speaker: segments.length % 2 ? 'guest' : 'host', start: Math.round(seconds * 10) / 10, end: Math.round((seconds + duration) * 10) / 10, text });
      seconds += duration;
      at += length;
    }
    transcripts.push({
      version: 1,
      id,
      title: `Episode ${episode + 1}: ${words[2000 + episode]!} and ${words[3000 + episode]!}`,
      language: 'en',
      source: { publisher: 'The Generated Show', published: new Date(Date.UTC(2006, 0, 2) + episode * 7 * day).toISOString().slice(0, 10) },
      speakers: [{ id: 'host', name: 'Host Person', role: 'host' }, { id: 'guest', name: guest, role: 'guest' }],
      segments,
      topics: [],
      quotes: [],
    });
  }
  return { transcripts, words, counts: Uint32Array.from(counts) };
}
