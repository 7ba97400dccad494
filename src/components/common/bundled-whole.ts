import type { Transcript } from '../../core/types.js';
import { interview } from '../../data/interview.js';

/*
 * bundled.ts for dist/cdn/verbatim.js: that build exports `interview` anyway, so every element's
 * default is the whole interview it already holds, and the smaller digests for the one-element
 * entries stay out of it (rollup.config.mjs swaps this module in). Same exports as bundled.ts, bundled-quote.ts and bundled-topic.ts.
 */

const whole = (): Promise<Transcript> => Promise.resolve(interview);

export const loadBundledInterview = whole;
export const loadBundledTranscript = whole;
export const loadBundledHighlights = whole;
export const loadBundledQuotes = whole;
export const loadBundledQuote = whole;
export const loadBundledTopic = whole;
