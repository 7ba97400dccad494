import { readFileSync } from 'node:fs';
import type { Transcript } from '../../src/core/index.js';

/** A fixture of test/node/fixtures/formats/ as text. */
export const fixture = (name: string): string => readFileSync(new URL(`fixtures/formats/${name}`, import.meta.url), 'utf8');

/** Segments as "speaker-id: text", the way a reader sees them. */
export const paragraphs = (transcript: Transcript): string[] => transcript.segments.map((segment) => `${segment.speaker}: ${segment.text}`);

/** Each segment's [start, end]. */
export const times = (transcript: Transcript) => transcript.segments.map((segment) => [segment.start, segment.end]);
