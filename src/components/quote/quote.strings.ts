import type { QuoteStrings } from '../shared/strings.js';

/** The words of <verbatim-quote> in English, which its `strings` property overrides. */
export const quoteStrings: QuoteStrings = {
  readInContext: 'Read in context',
  copyQuote: 'Copy quote',
  quoteCopied: 'Copied',
  quoteCopyRefused: 'Could not copy: the browser refused access to the clipboard.',
};
