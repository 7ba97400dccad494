import { ordinal } from '../common/load-passage-check.js';
import type { QuoteStrings } from '../common/strings.js';
import type { QuoteWordsKey } from './quote.strings.js';

/** The words of <verbatim-quote text> in English, which its `strings` property overrides. */
export const quoteWordsStrings: Pick<QuoteStrings, QuoteWordsKey> = {
  quoteTime: (time) => `at ${time}`,
  quoteVerified: 'Verified against the transcript',
  quoteAmbiguous: (count, shown) => `Occurs ${count} times; showing the ${ordinal(shown)}`,
  quoteNotFound: (name) => `Not found in “${name}”: the transcript does not contain these words.`,
  quoteNoOccurrence: (count, asked) => `Occurs ${count === 1 ? 'once' : `${count} times`} in the transcript; there is no ${ordinal(asked)}.`,
  quoteUnavailable: 'Not checked: the transcript could not be loaded.',
};
