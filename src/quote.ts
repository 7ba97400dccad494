// Entry point: <verbatim-quote> alone.
export { VerbatimQuote } from './components/quote/quote.js';
