import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { quoteAttribution, quotationText, speakerLabel } from '../../core/attribution.js';
import type { Attribution } from '../../core/attribution.js';
import { contextLink } from '../../core/links.js';
import { lookup } from '../../core/lookup.js';
import { closestIds, unknownIdMessage } from '../../core/suggest.js';
import type { Quote, Transcript } from '../../core/types.js';
import { loadBundledQuote } from '../shared/bundled.js';
import { ClipboardController } from '../shared/clipboard.js';
import { defineElement } from '../shared/define.js';
import { themeStyles } from '../shared/theme.styles.js';
import type { QuoteStrings } from '../shared/strings.js';
import { VerbatimElement } from '../shared/verbatim-element.js';
import { quoteStrings } from './quote.strings.js';
import { quoteStyles } from './quote.styles.js';

/** What the element shows once its data is ready: the quote, or why it cannot. */
type QuoteView =
  | { ok: true; quote: Quote; attribution: Attribution; language: string }
  | { ok: false; message: string };

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
export class VerbatimQuote extends VerbatimElement<QuoteStrings> {
  static override styles = [themeStyles, quoteStyles];

  /** The id of the quote to show. */
  @property() quote?: string;
  /** URL of the page with the full transcript; "Read in context" links to the quote there. */
  @property() href?: string;

  private readonly clipboard = new ClipboardController(this);
  private view: QuoteView | undefined;

  protected override defaultStrings(): QuoteStrings {
    return quoteStrings;
  }

  protected override loadDefault(): Promise<Transcript> {
    return loadBundledQuote(this.quote);
  }

  protected override defaultKey(): unknown {
    return this.quote;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quote')) this.clipboard.clear();
    const transcript = this.ready;
    this.view = transcript ? resolveQuote(transcript, this.quote) : undefined;
  }

  protected override problem(): string | undefined {
    return this.view?.ok === false ? this.view.message : undefined;
  }

  protected override fallbackShown(): boolean {
    return this.view?.ok !== true;
  }

  protected override renderView() {
    const view = this.view;
    if (!view) return nothing;
    if (!view.ok) return this.renderError(view.message);
    const { quote, attribution, language } = view;
    const who = speakerLabel(attribution);
    const link = this.contextLink(quote);
    return html`
      <figure part="base">
        <blockquote part="text" lang=${language}><p>${quote.text}</p></blockquote>
        <figcaption part="cite">— ${who ? `${who}, ` : ''}<cite lang=${language}>${attribution.work}</cite></figcaption>
        <div class="actions">
          ${link ? html`<a part="context-link" href=${link}>${this.terms.readInContext}</a>` : nothing}
          <button part="copy" type="button" @click=${this.copy}>${this.terms.copyQuote}</button>
          <span class="status" role="status">${this.clipboard.message}</span>
        </div>
      </figure>
    `;
  }

  private contextLink(quote: Quote): string | undefined {
    const href = this.safeHref(this.href);
    return href === undefined ? undefined : contextLink(href, quote.segment, quote.text);
  }

  private async copy(): Promise<void> {
    if (!this.view?.ok) return;
    const { quote, attribution } = this.view;
    const link = this.contextLink(quote);
    const text = quotationText(quote.text, attribution, link && new URL(link, document.baseURI).href);
    await this.clipboard.copy(text, { copied: this.terms.quoteCopied, refused: this.terms.quoteCopyRefused });
  }
}

/** The quote `id` of `transcript` with its attribution, or a message naming what is wrong. */
function resolveQuote(transcript: Transcript, id: string | undefined): QuoteView {
  const ids = transcript.quotes.map((quote) => quote.id);
  if (!id) {
    const examples = closestIds('', ids).map((example) => `"${example}"`).join(', ');
    return { ok: false, message: ids.length === 0
      ? 'Set the quote attribute to a quote id: this transcript has no quotes.'
      : `Set the quote attribute to a quote id, e.g. ${examples}.` };
  }
  const quote = lookup(transcript).quote(id);
  if (!quote) return { ok: false, message: unknownIdMessage('quote', id, ids) };
  return { ok: true, quote, attribution: quoteAttribution(transcript, quote), language: transcript.language };
}

declare global {
  interface HTMLElementTagNameMap {
    'verbatim-quote': VerbatimQuote;
  }
}
