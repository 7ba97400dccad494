import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { lookup } from '../../core/lookup.js';
import type { Transcript } from '../../core/types.js';
import type { TranscriptItem } from './layout.js';
import { paintsHighlights } from './match-highlights.js';

/**
 * Segments per block. A block is one `content-visibility: auto` box (the browser skips the
 * layout and paint of whole blocks off screen, cheaper than deciding it per segment) and one
 * guarded part: an update visits only the blocks whose segments changed, not every segment.
 */
export const BLOCK_SEGMENTS = 32;

/** What makes a segment look other than its data says: the state its view depends on. */
export interface SegmentMarks {
  /** The current match (its segment shows `<mark>` elements) and the matches' ranges per segment id. */
  current: { segmentId: string; range: number } | undefined;
  ranges: ReadonlyMap<string, readonly unknown[]> | undefined;
  linked: string | undefined;
  spoken: string | undefined;
  copied: string | undefined;
}

/** Per segment index, the values its view depends on beyond its data, for the segments that have any. */
export function touchedSegments(transcript: Transcript, marks: SegmentMarks): Map<number, unknown[]> {
  const { segmentIndex } = lookup(transcript);
  const touched = new Map<number, unknown[]>();
  const touch = (id: string | undefined, ...values: unknown[]) => {
    if (id === undefined) return;
    const index = segmentIndex(id);
    if (index < 0) return;
    const entry = touched.get(index);
    if (entry) entry.push(...values);
    else touched.set(index, values);
  };
  const { current, ranges } = marks;
  // Where the browser paints highlights, only the current match's segment has marks; else every hit's segment.
  if (current) touch(current.segmentId, 'current', current.range, ranges?.get(current.segmentId));
  if (ranges && !paintsHighlights()) ranges.forEach((segmentRanges, id) => touch(id, segmentRanges));
  touch(marks.linked, 'linked');
  touch(marks.spoken, 'spoken');
  touch(marks.copied, 'copied');
  return touched;
}

/**
 * The first `rendered` segments' items (topic headings with them) in blocks of BLOCK_SEGMENTS
 * segments; a block is rendered again only when `shared` changes, it grows, or a segment in it
 * is `touched` differently than last time.
 */
export function segmentBlocks(
  items: readonly TranscriptItem[],
  rendered: number,
  touched: ReadonlyMap<number, readonly unknown[]>,
  shared: readonly unknown[],
  view: (item: TranscriptItem) => unknown,
) {
  const blocks: TranscriptItem[][] = [];
  for (const item of items) {
    if (item.index >= rendered) break;
    (blocks[Math.floor(item.index / BLOCK_SEGMENTS)] ??= []).push(item);
  }
  return blocks.map((block, at) => {
    const depends = [...shared, block[0], block.length];
    for (let index = at * BLOCK_SEGMENTS; index < (at + 1) * BLOCK_SEGMENTS; index++) {
      const values = touched.get(index);
      if (values) depends.push(index, ...values);
    }
    return guard(depends, () => html`<div class="block">${block.map(view)}</div>`);
  });
}
