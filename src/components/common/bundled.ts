import type { Transcript } from '../../core/types.js';
import { quoteLoaders } from '../../data/quotes/index.js';

/*
 * The bundled interview, loaded only when an element has neither `.transcript` nor `src`.
 * Dynamic imports keep the data out of the elements' own modules: a page that brings its own
 * data never downloads it, and a one-element entry downloads only the digest it needs
 * (scripts/data-digests.ts makes them with `npm run data`).
 */

/** The whole conversation, for <verbatim-transcript>. */
export const loadBundledInterview = (): Promise<Transcript> =>
  import('../../data/interview.js').then((module) => module.interview);

/** Speakers, topics, quotes and who speaks where, for the topic card and the carousel. */
export const loadBundledHighlights = (): Promise<Transcript> =>
  import('../../data/interview-highlights.json').then((module) => module.default as Transcript);

/** Speakers and quotes with their segments cut down to the quotes, for <verbatim-quote>. */
export const loadBundledQuotes = (): Promise<Transcript> =>
  import('../../data/interview-quotes.json').then((module) => module.default as Transcript);

/**
 * For <verbatim-quote>: only the quote `id` (with its speaker and its segment cut down to it);
 * for an unknown or missing id, every quote, so that the element can name the closest ids.
 */
export function loadBundledQuote(id: string | undefined): Promise<Transcript> {
  const load = id !== undefined && Object.hasOwn(quoteLoaders, id) ? quoteLoaders[id] : undefined;
  return load ? load().then((module) => module.default as Transcript) : loadBundledQuotes();
}
