/**
 * Deep links into a transcript page. The state lives in the URL fragment, so links work on
 * any static page: `page.html#verbatim-s012` points at a segment (`#verbatim-s012&t=83` also
 * at its moment in the recording, in seconds) and `page.html#verbatim-search=holographic%20glasses`
 * at a search. A link to a quote adds a text fragment (`:~:text=`) so that browsers highlight
 * the words, even before the script runs.
 */
import type { PassageMatch } from './passage.js';
import { ID_CHARS } from './types.js';

const PREFIX = 'verbatim-';
/** A segment's fragment, with its moment in seconds when given: `s012`, `s012&t=83.5`. */
const SEGMENT_FRAGMENT = new RegExp(`^(${ID_CHARS})(?:&t=(\\d+(?:\\.\\d+)?))?$`);

export interface LinkState {
  segment?: string;
  /** With a segment: the moment to play from, in seconds (written in whole seconds). */
  time?: number;
  query?: string;
}

/** Encodes text for a text fragment: commas, dashes and ampersands are syntax there. */
const encodeTextDirective = (text: string): string =>
  encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** Words of a long quote used for a `text=start,end` range rather than the whole text. */
const RANGE_WORDS = 5;

const words = (text: string): string[] => text.trim().split(/\s+/);
const rangeDirective = (start: string[], end: string[]): string =>
  `text=${encodeTextDirective(start.slice(0, RANGE_WORDS).join(' '))},${encodeTextDirective(end.slice(-RANGE_WORDS).join(' '))}`;

/** The text directive for a quote: the whole text, or its first and last words when long. */
export function textDirective(quote: string): string {
  const all = words(quote);
  return all.length <= RANGE_WORDS * 2 ? `text=${encodeTextDirective(all.join(' '))}` : rangeDirective(all, all);
}

/**
 * The text directive for a passage. One across several segments is always a `start,end`
 * range, the start in its first segment and the end in its last: browsers match a piece of
 * a text fragment within one block of the page, and each segment is one.
 */
export function passageDirective(match: PassageMatch): string {
  const { segments, text } = match;
  if (segments.length < 2) return textDirective(text);
  // The text is each segment's part joined by a space: the first and last parts by their lengths.
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  return rangeDirective(words(text.slice(0, first.end - first.start)), words(text.slice(text.length - (last.end - last.start))));
}

/** The fragment (without `#`) for a link state. */
export function formatLinkState(state: LinkState): string {
  if (state.segment) {
    const time = state.time !== undefined && Number.isFinite(state.time) && state.time >= 0 ? `&t=${Math.floor(state.time)}` : '';
    return `${PREFIX}${state.segment}${time}`;
  }
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
  const segment = SEGMENT_FRAGMENT.exec(rest);
  if (!segment) return {};
  return segment[2] === undefined ? { segment: segment[1] } : { segment: segment[1], time: Number(segment[2]) };
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

/**
 * "Read in context" for a passage: its first segment on the transcript page `href`, the
 * moment it starts when the transcript has times, and a text fragment of its words.
 * `href` must already be checked with safeUrl; any fragment it has is replaced.
 */
export function passageLink(href: string, match: PassageMatch): string {
  const base = href.split('#')[0];
  const state = formatLinkState({ segment: match.segments[0]?.id, time: match.start });
  return `${base}#${state}:~:${passageDirective(match)}`;
}
