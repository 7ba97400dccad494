// Entry point: <verbatim-quote-carousel> alone.
export { VerbatimQuoteCarousel } from './components/quote-carousel/quote-carousel.js';
