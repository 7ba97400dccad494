import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { quoteAttribution, quotationText, speakerLabel } from '../../core/attribution.js';
import { contextLink } from '../../core/links.js';
import { lookup } from '../../core/lookup.js';
import { closestIds, unknownIdMessage } from '../../core/suggest.js';
import type { Transcript } from '../../core/types.js';
import { loadBundledInterview } from '../common/bundled.js';
import { loadBundledQuote } from '../common/bundled-quote.js';
import { ClipboardController } from '../common/clipboard.js';
import { defineElement } from '../common/define.js';
import { Task, TaskStatus } from '../common/task.js';
import { themeStyles } from '../common/theme.styles.js';
import type { QuoteStrings } from '../common/strings.js';
import { VerbatimElement } from '../common/verbatim-element.js';
import { quoteStrings } from './quote.strings.js';
import { quoteStyles } from './quote.styles.js';

import type { QuoteView } from './quote-view.js';

/** The default's key when the quote is chosen by its words: they are looked up in the whole interview. */
const BY_WORDS = Symbol('by words');

/**
 * One attributed quotation from a transcript, for an article: the words, who said them and
 * where, a "Read in context" link (with `href`) that opens the transcript page at that
 * segment with the words highlighted, and a button that copies quote, attribution and link.
 *
 * With `text` instead of `quote`, the element finds those words in the transcript (case,
 * whitespace, quote marks, dashes and the punctuation at the edges do not count; a passage may
 * run across one speaker's segments) and shows the transcript's own words, who said them and
 * when. It says what the check found, in words and an icon of its own shape: "Verified against
 * the transcript" (found once) or "Occurs 3 times; showing the 2nd" (`occurrence` chooses one).
 * Words that are not in the transcript leave the fallback in view with a note that says so
 * (and `verbatim-error` names the closest passage and the differences, word by word); a
 * transcript that cannot be loaded leaves it in view with a note that nothing was checked.
 * `text` wins over `quote` when both are set.
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
 * @csspart check - What checking `text` against the transcript found (verified, ambiguous, not found, not checked), with `data-state`.
 * @csspart error - The message shown when data cannot be used or the quote does not exist.
 * @cssproperty --verbatim-accent - The border beside the quote, links and the focus ring.
 * @cssproperty --verbatim-text - The text colour.
 * @cssproperty --verbatim-background - The copy button's background.
 * @cssproperty --verbatim-surface - The quote's background.
 * @cssproperty --verbatim-font - The font of the quote's words.
 * @cssproperty --verbatim-ui-font - The font of the attribution and the controls.
 * @cssproperty --verbatim-radius - The corner radius.
 * @cssproperty --verbatim-spacing - The padding around the quote.
 * @cssproperty --verbatim-verified - The tick of "Verified against the transcript".
 * @fires {{message: string}} verbatim-error - The data cannot be used, the quote does not exist, or the words of `text` are not in the transcript (naming the closest passage and a word diff).
 */
export class VerbatimQuote extends VerbatimElement<QuoteStrings> {
  static override styles = [themeStyles, quoteStyles];
  static override properties: PropertyDeclarations = {
    quote: {}, text: {}, occurrence: { type: Number }, href: {},
  };

  /** The id of the quote to show. */
  quote?: string;
  /** The words to show, looked up and checked in the transcript; wins over `quote`. */
  text?: string;
  /** Which occurrence of `text` to show when the words occur several times (1 for the first). */
  occurrence?: number;
  /** URL of the page with the full transcript; "Read in context" links to the quote there. */
  href?: string;

  private readonly clipboard = new ClipboardController(this);
  private view: QuoteView | undefined;

  /** The check of `text` against the transcript (the checker loads on first use). */
  private readonly check = new Task(this, {
    // The occurrence as text: NaN (from occurrence="second") would never equal itself and rerun the task forever.
    args: () => [this.ready, this.text || undefined, this.occurrence === undefined ? undefined : String(this.occurrence), this.data.status === TaskStatus.ERROR] as const,
    task: async ([transcript, text, occurrence, unavailable]) => {
      if (!text || (!transcript && !unavailable)) return undefined;
      const { checkQuote } = await import('./quote-words.js');
      return checkQuote(this.renderRoot, transcript, text, occurrence === undefined ? undefined : Number(occurrence));
    },
  });

  protected override defaultStrings(): QuoteStrings {
    // The words of a quote chosen by its words come with quote-words.ts, which adds them to these.
    return quoteStrings as QuoteStrings;
  }

  protected override loadDefault(): Promise<Transcript> {
    return this.text ? loadBundledInterview() : loadBundledQuote(this.quote);
  }

  protected override defaultKey(): unknown {
    return this.text ? BY_WORDS : this.quote;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quote') || changed.has('text') || changed.has('occurrence')) this.clipboard.clear();
    const transcript = this.ready;
    if (!transcript) this.view = undefined;
    else if (!this.text) this.view = resolveQuote(transcript, this.quote);
    else this.view = this.check.status === TaskStatus.COMPLETE ? this.check.value?.view : undefined;
  }

  protected override problem(): string | undefined {
    return this.view?.ok === false ? this.view.message : undefined;
  }

  protected override fallbackShown(): boolean {
    return this.view?.ok !== true;
  }

  protected override pendingWork(): Promise<unknown> | undefined {
    return super.pendingWork() ?? (this.check.status === TaskStatus.PENDING ? this.check.taskComplete : undefined);
  }

  protected override renderView() {
    const view = this.view;
    if (!view) return nothing;
    const mark = this.text ? this.check.value?.mark(this.terms, this.src) : undefined;
    if (!view.ok) return mark && mark !== nothing ? mark : this.renderError(view.message);
    const { attribution, language, time } = view;
    const who = speakerLabel(attribution);
    const link = this.contextLink(view);
    return html`
      <figure part="base">
        <blockquote part="text" lang=${language}><p>${view.text}</p></blockquote>
        <figcaption part="cite">— ${who ? `${who}, ` : ''}<cite lang=${language}>${attribution.work}</cite>${time ? time(this.terms) : ''}</figcaption>
        <div class="actions">
          ${link ? html`<a part="context-link" href=${link}>${this.terms.readInContext}</a>` : nothing}
          <button part="copy" type="button" @click=${this.copy}>${this.terms.copyQuote}</button>
          <span class="status" role="status">${this.clipboard.message}</span>
          ${mark ?? nothing}
        </div>
      </figure>
    `;
  }

  /** Without its data, a quote chosen by its words keeps the fallback and says it was not checked. */
  protected override renderError(message: string) {
    const checked = this.text && this.data.status === TaskStatus.ERROR ? this.check.value : undefined;
    return checked ? html`<div part="error">${checked.mark(this.terms, this.src)}</div>` : super.renderError(message);
  }

  private contextLink(view: Extract<QuoteView, { ok: true }>): string | undefined {
    const href = this.safeHref(this.href);
    return href === undefined ? undefined : view.link(href);
  }

  private async copy(): Promise<void> {
    if (!this.view?.ok) return;
    const { attribution } = this.view;
    const link = this.contextLink(this.view);
    const text = quotationText(this.view.text, attribution, link && new URL(link, document.baseURI).href);
    await this.clipboard.copy(text, { copied: this.terms.quoteCopied, refused: this.terms.quoteCopyRefused });
  }
}
defineElement('verbatim-quote', VerbatimQuote);

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
  return {
    ok: true,
    text: quote.text,
    attribution: quoteAttribution(transcript, quote),
    language: transcript.language,
    link: (href) => contextLink(href, quote.segment, quote.text),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'verbatim-quote': VerbatimQuote;
  }
}
