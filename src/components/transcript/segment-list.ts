import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { lookup } from '../../core/lookup.js';
import type { Segment, Transcript } from '../../core/types.js';
import type { TranscriptStrings } from '../common/strings.js';
import { BLOCK_SEGMENTS, recordSkippedBlocks } from './blocks.js';
import type { TranscriptItem } from './layout.js';
import type { Occurrence } from './occurrences.js';
import type { RovingFocus } from './roving.js';
import { segmentView, topicHeading } from './views.js';
import type { SegmentActions } from './views.js';

export interface PassagesInput {
  transcript: Transcript;
  /** The items in order, and how many segments of them are rendered so far. */
  items: readonly TranscriptItem[];
  rendered: number;
  /** Whether a segment is shown (filters, "Show matches only"); the others are collapsed. */
  shows(segment: Segment): boolean;
  /** What `shows` depends on: a block is rendered again when one of these changes. */
  showsDependsOn: readonly unknown[];
  /** Per segment index, what its view depends on beyond its data (see touchedSegments). */
  touched: ReadonlyMap<number, readonly unknown[]>;
  roving: RovingFocus;
  /** The marks per segment id and the occurrence the reader is at. */
  ranges: Map<string, [number, number][]> | undefined;
  match: Occurrence | undefined;
  /** The ids of the linked segment, the one being spoken and the one whose link was just copied. */
  linked: string | undefined;
  spoken: string | undefined;
  copied: string | undefined;
  playable: boolean;
  terms: TranscriptStrings;
  actions: SegmentActions;
}

/** One line of the list: a chapter heading, a passage, or a run of hidden passages. */
type Entry =
  | { kind: 'topic'; item: Extract<TranscriptItem, { kind: 'topic' }> }
  | { kind: 'hidden'; count: number }
  | { kind: 'passage'; segment: Segment; index: number; continued: boolean };

/**
 * The passages and chapter headings, one tab stop (arrow keys move between passages), then the
 * end of the transcript that the skip link goes to. A passage by the speaker of the one before
 * it shows no name (the speaker's turn goes on); a run of passages hidden by the filters or by
 * "Show matches only" is one line that says how many; every chapter heading stays.
 *
 * The lines are laid out in blocks of BLOCK_SEGMENTS segments: a block is one
 * `content-visibility: auto` box and one guarded part, so an update renders again only the
 * blocks whose lines or segments' state changed, not every passage.
 */
export function passages(input: PassagesInput) {
  const { roving, terms } = input;
  const { blocks, signatures, shown } = layoutOf(input);
  const active = roving.activeAmong(shown);
  const activeIndex = active === undefined ? -1 : lookup(input.transcript).segmentIndex(active);
  // Per block, the state of its segments that changed (marks, the active passage).
  const states: unknown[][] = blocks.map(() => []);
  for (const [index, values] of input.touched) states[Math.floor(index / BLOCK_SEGMENTS)]?.push(index, ...values);
  if (activeIndex >= 0) states[Math.floor(activeIndex / BLOCK_SEGMENTS)]?.push('active', activeIndex);
  const shared = [input.transcript, input.playable, terms, ...input.showsDependsOn];
  return html`
    <div class="segments" role="group" aria-label=${terms.passagesLabel} @keydown=${roving.keydown} @focusin=${roving.focusin}
      @contentvisibilityautostatechange=${recordSkippedBlocks}>${
      blocks.map((entries, at) => guard([...shared, ...signatures[at]!, ...states[at]!],
        () => html`<div class="block">${entries.map((entry) => entryView(input, entry, active))}</div>`))
    }</div>
    <p class="transcript-end visually-hidden" tabindex="-1">${terms.transcriptEnd}</p>`;
}

/** The lines of the rendered items in blocks, what each block shows, and the ids of the passages shown. */
interface Layout {
  rendered: number;
  showsDependsOn: readonly unknown[];
  blocks: Entry[][];
  signatures: unknown[][];
  shown: string[];
}

/** The last layout of each list of items: a keystroke changes none of what it depends on. */
const layouts = new WeakMap<readonly TranscriptItem[], Layout>();

const sameValues = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, at) => value === b[at]);

function layoutOf(input: PassagesInput): Layout {
  const { items, rendered, shows, showsDependsOn } = input;
  const known = layouts.get(items);
  if (known && known.rendered === rendered && sameValues(known.showsDependsOn, showsDependsOn)) return known;
  const blocks: Entry[][] = [];
  const shown: string[] = [];
  let previousSpeaker: string | undefined;
  let hidden = 0;
  let block: Entry[] = [];
  const flushHidden = () => {
    if (hidden) block.push({ kind: 'hidden', count: hidden });
    if (hidden) previousSpeaker = undefined;
    hidden = 0;
  };
  for (const item of items) {
    if (item.index >= rendered) break; // items are in text order
    block = blocks[Math.floor(item.index / BLOCK_SEGMENTS)] ??= [];
    if (item.kind === 'topic') {
      flushHidden();
      block.push({ kind: 'topic', item });
      previousSpeaker = undefined;
    } else if (!shows(item.segment)) {
      hidden += 1;
    } else {
      flushHidden();
      block.push({ kind: 'passage', segment: item.segment, index: item.index, continued: previousSpeaker === item.segment.speaker });
      previousSpeaker = item.segment.speaker;
      shown.push(item.segment.id);
    }
  }
  flushHidden();
  const signatures = blocks.map((entries) => [entries.length, ...entries.map(entrySignature)]);
  const layout = { rendered, showsDependsOn: [...showsDependsOn], blocks, signatures, shown };
  layouts.set(items, layout);
  return layout;
}

/** What an entry shows beyond its segment's state: its kind, segment, grouping or hidden count. */
const entrySignature = (entry: Entry): unknown =>
  entry.kind === 'topic' ? entry.item.topic : entry.kind === 'hidden' ? entry.count : `${entry.segment.id}${entry.continued ? '+' : ''}`;

function entryView(input: PassagesInput, entry: Entry, active: string | undefined) {
  if (entry.kind === 'topic') return topicHeading(entry.item.topic);
  if (entry.kind === 'hidden') return html`<p class="collapsed">${input.terms.hiddenPassages(entry.count)}</p>`;
  const { transcript, match, terms } = input;
  const { segment, index, continued } = entry;
  const here = match?.segmentId === segment.id ? match : undefined;
  return segmentView({
    segment, index, speaker: lookup(transcript).speaker(segment.speaker)?.name ?? segment.speaker, continued, active: segment.id === active,
    ranges: input.ranges?.get(segment.id), current: here?.first ?? -1, currentLast: here?.last ?? -1,
    linked: input.linked === segment.id, spoken: input.spoken === segment.id, copied: input.copied === segment.id,
    playable: input.playable, terms,
  }, input.actions);
}

/** The link past the transcript, first in its tab order: to the end of the passages. */
export const skipLink = (terms: TranscriptStrings, root: () => ParentNode) => html`<button class="skip" type="button"
  @click=${() => root().querySelector<HTMLElement>('.transcript-end')?.focus()}>${terms.skipTranscript}</button>`;
