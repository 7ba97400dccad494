/** Frames to keep a target centred while segments around it are laid out for the first time. */
const SCROLL_SETTLE_FRAMES = 5;

/**
 * Scrolls `target` to the middle of the view, again on the next frames while it moves: segments
 * skipped by content-visibility have estimated heights until they are first laid out, and a
 * browser may not scroll to an element inside a skipped segment, so its segment comes first.
 */
function scrollSteadily(target: HTMLElement, frames = SCROLL_SETTLE_FRAMES): void {
  const segment = target.closest('[part~=segment]') ?? target;
  segment.scrollIntoView({ block: 'center' });
  let top = Number.NaN;
  const settle = (left: number) => requestAnimationFrame(() => {
    if (!target.isConnected || target.getBoundingClientRect().top === top) return;
    target.scrollIntoView({ block: 'center' });
    top = target.getBoundingClientRect().top;
    if (left > 0) settle(left - 1);
  });
  settle(frames);
}

/** Per transcript's root, the segment its current match was last scrolled to. */
const matchSegments = new WeakMap<ParentNode, Element>();

/**
 * What a transcript scrolls to once it is rendered: the current match of a search (when it moved
 * to another segment), the current match the reader stepped to (always), or a linked segment.
 */
export type ScrollTarget = 'match' | 'step' | 'linked';

/**
 * Scrolls `pending` into view (focusing a linked segment) when it is rendered: `segment` is the
 * rendered segment it is in (the linked one, or the current match's), if any. Returns what is
 * still pending: the target when it is not rendered yet, unless `settled` says that it never
 * will be (everything is rendered, or there is no match). The current match is scrolled to as
 * the reader types only when it is in another segment than the last one: typing on within a
 * segment keeps the page still (scrolling forces a layout, and re-scrolls for frames after it).
 * A match stepped to is scrolled to wherever it is.
 */
export function scrollToPending(root: ParentNode, pending: ScrollTarget | undefined, segment: HTMLElement | null, settled: boolean): ScrollTarget | undefined {
  if (!pending) return undefined;
  const target = pending === 'linked' ? segment : segment?.querySelector<HTMLElement>('[part~=current-match]');
  if (!segment || !target) return settled ? undefined : pending;
  if (pending === 'linked') target.focus({ preventScroll: true });
  if (pending === 'match' && matchSegments.get(root) === segment) return undefined;
  matchSegments.set(root, segment);
  scrollSteadily(target);
  return undefined;
}
