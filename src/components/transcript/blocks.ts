import { lookup } from '../../core/lookup.js';
import type { Transcript } from '../../core/types.js';

/** Whether the browser paints highlights itself: the CSS Custom Highlight API. */
export const paintsHighlights = (): boolean =>
  typeof CSS !== 'undefined' && CSS.highlights !== undefined && typeof Highlight === 'function' && typeof StaticRange === 'function';

/**
 * Segments per block. A block is one `content-visibility: auto` box (the browser skips the
 * layout and paint of whole blocks off screen, cheaper than deciding it per segment) and one
 * guarded part: an update visits only the blocks whose segments changed, not every segment.
 */
export const BLOCK_SEGMENTS = 32;

/** Blocks the browser skips now (off screen), as their `contentvisibilityautostatechange` events said. */
export const skippedBlocks = new WeakSet<Element>();

/**
 * Keeps `skippedBlocks` up to date (the event does not bubble, hence the capture), from the
 * list's first render: what reads the set (the highlight painter) loads with the search code,
 * after the blocks said where they are.
 */
export const recordSkippedBlocks = {
  capture: true,
  handleEvent(event: Event): void {
    if ((event as Event & { skipped?: boolean }).skipped) skippedBlocks.add(event.target as Element);
    else skippedBlocks.delete(event.target as Element);
  },
};

/** The blocks of segments rendered in `root`, in order. */
export const blocksIn = (root: ParentNode): HTMLCollection | undefined => root.querySelector('.segments')?.children;

/**
 * The rendered element of the segment at `index` (id `id`) in `root`, looked up in its block:
 * a selector over the whole of a long transcript costs milliseconds a keystroke.
 */
export function segmentElement(root: ParentNode, index: number, id: string): HTMLElement | null {
  const block = blocksIn(root)?.[Math.floor(index / BLOCK_SEGMENTS)];
  return block?.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(id)}"]`) ?? null;
}

/** What makes a segment look other than its data says: the state its view depends on. */
export interface SegmentMarks {
  /** The current match (its segment shows `<mark>` elements) and the matches' ranges per segment id. */
  current: { segmentId: string; first: number; last: number } | undefined;
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
  if (current) touch(current.segmentId, 'current', current.first, current.last, ranges?.get(current.segmentId));
  if (ranges && !paintsHighlights()) ranges.forEach((segmentRanges, id) => touch(id, segmentRanges));
  touch(marks.linked, 'linked');
  touch(marks.spoken, 'spoken');
  touch(marks.copied, 'copied');
  return touched;
}
