/**
 * The embed snippet of a selected passage: loaded when a selection first shows its toolbar,
 * so that a transcript page pays for the passage finder and the snippet writer only once a
 * reader quotes.
 */
import { embedPassageSnippet } from '../../core/embed.js';
import { findPassage } from '../../core/passage.js';
import type { PassageMatch } from '../../core/passage.js';
import type { Transcript } from '../../core/types.js';

/** Which occurrence of its words the passage is, when they occur more than once (what `occurrence` says). */
function occurrence(transcript: Transcript, match: PassageMatch): number | undefined {
  const found = findPassage(transcript, match.text);
  if (found.status !== 'ambiguous') return undefined;
  const first = match.segments[0]!;
  const index = found.matches.findIndex(({ segments: [part] }) => part !== undefined && part.id === first.id && part.start < first.end && part.end > first.start);
  return index < 0 ? undefined : index + 1;
}

/** The `<verbatim-quote text>` snippet for `match`, linking to `href`, reading `src` (none: the bundled interview). */
export const passageSnippet = (transcript: Transcript, match: PassageMatch, href: string | undefined, src: string | undefined): string =>
  embedPassageSnippet(transcript, match, { href, src, occurrence: occurrence(transcript, match) });
