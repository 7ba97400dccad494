import type { QuoteStrings } from '../common/strings.js';

/** The words that come with quote-words.ts, loaded only for a quote chosen by its words. */
export type QuoteWordsKey = 'quoteTime' | 'quoteVerified' | 'quoteAmbiguous' | 'quoteNotFound' | 'quoteNoOccurrence' | 'quoteUnavailable';

/**
 * The words of <verbatim-quote> in English, which its `strings` property overrides; those of a
 * quote chosen by its words are in quote-words.strings.ts, so that a quote by id goes without.
 */
export const quoteStrings: Omit<QuoteStrings, QuoteWordsKey> = {
  notLoaded: 'This quote could not be loaded.',
  chaptersNotLoaded: 'The chapters could not be loaded.',
  readInContext: 'Read in context',
  copyQuote: 'Copy quote',
  quoteCopied: 'Copied',
  quoteCopyRefused: 'Could not copy: the browser refused access to the clipboard.',
};
