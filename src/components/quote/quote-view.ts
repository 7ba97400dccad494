import type { Attribution } from '../../core/attribution.js';
import type { QuoteStrings } from '../common/strings.js';

/** What <verbatim-quote> shows once its data is ready: the quote, or why it cannot. */
export type QuoteView =
  | {
    ok: true;
    text: string;
    attribution: Attribution;
    language: string;
    /** "Read in context" on the transcript page `href` (already checked with safeUrl). */
    link: (href: string) => string;
    /** After the attribution, when the words were said, e.g. ", at 1:05" (with times). */
    time?: ((terms: QuoteStrings) => string) | undefined;
  }
  | { ok: false; message: string };
