import type { Transcript } from '../../core/types.js';

/**
 * The bundled interview, loaded only when an element has neither `.transcript` nor `src`.
 * Dynamic imports keep it out of the element's own module: a page that brings its own data
 * never downloads it.
 */
export const loadBundledInterview = (): Promise<Transcript> =>
  import('../../data/interview.js').then((module) => module.interview);

/**
 * What the quote, topic-card and carousel elements need of the bundled interview (speakers,
 * topics, quotes and the segments they cite). The transcript element loads the whole.
 */
export const loadBundledHighlights = (): Promise<Transcript> =>
  import('../../data/interview.js').then((module) => module.interview);
