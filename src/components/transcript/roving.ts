import type { ReactiveControllerHost } from 'lit';

const SEGMENT = '[part~=segment]';
/** Keys that move between passages, unless a modifier is held (Shift+arrows select words). */
const MOVES = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

/**
 * The passages as one tab stop (roving tabindex, as the WAI-ARIA Authoring Practices describe
 * it): the active passage has tabindex 0, the others -1. Up and Down move to the next passage,
 * Home and End to the first and last, Page Up and Page Down by a screenful; Enter moves into the
 * passage's buttons (Tab reaches them too), Escape from a button back to its passage. Focus
 * that lands in a passage any other way (a click, a link) makes it the active one.
 */
export class RovingFocus {
  /** The passage the tab stop is on; undefined for the first one shown. */
  activeId: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The id of the passage to make the tab stop among those shown (`shown` in order). */
  activeAmong(shown: readonly string[]): string | undefined {
    return this.activeId !== undefined && shown.includes(this.activeId) ? this.activeId : shown[0];
  }

  readonly focusin = (event: FocusEvent): void => {
    const segment = (event.target as Element).closest<HTMLElement>(SEGMENT);
    const id = segment?.dataset.segmentId;
    if (id === undefined || id === this.activeId) return;
    this.activeId = id;
    this.host.requestUpdate();
  };

  readonly keydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    const segment = target.closest<HTMLElement>(SEGMENT);
    if (!segment) return;
    if (target !== segment) {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      segment.focus();
      return;
    }
    if (event.key === 'Enter') {
      const first = segment.querySelector<HTMLElement>('button');
      if (!first) return;
      event.preventDefault();
      first.focus();
      return;
    }
    if (!MOVES.has(event.key)) return;
    const all = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>(SEGMENT)];
    const next = all[this.indexFrom(all, all.indexOf(segment), event.key)];
    event.preventDefault();
    if (!next || next === segment) return;
    this.activeId = next.dataset.segmentId;
    this.host.requestUpdate();
    // Scrolled first, then focused without scrolling: Firefox scrolls a focused element to the
    // view's edge after focus events, under the sticky bar; scrollIntoView keeps its scroll-margin.
    next.scrollIntoView({ block: 'nearest' });
    next.focus({ preventScroll: true });
  };

  /** Where `key` moves from passage `at` of `all`. */
  private indexFrom(all: HTMLElement[], at: number, key: string): number {
    const last = all.length - 1;
    switch (key) {
      case 'ArrowDown': return Math.min(last, at + 1);
      case 'ArrowUp': return Math.max(0, at - 1);
      case 'Home': return 0;
      case 'End': return last;
      default: {
        // A screenful away: the passage nearest the current one's top moved by the viewport's height.
        const top = all[at]!.getBoundingClientRect().top + (key === 'PageDown' ? innerHeight : -innerHeight) * 0.8;
        if (key === 'PageDown') {
          const index = all.findIndex((element, index) => index > at && element.getBoundingClientRect().top >= top);
          return index < 0 ? last : index;
        }
        let index = at - 1;
        while (index > 0 && all[index]!.getBoundingClientRect().top > top) index -= 1;
        return Math.max(0, index);
      }
    }
  }
}
