// Entry point: every element, the core API and the bundled interview.
export * from './core/index.js';
export { VerbatimQuote } from './components/quote/quote.js';
export { VerbatimTopicCard } from './components/topic-card/topic-card.js';
export { VerbatimQuoteCarousel } from './components/quote-carousel/quote-carousel.js';
export { VerbatimTranscript } from './components/transcript/transcript.js';
export { VerbatimArchiveSearch, ARCHIVE_SEARCH_STRINGS } from './components/archive-search/archive-search.js';
export type { ArchiveSearchStrings } from './components/archive-search/archive-search.js';
export { interview } from './data/interview.js';
export type { VerbatimStrings } from './components/common/strings.js';
export type { VerbatimEventDetails } from './components/common/events.js';
