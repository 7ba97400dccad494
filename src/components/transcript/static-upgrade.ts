import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lookup } from '../../core/lookup.js';
import type { Transcript } from '../../core/types.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Segments rendered below the last one in view before the upgrade: about a screen's worth. */
const SEGMENTS_BELOW_VIEW = 8;

/** Frames to keep scrolling the reader's segment to its place while the page below it renders. */
const KEEP_FRAMES = 10;

/** Space kept between the sticky bar and a linked segment brought below it. */
const CLEARANCE_PX = 8;

/** Where the reader is: a paragraph of the static transcript, its distance from the top of the view, and whether a link sent them there. */
interface Place {
  segmentId: string;
  top: number;
  linked: boolean;
}

/** The paragraph that the page's fragment names (`:target` misses a fragment set by history.replaceState). */
const isLinked = (paragraph: HTMLElement): boolean => `#${paragraph.id}` === location.hash;

/** The last of `paragraphs` (in document order) whose top is above the bottom of the view; binary search. */
function lastInView(paragraphs: readonly HTMLElement[]): HTMLElement | undefined {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle]!.getBoundingClientRect().top < innerHeight) low = middle + 1;
    else high = middle;
  }
  return paragraphs[low - 1];
}

/** The paragraph the reader is at: the fragment's target when in view, else the one across the middle of the view. */
function readerAt(paragraphs: readonly HTMLElement[]): HTMLElement | undefined {
  const inView = (paragraph: Element | null | undefined) => {
    const box = paragraph?.getBoundingClientRect();
    return box !== undefined && box.bottom > 0 && box.top < innerHeight;
  };
  const target = paragraphs.find(isLinked);
  if (target && inView(target)) return target;
  return paragraphs.find((paragraph) => paragraph.getBoundingClientRect().bottom > innerHeight / 2) ?? paragraphs.find(inView);
}

/**
 * Upgrades a transcript given as static HTML (`verbatim html transcript`: paragraphs with
 * `data-segment-id` in the element's light DOM) in place. The static paragraphs stay in view
 * while the element renders its own segments out of sight, until every segment down to the
 * last one in view is rendered; then the two swap in one frame and the page scrolls by however
 * much the view above the reader's paragraph differs, so that the paragraph the reader is at
 * stays where it was on the screen; the one a `#fragment` or text fragment scrolled to stays
 * there too, unless it would be under the element's sticky bar: then it goes just below it.
 * Without static paragraphs, or once upgraded, it does nothing.
 */
export class StaticUpgrade implements ReactiveController {
  private paragraphs: HTMLElement[] = [];
  private place: Place | undefined;
  private upgraded = false;
  private waiting: (() => void)[] = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Whether the element has static paragraphs that it has not replaced yet. */
  get active(): boolean {
    return !this.upgraded && this.paragraphs.length > 0;
  }

  /**
   * Whether the static paragraphs must stay: some of those in view, or of the few below them,
   * are not rendered yet (`rendered` segments are). Those below keep the page tall enough to
   * scroll the reader's segment to its place when segments are shorter than their paragraphs.
   */
  holding(transcript: Transcript | undefined, rendered: number): boolean {
    if (!this.active || !transcript) return false;
    const last = lastInView(this.paragraphs)?.dataset.segmentId;
    if (last === undefined) return false;
    const needed = Math.min(lookup(transcript).segmentIndex(last) + SEGMENTS_BELOW_VIEW, transcript.segments.length - 1);
    return rendered <= needed;
  }

  /** While the static paragraphs stay: resolves once the element's view replaced them (or it left the page). */
  get pending(): Promise<void> | undefined {
    return this.active ? new Promise((resolve) => this.waiting.push(resolve)) : undefined;
  }

  hostUpdate(): void {
    if (this.upgraded) return;
    this.paragraphs = [...this.host.querySelectorAll<HTMLElement>('[data-segment-id]')];
    // Only a reader scrolled into the transcript has a place to keep: above it, the element's top stays put.
    const paragraph = this.fallbackInView() && this.host.getBoundingClientRect().top < 0 ? readerAt(this.paragraphs) : undefined;
    this.place = paragraph && { segmentId: paragraph.dataset.segmentId!, top: paragraph.getBoundingClientRect().top, linked: isLinked(paragraph) };
  }

  hostUpdated(): void {
    if (!this.active || this.fallbackInView()) return;
    this.upgraded = true;
    const place = this.place;
    if (place) this.keep(place);
    this.release();
  }

  hostDisconnected(): void {
    this.release();
  }

  /**
   * Scrolls the element's segment of `place` to where its static paragraph was, or, for the
   * segment a link named, below the sticky bar when the browser had scrolled its paragraph to
   * where the bar now is (the static page has no bar). Blocks of
   * segments skip their layout off screen (content-visibility) with an estimated height until
   * first laid out: the segment would be measured at an estimated place, and those above would
   * take their real heights a frame later and move the reader. So every block is laid out for
   * real for two frames (long enough for each to remember its size), then those off screen skip
   * again, at that size. Until the segment is in place (a page may be too short to scroll that far
   * until the segments below are rendered) it is scrolled again on the next frames, unless the
   * reader scrolled in the meantime.
   */
  private keep(place: Place): void {
    const root = this.host.renderRoot;
    const segment = root.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(place.segmentId)}"]`);
    if (!segment) return;
    const blocks = [...root.querySelectorAll<HTMLElement>('.block')];
    for (const block of blocks) block.style.contentVisibility = 'visible';
    // The reader is inside the transcript, so the bar is stuck to the top of the view.
    const barHeight = root.querySelector('.toolbar')?.getBoundingClientRect().height ?? 0;
    const top = place.linked ? Math.max(place.top, barHeight + CLEARANCE_PX) : place.top;
    let scrolledTo = scrollY;
    /** Scrolls the segment to its place; whether it is there now. */
    const align = (): boolean => {
      const drift = segment.getBoundingClientRect().top - top;
      if (Math.abs(drift) >= 1) scrollBy({ top: drift, behavior: 'instant' });
      scrolledTo = scrollY;
      return Math.abs(segment.getBoundingClientRect().top - top) < 1;
    };
    let aligned = align();
    let frame = 0;
    const follow = () => requestAnimationFrame(() => {
      if (scrollY !== scrolledTo || !segment.isConnected) return;
      frame += 1;
      if (frame === 2) {
        // Chrome counts a change of a block in view as a layout shift: those near the view stay laid out.
        const far = blocks.filter((block) => {
          const box = block.getBoundingClientRect();
          return box.bottom < -innerHeight || box.top > 2 * innerHeight;
        });
        for (const block of far) block.style.contentVisibility = '';
      }
      if (!aligned || frame === 2) aligned = align();
      if (frame < 2 || (!aligned && frame < KEEP_FRAMES)) follow();
    });
    follow();
  }

  /** Whether the static paragraphs show: the element's fallback is not hidden. */
  private fallbackInView(): boolean {
    return this.host.renderRoot.querySelector('.fallback')?.hasAttribute('hidden') === false;
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }
}
