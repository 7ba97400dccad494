import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { blocksIn, paintsHighlights, recordSkippedBlocks, skippedBlocks } from './blocks.js';

/** The highlight every transcript on the page paints its matches with (`::highlight(verbatim-match)`). */
export const MATCH_HIGHLIGHT = 'verbatim-match';

type Ranges = readonly (readonly [number, number])[];

const sameRanges = (a: Ranges, b: Ranges): boolean =>
  a.length === b.length && a.every(([start, end], at) => start === b[at]![0] && end === b[at]![1]);

/** The page's shared highlight of matches, registered on first use. */
function sharedHighlight(): Highlight {
  let highlight = CSS.highlights.get(MATCH_HIGHLIGHT);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(MATCH_HIGHLIGHT, highlight);
  }
  return highlight;
}

/** A segment's text node, when it is one piece of text (no marks in it). */
function textNode(segment: Element): Text | undefined {
  const paragraph = segment.querySelector('.text');
  const nodes = paragraph ? [...paragraph.childNodes].filter((node): node is Text => node.nodeType === Node.TEXT_NODE) : [];
  return nodes.length === 1 ? nodes[0] : undefined;
}

/** What the host shows now: the matches' ranges per segment id, and the segment whose matches are `<mark>` elements (the current match's). */
export interface ShownMatches {
  ranges: ReadonlyMap<string, Ranges> | undefined;
  marked: string | undefined;
}

/**
 * Paints a transcript's matches with the CSS Custom Highlight API, where the browser has it:
 * ranges over the segments' text in one shared `Highlight`, so that a keystroke changes no DOM
 * in the segments (thousands of `<mark>` elements for a common word in a long transcript), and
 * only the segments whose matches changed are touched. The current match's segment keeps
 * `<mark>` elements (the current match is an element with its part); so does every segment in
 * a browser without the API (the segment view decides, with `paintsHighlights`). Blocks the
 * browser skips (`content-visibility: auto` off screen: `skippedBlocks`) are painted once they
 * come into view: a common word is thousands of ranges at ×30.
 */
export class MatchHighlights implements ReactiveController {
  /** Per segment id, the ranges painted, the text and block they are in, and their highlight ranges. */
  private readonly painted = new Map<string, { ranges: Ranges; text: Text; block: Element; highlighted: StaticRange[] }>();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly root: () => ParentNode,
    private readonly shown: () => ShownMatches,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // An update that runs after removal paints nothing: the page's shared highlight would keep its text alive.
    if (!paintsHighlights() || !this.host.isConnected) return;
    const { ranges, marked } = this.shown();
    const highlight = sharedHighlight();
    for (const [id, entry] of this.painted) {
      const wanted = id === marked ? undefined : ranges?.get(id);
      // A skipped block's ranges are brought up to date once it is in view.
      if (skippedBlocks.has(entry.block) || (wanted && sameRanges(wanted, entry.ranges) && entry.text.isConnected)) continue;
      entry.highlighted.forEach((range) => highlight.delete(range));
      this.painted.delete(id);
    }
    if (!ranges?.size) return;
    // Blocks in view (or not yet known to be skipped), not every hit: a common word is thousands.
    // (The list's children: a selector would walk every node of a long transcript.)
    for (const block of blocksIn(this.root()) ?? []) {
      if (skippedBlocks.has(block)) continue;
      for (const segment of block.children) {
        const id = (segment as HTMLElement).dataset.segmentId;
        const wanted = id === undefined || id === marked || this.painted.has(id) ? undefined : ranges.get(id);
        const text = wanted?.length ? textNode(segment) : undefined;
        if (!text) continue;
        const highlighted = wanted!.map(([start, end]) => new StaticRange({ startContainer: text, startOffset: start, endContainer: text, endOffset: end }));
        highlighted.forEach((range) => highlight.add(range));
        this.painted.set(id!, { ranges: wanted!, text, block, highlighted });
      }
    }
  }

  hostConnected(): void {
    this.root().addEventListener('contentvisibilityautostatechange', this.visibilityChanged, { capture: true });
    // Painted again after a move in the page.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.root().removeEventListener('contentvisibilityautostatechange', this.visibilityChanged, { capture: true });
    if (!paintsHighlights()) return;
    const highlight = sharedHighlight();
    this.painted.forEach((entry) => entry.highlighted.forEach((range) => highlight.delete(range)));
    this.painted.clear();
  }

  /**
   * A block coming into view is painted. The set is brought up to date here too: this listener
   * runs before the list's, and the update it asks for runs in between (a microtask).
   */
  private readonly visibilityChanged = (event: Event): void => {
    recordSkippedBlocks.handleEvent(event);
    if (!skippedBlocks.has(event.target as Element)) this.host.requestUpdate();
  };
}
