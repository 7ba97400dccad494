import { readFileSync } from 'node:fs';

/** A fixture of test/node/fixtures/formats/ as text. */
export const fixture = (name: string): string => readFileSync(new URL(`fixtures/formats/${name}`, import.meta.url), 'utf8');

/** One of the Podcasting 2.0 specification's example files (public domain), beside DESIGN.md. */
export const specExample = (name: string): string =>
  readFileSync(new URL(`../../../shared/fixtures/podcast-namespace/${name}`, import.meta.url), 'utf8');
