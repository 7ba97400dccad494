import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../shared/define.js';
import { TranscriptData } from '../shared/transcript-data.js';
import type { Transcript } from '../../core/types.js';

/**
 * Placeholder until its issue lands.
 * @summary <verbatim-transcript>
 * @csspart base - The component's base wrapper.
 * @csspart error - The message shown when data cannot be used.
 */
@defineElement('verbatim-transcript')
export class VerbatimTranscript extends LitElement {
  /** The transcript to show; overrides `src` and the bundled interview. */
  @property({ attribute: false }) transcript?: Transcript;
  /** URL of a transcript file in any supported format. */
  @property() src?: string;

  private readonly data = new TranscriptData(this, () => import('../../data/interview.js').then((m) => m.interview));

  override render() {
    const { state } = this.data;
    if (state.status === 'error') return html`<p part="error" role="alert">${state.message}</p>`;
    if (state.status === 'loading') return html`<div part="base" aria-busy="true"></div>`;
    return html`<div part="base">${state.transcript.title}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verbatim-transcript': VerbatimTranscript;
  }
}
