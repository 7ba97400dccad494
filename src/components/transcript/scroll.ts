/** Frames to keep a target centred while segments around it are laid out for the first time. */
const SCROLL_SETTLE_FRAMES = 5;

/**
 * Scrolls `target` to the middle of the view, again on the next frames while it moves: segments
 * skipped by content-visibility have estimated heights until they are first laid out, and a
 * browser may not scroll to an element inside a skipped segment, so its segment comes first.
 */
export function scrollSteadily(target: HTMLElement, frames = SCROLL_SETTLE_FRAMES): void {
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
