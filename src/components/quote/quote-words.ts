import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { speakerAttribution } from '../../core/attribution.js';
import { passageLink } from '../../core/passage-link.js';
import { formatTime } from '../../core/time.js';
import type { Transcript } from '../../core/types.js';
import { adoptCheckStyles, checkMark, checkPassages } from '../common/passage-check.js';
import type { QuoteStrings } from '../common/strings.js';
import type { QuoteView } from './quote-view.js';
import { quoteWordsStrings } from './quote-words.strings.js';

/*
 * <verbatim-quote text>: loaded only when a quote is chosen by its words, so that a page that
 * quotes by id downloads neither this nor the passage finder.
 */

/** A quote chosen by its words: what to show, and the mark or note that says what the check found. */
export interface CheckedQuote {
  /** The passage, or why there is none to show; undefined when the transcript could not be loaded. */
  view: QuoteView | undefined;
  /** The mark beside a passage ("Verified against the transcript"), or the note beside the fallback. */
  mark: (terms: QuoteStrings, src: string | undefined) => TemplateResult | typeof nothing;
}

/** The element's words (its defaults and `strings`) over the English words of this module. */
const withWords = (terms: QuoteStrings): QuoteStrings => ({ ...quoteWordsStrings, ...terms });

/**
 * Looks `text` up in `transcript` (undefined: it could not be loaded) and adds the marks'
 * styles to `root`, the element's shadow root.
 */
export function checkQuote(root: HTMLElement | DocumentFragment, transcript: Transcript | undefined, text: string, occurrence: number | undefined): CheckedQuote {
  adoptCheckStyles(root);
  if (!transcript) return { view: undefined, mark: (terms) => note(checkMark('unavailable', withWords(terms).quoteUnavailable)) };
  const result = checkPassages(transcript, [{ text, occurrence }])[0]!;
  if (result.status === 'verified' || result.status === 'ambiguous') {
    const { match } = result;
    return {
      view: {
        ok: true,
        text: match.text,
        attribution: speakerAttribution(transcript, match.speaker),
        language: transcript.language,
        link: (href) => passageLink(href, match),
        time: match.start === undefined ? undefined : (terms) => `, ${withWords(terms).quoteTime(formatTime(match.start!))}`,
      },
      mark: (terms) => result.status === 'verified'
        ? checkMark('verified', withWords(terms).quoteVerified)
        : checkMark('ambiguous', withWords(terms).quoteAmbiguous(result.count, result.occurrence)),
    };
  }
  const view: QuoteView = { ok: false, message: result.message };
  if (result.status === 'invalid') return { view, mark: () => nothing };
  return {
    view,
    mark: (terms, src) => note(checkMark(result.status, result.status === 'not-found'
      ? withWords(terms).quoteNotFound(sourceName(src, transcript))
      : withWords(terms).quoteNoOccurrence(result.count, result.occurrence))),
  };
}

const note = (mark: TemplateResult) => html`<p class="note">${mark}</p>`;

/** What a note calls the transcript: the file `src` names (its last path segment), else its title. */
function sourceName(src: string | undefined, transcript: Transcript): string {
  const file = src?.split(/[?#]/)[0]?.split('/').pop();
  if (!file) return transcript.title;
  try {
    return decodeURIComponent(file);
  } catch {
    return file;
  }
}
