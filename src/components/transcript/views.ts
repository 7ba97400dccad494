import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { formatTime } from '../../core/time.js';
import type { Segment, Topic } from '../../core/types.js';
import { INTERVIEW_CORRECTION_COUNT } from '../../data/provenance.js';
import type { InterviewProvenance } from '../../data/provenance.js';
import type { TranscriptStrings } from '../common/strings.js';
import { highlight } from './highlight.js';
import { topicHeadingId } from './layout.js';
import { paintsHighlights } from './blocks.js';

/** What one segment shows beyond its data. */
export interface SegmentState {
  segment: Segment;
  /** Its position in the transcript, from 0 (passages are named from 1). */
  index: number;
  speaker: string;
  /**
   * The matches in its text, and the ones of the occurrence the reader is at (-1 for none here).
   * Where the browser paints highlights (MatchHighlights), only the current match's segment has
   * `<mark>` elements.
   */
  ranges: [number, number][] | undefined;
  current: number;
  currentLast: number;
  /** The same speaker spoke the passage before: the name is for screen readers only. */
  continued: boolean;
  /** The passage the list's one tab stop is on: its buttons are in the tab order. */
  active: boolean;
  /** A link pointed at it; it is being spoken; its link was just copied; there is media to play it. */
  linked: boolean;
  spoken: boolean;
  copied: boolean;
  playable: boolean;
  terms: TranscriptStrings;
}

export interface SegmentActions {
  playFrom(segmentId: string): void;
  copyLink(segmentId: string): void;
  quote(segmentId: string): void;
}

/**
 * One segment of the transcript; the one template every segment goes through. Only segments
 * whose highlights, marks, buttons or words changed are rendered again.
 */
export function segmentView(state: SegmentState, actions: SegmentActions) {
  const { segment, ranges, current, currentLast, linked, copied, spoken, playable, continued, active, terms } = state;
  // A continued passage without a note or a time has no header row: its buttons float over its corner.
  const headless = continued && !segment.note && segment.start === undefined;
  const classes = `segment${linked ? ' linked' : ''}${spoken ? ' spoken' : ''}${headless ? ' headless' : ''}`;
  const marked = current >= 0 || !paintsHighlights() ? ranges : undefined;
  // Roving focus: only the active passage and its buttons are in the tab order.
  const stop = active ? nothing : '-1';
  // Lines break inside the tags: the indentation between them would be a text node per line in
  // every segment (thousands in a long transcript). One space is kept where two words meet.
  return guard([segment, marked, current, currentLast, linked, copied, spoken, playable, continued, active, terms], () => html`<div
    part="segment" class=${classes} data-segment-id=${segment.id} tabindex=${active ? '0' : '-1'} aria-current=${spoken ? 'time' : nothing}
    ><div class="segment-header"
      ><span part="speaker" class=${continued ? 'visually-hidden' : ''}>${state.speaker}</span> ${
        segment.note ? html`<span part="note" class="note">${terms.segmentNote(segment.note)}</span> ` : nothing}${
        segment.start === undefined ? nothing : timestamp(segment.id, segment.start, playable, stop, terms, actions)
      }<span class="actions"
        ><button class="copy-link" type="button" tabindex=${stop} aria-label=${terms.copyLinkTo(state.index + 1)} title=${terms.copyLinkHint}
          @click=${() => actions.copyLink(segment.id)}>${copied ? terms.linkCopiedButton : terms.copyLink}</button>
        <button class="quote-passage" type="button" tabindex=${stop} aria-label=${terms.quotePassageTo(state.index + 1)} title=${terms.quotePassageHint}
          @click=${() => actions.quote(segment.id)}>${terms.quotePassage}</button
      ></span
    ></div> <p class="text">${highlight(segment.text, marked, current, currentLast)}</p
  ></div>`);
}

/** A segment's start time, and the space after it: a button that plays from there when there is media to play. */
function timestamp(segmentId: string, start: number, playable: boolean, stop: '-1' | typeof nothing, terms: TranscriptStrings, actions: SegmentActions) {
  const time = formatTime(start);
  return playable
    ? html`<button part="timestamp" class="timestamp" type="button" tabindex=${stop} aria-label=${terms.playFrom(time)}
        @click=${() => actions.playFrom(segmentId)}>${time}</button> `
    : html`<span part="timestamp" class="timestamp">${time}</span> `;
}

export const topicHeading = (topic: Topic) => html`<h2 class="topic" id=${topicHeadingId(topic)} tabindex="-1">${topic.title}</h2>`;

/**
 * Where the bundled interview's words come from: "Corrected from the automatic captions in N
 * places", opening onto the policy and every correction (caption words → corrected words, why).
 */
/** The disclosure of the bundled interview's corrections: the list loads (`load`) when the reader opens it. */
export function provenanceView(provenance: InterviewProvenance | undefined, terms: TranscriptStrings, load: () => void) {
  return guard([provenance, terms], () => html`
    <details part="provenance" class="provenance" @toggle=${load}>
      <summary>${terms.corrections(INTERVIEW_CORRECTION_COUNT)}</summary>
      ${provenance ? html`
        ${provenance.policy.map((rule) => html`<p>${rule}</p>`)}
        <ol>
          ${provenance.corrections.map(({ raw, corrected, reason }) => html`<li>
            <q class="raw">${raw}</q> <span aria-hidden="true">→</span><span class="visually-hidden">${terms.correctedTo}</span>
            <q>${corrected}</q> <span class="reason">${reason}</span></li>`)}
        </ol>` : nothing}
    </details>
  `);
}
