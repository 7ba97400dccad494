import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { quoteAttribution, quotationText, speakerLabel } from '../../core/attribution.js';
import type { Attribution } from '../../core/attribution.js';
import { contextLink } from '../../core/links.js';
import { lookup } from '../../core/lookup.js';
import { closestIds, unknownIdMessage } from '../../core/suggest.js';
import type { Quote, Transcript } from '../../core/types.js';
import { safeUrl } from '../../core/url.js';
import { loadBundledQuote } from '../shared/bundled.js';
import { defineElement } from '../shared/define.js';
import { themeStyles } from '../shared/theme.styles.js';
import { TranscriptData } from '../shared/transcript-data.js';
import { quoteStyles } from './quote.styles.js';

/** What the element shows once its data is ready: the quote, or why it cannot. */
type QuoteView =
  | { ok: true; quote: Quote; attribution: Attribution; language: string }
  | { ok: false; message: string };

export const COPIED = 'Copied';
export const COPY_REFUSED = 'Could not copy: the browser refused access to the clipboard.';

/**
 * One attributed quotation from a transcript, for an article: the words, who said them and
 * where, a "Read in context" link (with `href`) that opens the transcript page at that
 * segment with the words highlighted, and a button that copies quote, attribution and link.
 *
 * Place a `<blockquote>` with the same quote inside the element (`verbatim embed quote <id>`
 * or `embedQuoteSnippet()` writes it): it shows before the script runs, while the data loads
 * and if the data cannot be loaded. To keep the page still when the element upgrades, lay the
 * fallback out like the element (the snippet does it with inline styles), and apply the rules
 * to `verbatim-quote`, not only to `verbatim-quote:not(:defined)`: the fallback also shows,
 * inside the defined element, while the data loads.
 *
 * ```css
 * verbatim-quote { display: block; }
 * verbatim-quote > blockquote {
 *   margin: 0; border: 0; border-inline-start: 4px solid var(--verbatim-accent, #b4235a);
 *   padding: var(--verbatim-spacing, 1rem);
 *   // the row of "Read in context" and "Copy" (0.75rem + 2.75rem) that the element adds
 *   padding-block-end: calc(var(--verbatim-spacing, 1rem) + 3.5rem);
 * }
 * verbatim-quote > blockquote > p { margin: 0; font: 1.2rem/1.5 var(--verbatim-font, ui-serif, Georgia, 'Times New Roman', serif); }
 * verbatim-quote > blockquote > footer { margin: 0.75rem 0 0; font: 0.9rem/1.4 var(--verbatim-ui-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif); }
 * ```
 * With the same words in the fallback (footer: `— Name (role), <cite>Title</cite>`), the
 * element then takes exactly the fallback's room.
 *
 * @summary An embeddable, attributed quote with a link to its context and a copy button.
 * @slot - Fallback shown until the quote is ready and when it cannot be shown: a `<blockquote>`.
 * @csspart base - The `<figure>` holding the quote.
 * @csspart text - The `<blockquote>` with the quote's words.
 * @csspart cite - The attribution: speaker, role and the transcript's title.
 * @csspart context-link - The "Read in context" link (only with a usable `href`).
 * @csspart copy - The button that copies the quote.
 * @csspart error - The message shown when data cannot be used or the quote does not exist.
 * @cssproperty --verbatim-accent - The border beside the quote, links and the focus ring.
 * @cssproperty --verbatim-text - The text colour.
 * @cssproperty --verbatim-background - The copy button's background.
 * @cssproperty --verbatim-surface - The quote's background.
 * @cssproperty --verbatim-font - The font of the quote's words.
 * @cssproperty --verbatim-ui-font - The font of the attribution and the controls.
 * @cssproperty --verbatim-radius - The corner radius.
 * @cssproperty --verbatim-spacing - The padding around the quote.
 * @fires {{message: string}} verbatim-error - The data cannot be used or the quote does not exist.
 */
@defineElement('verbatim-quote')
export class VerbatimQuote extends LitElement {
  static override styles = [themeStyles, quoteStyles];

  /** The transcript to show; overrides `src` and the bundled interview. */
  @property({ attribute: false }) transcript?: Transcript;
  /** URL of a transcript file in any supported format. */
  @property() src?: string;
  /** The id of the quote to show. */
  @property() quote?: string;
  /** URL of the page with the full transcript; "Read in context" links to the quote there. */
  @property() href?: string;

  /** What the last copy did, announced politely. */
  @state() private copyStatus = '';

  private readonly data = new TranscriptData(this, () => loadBundledQuote(this.quote), () => this.quote);
  private view: QuoteView | undefined;
  private safeHref: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) {
      this.safeHref = safeUrl(this.href);
      if (this.href && !this.safeHref) console.warn(`<verbatim-quote>: ignoring href "${this.href}": only http(s) and relative URLs are allowed.`);
    }
    if (changed.has('quote')) this.copyStatus = '';
  }

  // The data controller settles in hostUpdate, which runs after willUpdate and before update.
  protected override update(changed: PropertyValues<this>): void {
    const { state } = this.data;
    this.view = state.status === 'ready' ? this.resolve(state.transcript) : undefined;
    super.update(changed);
  }

  protected override updated(): void {
    const error = this.view?.ok === false ? this.view.message : undefined;
    this.data.reportProblem(error);
  }

  override render() {
    const { state } = this.data;
    const view = this.view;
    const message = state.status === 'error' ? state.message : view?.ok === false ? view.message : undefined;
    return html`
      <div class="fallback" ?hidden=${view?.ok === true}><slot></slot></div>
      ${message !== undefined
        ? html`<p part="error" role="alert">${message}</p>`
        : view?.ok
          ? this.renderQuote(view)
          : nothing}
    `;
  }

  private renderQuote({ quote, attribution, language }: Extract<QuoteView, { ok: true }>) {
    const who = speakerLabel(attribution);
    const link = this.contextLink(quote);
    return html`
      <figure part="base">
        <blockquote part="text" lang=${language}><p>${quote.text}</p></blockquote>
        <figcaption part="cite">— ${who ? `${who}, ` : ''}<cite lang=${language}>${attribution.work}</cite></figcaption>
        <div class="actions">
          ${link ? html`<a part="context-link" href=${link}>Read in context</a>` : nothing}
          <button part="copy" type="button" @click=${this.copy}>Copy quote</button>
          <span class="status" role="status">${this.copyStatus}</span>
        </div>
      </figure>
    `;
  }

  private resolve(transcript: Transcript): QuoteView {
    const ids = transcript.quotes.map((quote) => quote.id);
    if (!this.quote) {
      const examples = closestIds('', ids).map((id) => `"${id}"`).join(', ');
      return { ok: false, message: ids.length === 0
        ? 'Set the quote attribute to a quote id: this transcript has no quotes.'
        : `Set the quote attribute to a quote id, e.g. ${examples}.` };
    }
    const quote = lookup(transcript).quote(this.quote);
    if (!quote) return { ok: false, message: unknownIdMessage('quote', this.quote, ids) };
    return { ok: true, quote, attribution: quoteAttribution(transcript, quote), language: transcript.language };
  }

  private contextLink(quote: Quote): string | undefined {
    return this.safeHref === undefined ? undefined : contextLink(this.safeHref, quote.segment, quote.text);
  }

  private async copy(): Promise<void> {
    if (!this.view?.ok) return;
    const { quote, attribution } = this.view;
    const link = this.contextLink(quote);
    const text = quotationText(quote.text, attribution, link && new URL(link, document.baseURI).href);
    // Ask while the click's user activation holds; then clear the status so that a second
    // "Copied" is announced again.
    const writing = navigator.clipboard?.writeText
      ? navigator.clipboard.writeText(text)
      : Promise.reject(new Error('No clipboard'));
    this.copyStatus = '';
    await this.updateComplete;
    try {
      await writing;
      this.copyStatus = COPIED;
    } catch {
      this.copyStatus = COPY_REFUSED;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verbatim-quote': VerbatimQuote;
  }
}
