import { html, nothing } from 'lit';
import type { TranscriptStrings } from '../common/strings.js';
import type { QuoteSelectionController } from './quote-selection.js';

/** Keeps the page's selection when a toolbar button is pressed with a mouse (a click would otherwise clear it first). */
const keepSelection = (event: MouseEvent) => event.preventDefault();

/**
 * The toolbar at a selection: the actions on a passage of one speaker, or why a selection of
 * several speakers cannot be quoted. The controller places it next to the selection.
 */
export function quoteToolbar(quoting: QuoteSelectionController, terms: TranscriptStrings) {
  const { selection } = quoting;
  if (selection?.kind === 'across') return html`<p class="quote-toolbar quote-note">${terms.quoteAcrossSpeakers}</p>`;
  if (!selection) return nothing;
  return html`
    <div class="quote-toolbar" role="toolbar" aria-label=${terms.quoteToolbar} aria-describedby="quote-keys"
      @keydown=${quoting.onKeyDown} @mousedown=${keepSelection}>
      <button type="button" @click=${() => quoting.copyQuote()}>${terms.copyQuote}</button>
      <button type="button" @click=${() => quoting.copyLink()}>${terms.copyLink}</button>
      ${quoting.embeddable ? html`<button type="button" title=${terms.embedQuoteHint}
        @click=${() => void quoting.copyEmbed()}>${terms.embedQuote}</button>` : nothing}
      <span id="quote-keys" hidden>${terms.quoteKeyboardHint}</span>
    </div>
  `;
}
