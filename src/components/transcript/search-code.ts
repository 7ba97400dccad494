/**
 * What a transcript's search loads on first need (see loadSearchCode), not with the transcript:
 * the index and Fuse.js, the count of occurrences, and the painter of the matches.
 */
export { createSearch } from '../../core/search.js';
export { MatchHighlights } from './match-highlights.js';
export { groupOccurrences } from './occurrences.js';
