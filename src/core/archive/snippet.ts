import { contextLink } from '../links.js';
import { tokenize } from '../normalize.js';
import type { Token } from '../normalize.js';
import { ID_PATTERN } from '../types.js';
import { safeUrl } from '../url.js';
import type { ManifestEpisode, TextRow } from './format.js';
import type { ArchiveHit } from './types.js';

/** What a candidate's text must show: the terms of each clause, and phrases to find in a row. */
export interface MatchPlan {
  /** Per word clause, the terms that stand for it. */
  words: Set<string>[];
  /** Per phrase clause, its terms (the last may be a prefix). */
  phrases: { terms: string[]; prefix: boolean }[];
}

/** Characters of a long segment shown around its first match, and of them before it. */
const SNIPPET_LENGTH = 220;
const SNIPPET_LEAD = 70;
/** Words on each side of the first match quoted in a link's text fragment. */
const FRAGMENT_WORDS = 4;

/** Ranges of `tokens` where every clause of `plan` occurs, merged, in text order; undefined when one does not. */
function matchRanges(tokens: Token[], plan: MatchPlan): [number, number][] | undefined {
  const ranges: [number, number][] = [];
  for (const terms of plan.words) {
    const before = ranges.length;
    for (const token of tokens) if (terms.has(token.term)) ranges.push([token.start, token.end]);
    if (ranges.length === before) return undefined;
  }
  for (const { terms, prefix } of plan.phrases) {
    const before = ranges.length;
    const last = terms.length - 1;
    for (let first = 0; first + last < tokens.length; first++) {
      let inRow = true;
      for (let offset = 0; inRow && offset <= last; offset++) {
        const term = tokens[first + offset]!.term;
        inRow = offset === last && prefix ? term.startsWith(terms[offset]!) : term === terms[offset];
      }
      if (inRow) ranges.push([tokens[first]!.start, tokens[first + last]!.end]);
    }
    if (ranges.length === before) return undefined;
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] < previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** The part of a long text around `[from, …)` that a result shows, cut at word boundaries. */
function window(text: string, tokens: Token[], from: number): { start: number; end: number } {
  if (text.length <= SNIPPET_LENGTH) return { start: 0, end: text.length };
  const wanted = Math.max(0, Math.min(from - SNIPPET_LEAD, text.length - SNIPPET_LENGTH));
  const first = tokens.find((token) => token.start >= wanted && token.start <= from);
  const start = wanted === 0 || !first ? wanted : first.start;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const inside = tokens.filter((token) => token.start >= start && token.end <= end);
    end = inside[inside.length - 1]?.end ?? end;
  }
  return { start, end };
}

/** The episode page's link to a moment: `t=` in the query, the segment anchor and a text fragment. */
function momentLink(href: string | undefined, segmentId: string, start: number | null, quote: string): string | undefined {
  const page = safeUrl(href);
  if (page === undefined) return undefined;
  const [path] = page.split('#') as [string];
  const timed = start === null || !(start >= 0) ? path : `${path}${path.includes('?') ? '&' : '?'}t=${Math.floor(start)}`;
  return ID_PATTERN.test(segmentId) ? contextLink(timed, segmentId, quote) : timed;
}

/**
 * The hit for a segment (`row`) of an episode titled `title` whose page is `page`: its snippet with the matched
 * words as ranges, its speaker, time and link. Undefined when the text does not bear the match
 * out (a phrase's words not in a row) or the speaker is not `speaker`.
 */
export function hitFromSegment(
  episode: ManifestEpisode, title: string, page: string | undefined, row: TextRow | undefined, plan: MatchPlan, score: number, speaker?: string,
  tokensOf: (row: TextRow) => Token[] = (words) => tokenize(words[3]),
): ArchiveHit | undefined {
  if (!row) return undefined;
  const [segmentId, speakerNumber, start, text] = row;
  const speakerName = episode.speakers[speakerNumber];
  if (speaker !== undefined && speakerName !== speaker) return undefined;
  const tokens = tokensOf(row);
  const ranges = matchRanges(tokens, plan);
  if (!ranges) return undefined;
  const shown = window(text, tokens, ranges[0]![0]);
  const lead = shown.start > 0 ? '…' : '';
  const snippet = `${lead}${text.slice(shown.start, shown.end)}${shown.end < text.length ? '…' : ''}`;
  const offset = lead.length - shown.start;
  const firstWord = tokens.findIndex((token) => token.start === ranges[0]![0]);
  const quote = text.slice(tokens[Math.max(0, firstWord - FRAGMENT_WORDS)]!.start, tokens[Math.min(tokens.length - 1, firstWord + FRAGMENT_WORDS)]!.end);
  const href = momentLink(page, segmentId, start, quote);
  return {
    episode: { id: episode.id, title, ...(episode.published !== undefined && { published: episode.published }) },
    segmentId,
    ...(speakerName !== undefined && { speaker: speakerName }),
    ...(start !== null && { start }),
    text: snippet,
    ranges: ranges
      .filter(([from, to]) => from >= shown.start && to <= shown.end)
      .map(([from, to]) => [from + offset, to + offset] as [number, number]),
    ...(href !== undefined && { href }),
    score,
  };
}
