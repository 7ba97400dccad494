/**
 * Links to a passage found by its words: apart from links.ts so that a page quoting by id does
 * not download them.
 */
import { rangeDirective, segmentFragment, textDirective, words } from './links.js';
import type { PassageMatch } from './passage.js';

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

/**
 * "Read in context" for a passage: its first segment on the transcript page `href`, the
 * moment it starts when the transcript has times, and a text fragment of its words.
 * `href` must already be checked with safeUrl; any fragment it has is replaced.
 */
export function passageLink(href: string, match: PassageMatch): string {
  const base = href.split('#')[0];
  const first = match.segments[0];
  const state = first ? segmentFragment(first.id, match.start) : '';
  return `${base}#${state}:~:${passageDirective(match)}`;
}
