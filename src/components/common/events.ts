import type { PassageSegment } from '../../core/passage.js';
import type { SearchHit } from '../../core/search.js';

/** The details of the events Verbatim's elements fire, by name. */
export interface VerbatimEventDetails {
  'verbatim-error': { message: string };
  'verbatim-search': { query: string; hits: SearchHit[] };
  /**
   * `start` and `end` are offsets into the text of segment `segmentId`, where the passage begins;
   * `segments` lists every segment's part of a passage across segments of one speaker's turn.
   */
  'verbatim-quote-select': { text: string; segmentId: string; start: number; end: number; segments: PassageSegment[] };
  'verbatim-slide-change': { index: number; quoteId: string };
}

export type VerbatimEventName = keyof VerbatimEventDetails;

/** Fires `name` on `target`, bubbling and crossing shadow roots, as every Verbatim event does. */
export function emit<Name extends VerbatimEventName>(target: EventTarget, name: Name, detail: VerbatimEventDetails[Name]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'verbatim-error': CustomEvent<VerbatimEventDetails['verbatim-error']>;
    'verbatim-search': CustomEvent<VerbatimEventDetails['verbatim-search']>;
    'verbatim-quote-select': CustomEvent<VerbatimEventDetails['verbatim-quote-select']>;
    'verbatim-slide-change': CustomEvent<VerbatimEventDetails['verbatim-slide-change']>;
  }
}
