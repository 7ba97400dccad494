import { html, svg } from 'lit';
import { checkStyles } from './check.styles.js';

// For slides found by their words: their links come with this module too.
export { passageLink } from '../../core/passage-link.js';
import { findPassage, passageProblem } from '../../core/passage.js';
import type { PassageMatch } from '../../core/passage.js';
import type { Transcript } from '../../core/types.js';

/** Words to look up in a transcript, and which occurrence to show when they occur several times. */
export interface PassageAsk {
  text: string;
  occurrence?: number | undefined;
}

/**
 * What checking words against a transcript found: the passage to show (once, or the chosen one
 * of `count`), or why none can be shown, in `message` (for `verbatim-error`): the words are not
 * in the transcript (the closest passage and a word diff), there is no such occurrence, or the
 * occurrence asked for is not a positive whole number.
 */
export type PassageCheck =
  | { status: 'verified'; match: PassageMatch }
  | { status: 'ambiguous'; match: PassageMatch; count: number; occurrence: number }
  | { status: 'not-found'; message: string }
  | { status: 'no-occurrence'; count: number; occurrence: number; message: string }
  | { status: 'invalid'; message: string };

/** How a check is shown: the state's words with an icon of its own shape, never colour alone. */
export type CheckState = Exclude<PassageCheck['status'], 'invalid'> | 'unavailable';

/*
 * Elements load this module (and with it the passage finder) only when they are given words to
 * find, so that a page that quotes by id never downloads it: see loadPassageCheck.
 */

/** Checks each ask against `transcript`. */
export function checkPassages(transcript: Transcript, asks: readonly PassageAsk[]): PassageCheck[] {
  return asks.map(({ text, occurrence }): PassageCheck => {
    const options = { occurrence: occurrence ?? 1 };
    if (!Number.isInteger(options.occurrence) || options.occurrence < 1) {
      return { status: 'invalid', message: 'Set occurrence to a positive whole number: 1 for the first occurrence, 2 for the second, and so on.' };
    }
    const result = findPassage(transcript, text, options);
    const message = passageProblem(text, result, options) ?? '';
    if (result.status === 'not-found') return { status: 'not-found', message };
    const count = result.matches.length;
    if (!result.match) return { status: 'no-occurrence', count, occurrence: options.occurrence, message };
    return result.status === 'verified'
      ? { status: 'verified', match: result.match }
      : { status: 'ambiguous', match: result.match, count, occurrence: options.occurrence };
  });
}

// One shape per state, so that the states differ without colour: a tick, two stacked pages, a
// crossed circle, a dashed circle.
const ICONS: Record<CheckState, ReturnType<typeof svg>> = {
  verified: svg`<path d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6 11-11-1.4-1.4z"/>`,
  ambiguous: svg`<path d="M4 6h12v14H4zm2 2v10h8V8zM8 2h12v14h-2V4H8z"/>`,
  'not-found': svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 0 1 6.3 12.9L7.1 5.7A8 8 0 0 1 12 4zM5.7 7.1l11.2 11.2A8 8 0 0 1 5.7 7.1z"/>`,
  'no-occurrence': svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 0 1 6.3 12.9L7.1 5.7A8 8 0 0 1 12 4zM5.7 7.1l11.2 11.2A8 8 0 0 1 5.7 7.1z"/>`,
  unavailable: svg`<path d="M11 7h2v6h-2zm0 8h2v2h-2z"/><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2.5"/>`,
};

/** The visible mark of a check, in part `check`, with `data-state` for styling. */
export const checkMark = (state: CheckState, words: string) =>
  html`<span part="check" class="check" data-state=${state}><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[state]}</svg><span>${words}</span></span>`;

/**
 * Adds the marks' styles to an element's shadow root. They come with this module, not with the
 * element's own styles, so that a page that quotes by id does not download them either.
 */
export function adoptCheckStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = checkStyles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
