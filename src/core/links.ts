/**
 * Deep links into a transcript page. The state lives in the URL fragment, so links work on
 * any static page: `page.html#verbatim-s012` points at a segment (`#verbatim-s012&t=83` also
 * at its moment in the recording, in seconds) and `page.html#verbatim-search=holographic%20glasses`
 * at a search. A link to a quote adds a text fragment (`:~:text=`) so that browsers highlight
 * the words, even before the script runs. Quotes and cards link with this module alone; reading
 * and writing a reader's whole state is link-state.ts, which only transcripts load.
 */

/** Every Verbatim fragment starts with it. */
export const PREFIX = 'verbatim-';

/** A segment's fragment (without `#`), with its moment in whole seconds when given: `verbatim-s012&t=83`. */
export function segmentFragment(segment: string, time?: number): string {
  return `${PREFIX}${segment}${time !== undefined && Number.isFinite(time) && time >= 0 ? `&t=${Math.floor(time)}` : ''}`;
}

/** Encodes text for a text fragment: commas, dashes and ampersands are syntax there. */
const encodeTextDirective = (text: string): string =>
  encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** Words of a long quote used for a `text=start,end` range rather than the whole text. */
const RANGE_WORDS = 5;

export const words = (text: string): string[] => text.trim().split(/\s+/);
export const rangeDirective = (start: string[], end: string[]): string =>
  `text=${encodeTextDirective(start.slice(0, RANGE_WORDS).join(' '))},${encodeTextDirective(end.slice(-RANGE_WORDS).join(' '))}`;

/** The text directive for a quote: the whole text, or its first and last words when long. */
export function textDirective(quote: string): string {
  const all = words(quote);
  return all.length <= RANGE_WORDS * 2 ? `text=${encodeTextDirective(all.join(' '))}` : rangeDirective(all, all);
}

/**
 * A link to `segmentId` on the transcript page `href`, highlighting `quote` when given.
 * `href` must already be checked with safeUrl; any fragment it has is replaced.
 */
export function contextLink(href: string, segmentId: string, quote?: string): string {
  const base = href.split('#')[0];
  const directive = quote ? `:~:${textDirective(quote)}` : '';
  return `${base}#${segmentFragment(segmentId)}${directive}`;
}
