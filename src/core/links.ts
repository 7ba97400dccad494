/**
 * Deep links into a transcript page. The state lives in the URL fragment, so links work on
 * any static page: `page.html#verbatim-s012` points at a segment and
 * `page.html#verbatim-search=holographic%20glasses` at a search. A link to a quote adds a text
 * fragment (`:~:text=`) so that browsers highlight the words, even before the script runs.
 */

import { ID_PATTERN } from './types.js';

const PREFIX = 'verbatim-';

export interface LinkState {
  segment?: string;
  query?: string;
}

/** Encodes text for a text fragment: commas, dashes and ampersands are syntax there. */
const encodeTextDirective = (text: string): string =>
  encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** Words of a long quote used for a `text=start,end` range rather than the whole text. */
const RANGE_WORDS = 5;

/** The text directive for a quote: the whole text, or its first and last words when long. */
export function textDirective(quote: string): string {
  const words = quote.trim().split(/\s+/);
  if (words.length <= RANGE_WORDS * 2) return `text=${encodeTextDirective(words.join(' '))}`;
  const start = words.slice(0, RANGE_WORDS).join(' ');
  const end = words.slice(-RANGE_WORDS).join(' ');
  return `text=${encodeTextDirective(start)},${encodeTextDirective(end)}`;
}

/** The fragment (without `#`) for a link state. */
export function formatLinkState(state: LinkState): string {
  if (state.segment) return `${PREFIX}${state.segment}`;
  if (state.query) return `${PREFIX}search=${encodeURIComponent(state.query)}`;
  return '';
}

/** Reads a link state from a URL fragment (with or without `#`); anything else is ignored. */
export function parseLinkState(hash: string): LinkState {
  const fragment = hash.replace(/^#/, '').split(':~:')[0] ?? '';
  if (!fragment.startsWith(PREFIX)) return {};
  const rest = fragment.slice(PREFIX.length);
  if (rest.startsWith('search=')) {
    try {
      return { query: decodeURIComponent(rest.slice('search='.length)) };
    } catch {
      return {};
    }
  }
  return ID_PATTERN.test(rest) ? { segment: rest } : {};
}

/**
 * A link to `segmentId` on the transcript page `href`, highlighting `quote` when given.
 * `href` must already be checked with safeUrl; any fragment it has is replaced.
 */
export function contextLink(href: string, segmentId: string, quote?: string): string {
  const base = href.split('#')[0];
  const directive = quote ? `:~:${textDirective(quote)}` : '';
  return `${base}#${formatLinkState({ segment: segmentId })}${directive}`;
}
