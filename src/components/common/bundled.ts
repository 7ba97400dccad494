import type { Transcript } from '../../core/types.js';

/*
 * The bundled interview, loaded only when an element has neither `.transcript` nor `src`.
 * Dynamic imports keep the data out of the elements' own modules: a page that brings its own
 * data never downloads it, and a one-element entry downloads only the digest it needs
 * (scripts/data-digests.ts makes them with `npm run data`).
 */

/** The whole conversation, for <verbatim-transcript>. */
export const loadBundledInterview = (): Promise<Transcript> =>
  import('../../data/interview.js').then((module) => module.interview);

/** The whole conversation without the topics' summaries, for <verbatim-transcript>, which does not show them. */
export const loadBundledTranscript = (): Promise<Transcript> =>
  import('../../data/interview-transcript.js').then((module) => module.interviewForTranscript);

/** Speakers, topics, quotes and who speaks where, for the topic card and the carousel. */
export const loadBundledHighlights = (): Promise<Transcript> =>
  import('../../data/interview-highlights.json').then((module) => module.default as Transcript);

/** Speakers and quotes with their segments cut down to the quotes, for <verbatim-quote>. */
export const loadBundledQuotes = (): Promise<Transcript> =>
  import('../../data/interview-quotes.json').then((module) => module.default as Transcript);
