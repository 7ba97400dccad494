import { html } from 'lit';
import { lookup } from '../../core/lookup.js';
import type { Segment, Transcript } from '../../core/types.js';
import type { TranscriptStrings } from '../common/strings.js';
import type { TranscriptItem } from './layout.js';
import type { Occurrence } from './occurrences.js';
import type { RovingFocus } from './roving.js';
import { segmentView, topicHeading } from './views.js';
import type { SegmentActions } from './views.js';

export interface PassagesInput {
  transcript: Transcript;
  /** The items rendered so far, in order. */
  items: readonly TranscriptItem[];
  /** Whether a segment is shown (filters, "Show matches only"); the others are collapsed. */
  shows(segment: Segment): boolean;
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

/**
 * The passages and chapter headings, one tab stop (arrow keys move between passages), then the
 * end of the transcript that the skip link goes to. A passage by the speaker of the one before
 * it shows no name (the speaker's turn goes on); a run of passages hidden by the filters or by
 * "Show matches only" is one line that says how many; every chapter heading stays.
 */
export function passages(input: PassagesInput) {
  const { items, shows, roving, terms } = input;
  const shown = items.flatMap((item) => (item.kind === 'segment' && shows(item.segment) ? [item.segment.id] : []));
  const active = roving.activeAmong(shown);
  const parts: unknown[] = [];
  let previousSpeaker: string | undefined;
  let hidden = 0;
  const flushHidden = () => {
    if (hidden) parts.push(html`<p class="collapsed">${terms.hiddenPassages(hidden)}</p>`);
    if (hidden) previousSpeaker = undefined;
    hidden = 0;
  };
  for (const item of items) {
    if (item.kind === 'topic') {
      flushHidden();
      parts.push(topicHeading(item.topic));
      previousSpeaker = undefined;
    } else if (!shows(item.segment)) {
      hidden += 1;
    } else {
      flushHidden();
      parts.push(passage(input, item.segment, item.index, previousSpeaker === item.segment.speaker, item.segment.id === active));
      previousSpeaker = item.segment.speaker;
    }
  }
  flushHidden();
  return html`
    <div class="segments" role="group" aria-label=${terms.passagesLabel} @keydown=${roving.keydown} @focusin=${roving.focusin}>${parts}</div>
    <p class="transcript-end visually-hidden" tabindex="-1">${terms.transcriptEnd}</p>`;
}

function passage(input: PassagesInput, segment: Segment, index: number, continued: boolean, active: boolean) {
  const { transcript, match, terms } = input;
  const here = match?.segmentId === segment.id ? match : undefined;
  return segmentView({
    segment, index, speaker: lookup(transcript).speaker(segment.speaker)?.name ?? segment.speaker, continued, active,
    ranges: input.ranges?.get(segment.id), current: here?.first ?? -1, currentLast: here?.last ?? -1,
    linked: input.linked === segment.id, spoken: input.spoken === segment.id, copied: input.copied === segment.id,
    playable: input.playable, terms,
  }, input.actions);
}

/** The link past the transcript, first in its tab order: to the end of the passages. */
export const skipLink = (terms: TranscriptStrings, root: () => ParentNode) => html`<button class="skip" type="button"
  @click=${() => root().querySelector<HTMLElement>('.transcript-end')?.focus()}>${terms.skipTranscript}</button>`;
