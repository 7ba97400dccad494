import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { blocksIn } from './blocks.js';

export interface ReadingPositionOptions {
  /** The start time of a segment id, when it has one. */
  startOf(segmentId: string): number | undefined;
}

/** Space kept between the sticky bar and a control brought into view below it. */
const CLEARANCE_PX = 8;

/**
 * Where the reader is, under the sticky search bar: the chapter whose heading last went under
 * the bar and the time of the first passage below it, kept as the page scrolls. It also keeps
 * focus from hiding under the bar: the bar's height is the segments' `scroll-margin` (as
 * `--_bar-size`), and a control that gets focus under the bar (Shift+Tab upwards, a click at the
 * edge) is scrolled clear of it.
 */
export class ReadingPosition implements ReactiveController {
  /** The id of the heading of the chapter being read, if the reader is in one. */
  headingId: string | undefined;
  /** The start time of the first passage below the bar, when it has one. */
  time: number | undefined;
  private frame = 0;
  private resizes: ResizeObserver | undefined;
  private observed: Element | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ReadingPositionOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capturing: scroll events do not bubble, and the transcript may sit in a scrolling box.
    window.addEventListener('scroll', this.scrolled, { passive: true, capture: true });
    this.host.addEventListener('focusin', this.focused);
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.scrolled, { capture: true });
    this.host.removeEventListener('focusin', this.focused);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resizes?.disconnect();
    this.resizes = undefined;
    this.observed = undefined;
  }

  hostUpdated(): void {
    // An update that runs after removal observes nothing: the observer would outlive the element.
    if (!this.host.isConnected) return;
    const bar = this.bar();
    if (bar && bar !== this.observed && typeof ResizeObserver === 'function') {
      this.resizes?.disconnect();
      this.resizes = new ResizeObserver(() => this.measureBar());
      this.resizes.observe(bar);
      this.observed = bar;
    }
    this.scrolled();
  }

  private bar(): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.toolbar');
  }

  private measureBar(): void {
    const bar = this.bar();
    const base = bar?.parentElement;
    if (bar && base) base.style.setProperty('--_bar-size', `${Math.ceil(bar.getBoundingClientRect().height)}px`);
  }

  /** Reads the position once per frame however many scroll events come. */
  private readonly scrolled = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.read();
    });
  };

  /**
   * Reads the chapter and passage at the bar's bottom edge. Only the block of passages across
   * that line is measured inside: measuring a passage in a block the browser skips (off screen)
   * would lay that block out, and a reader deep in a long transcript has hundreds above.
   */
  private read(): void {
    const root = this.host.shadowRoot;
    const bar = this.bar();
    if (!root || !bar) return;
    const line = bar.getBoundingClientRect().bottom + 1;
    const blocks = (blocksIn(root) ?? []) as ArrayLike<HTMLElement>;
    // The first block whose bottom is below the line (blocks are in page order).
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (blocks[middle]!.getBoundingClientRect().bottom <= line) low = middle + 1;
      else high = middle;
    }
    let headingId: string | undefined;
    let first: string | undefined;
    for (const child of (blocks[low]?.children ?? []) as Iterable<HTMLElement>) {
      const box = child.getBoundingClientRect();
      if (child.matches('h2.topic')) {
        if (box.top > line) break;
        headingId = child.id;
      } else if (child.dataset.segmentId !== undefined && box.bottom > line) {
        first = child.dataset.segmentId;
        break;
      }
    }
    // A chapter that began in an earlier block: the last heading above.
    for (let at = low - 1; headingId === undefined && at >= 0; at--) {
      const headings = blocks[at]!.querySelectorAll('h2.topic');
      headingId = headings[headings.length - 1]?.id;
    }
    first ??= blocks[low + 1]?.querySelector<HTMLElement>('[part~=segment]')?.dataset.segmentId;
    const time = first === undefined ? undefined : this.options.startOf(first);
    if (headingId === this.headingId && time === this.time) return;
    this.headingId = headingId;
    this.time = time;
    this.host.requestUpdate();
  }

  private readonly focused = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    const bar = this.bar();
    if (!(target instanceof HTMLElement) || !bar || bar.contains(target) || getComputedStyle(bar).position !== 'sticky') return;
    const under = bar.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    if (rect.top >= under.bottom || rect.bottom <= under.top) return;
    // Scrolls every scrolling ancestor, however the page is laid out; the scroll-margin keeps it below the bar.
    target.scrollIntoView({ block: 'start' });
    const barBottom = bar.getBoundingClientRect().bottom;
    if (target.getBoundingClientRect().top < barBottom) window.scrollBy(0, target.getBoundingClientRect().top - barBottom - CLEARANCE_PX);
  };
}
