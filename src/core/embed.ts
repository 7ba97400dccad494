/**
 * "Embed this quote": the HTML a journalist pastes into an article, as social networks' embed
 * dialogs give it. The quote is already there as a plain `<blockquote>` (readable without
 * JavaScript, by feed readers and search engines), inside the `<verbatim-quote>` that upgrades
 * it, followed by the module script that defines the element.
 *
 * The fallback carries inline styles that lay it out exactly like the upgraded element, so
 * the page does not move when it upgrades: same fonts, line heights, padding and border, and
 * room at the bottom for the row of "Read in context" and "Copy" that the element adds.
 * Inline styles, because the snippet must work on any page without a stylesheet of ours.
 * They use no colour but the accent: the page's own text colour keeps the fallback legible
 * in light and dark pages.
 */
import { quoteAttribution, speakerAttribution, speakerLabel } from './attribution.js';
import type { Attribution } from './attribution.js';
import { escapeHtml } from './html.js';
import { contextLink } from './links.js';
import { passageLink } from './passage-link.js';
import { lookup } from './lookup.js';
import type { PassageMatch } from './passage.js';
import { unknownIdMessage } from './suggest.js';
import type { Transcript } from './types.js';
import { safeUrl } from './url.js';
import { VERSION } from './version.js';

export interface EmbedQuoteOptions {
  /** URL of the page with the full transcript: the element links to the quote there. */
  href?: string;
  /** URL the element loads its transcript from (its `src`); without it, the bundled interview. */
  src?: string;
  /** URL of the script that defines `<verbatim-quote>`. Default: this version's CDN build. */
  scriptUrl?: string;
}

/** The CDN build of `<verbatim-quote>` for this version of the package. */
export const QUOTE_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/verbatim-widgets@${VERSION}/dist/cdn/quote.js`;

/*
 * The upgraded element's metrics (src/components/quote/quote.styles.ts): keep them in step.
 * The blockquote's bottom padding adds the actions row (0.75rem gap + 2.75rem buttons).
 */
const SPACING = 'var(--verbatim-spacing,1rem)';
export const QUOTE_FALLBACK_STYLES = {
  element: 'display:block',
  blockquote: `margin:0;padding:${SPACING};padding-block-end:calc(${SPACING} + 3.5rem);border:0;`
    + 'border-inline-start:4px solid var(--verbatim-accent,#b4235a);border-radius:var(--verbatim-radius,0.5rem)',
  text: "margin:0;font:1.2rem/1.5 var(--verbatim-font,ui-serif,Georgia,'Times New Roman',serif)",
  footer: "margin:0.75rem 0 0;font:0.9rem/1.4 var(--verbatim-ui-font,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif)",
} as const;

/** Checks an option URL with safeUrl; throws a RangeError naming the option otherwise. */
function checkedUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const safe = safeUrl(value);
  if (safe === undefined) throw new RangeError(`The ${name} "${value}" cannot be used: only http(s) and relative URLs are allowed.`);
  return safe;
}

const attribute = (name: string, value: string | undefined): string =>
  value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`;

/** What a snippet shows: the element's own attributes, the words, who said them, the context link. */
interface SnippetParts {
  attributes: string;
  text: string;
  credit: Attribution;
  language: string;
  cite: string | undefined;
  scriptUrl: string;
}

/** The element holding its fallback blockquote, then the module script. Every string is escaped here. */
function snippet({ attributes, text, credit, language, cite, scriptUrl }: SnippetParts): string {
  const who = speakerLabel(credit);
  // Same words as the upgraded element's caption, so that both wrap alike.
  const footer = `— ${who ? `${escapeHtml(who)}, ` : ''}<cite>${escapeHtml(credit.work)}</cite>`;
  return [
    `<verbatim-quote${attributes} style="${QUOTE_FALLBACK_STYLES.element}">`,
    `  <blockquote${attribute('cite', cite)}${attribute('lang', language)} style="${QUOTE_FALLBACK_STYLES.blockquote}">`,
    `    <p style="${QUOTE_FALLBACK_STYLES.text}">${escapeHtml(text)}</p>`,
    `    <footer style="${QUOTE_FALLBACK_STYLES.footer}">${footer}</footer>`,
    '  </blockquote>',
    '</verbatim-quote>',
    `<script type="module"${attribute('src', scriptUrl)}></script>`,
    '',
  ].join('\n');
}

/** The options' URLs, each checked. */
function urls(options: EmbedQuoteOptions) {
  return {
    href: checkedUrl('href', options.href),
    src: checkedUrl('src', options.src),
    scriptUrl: checkedUrl('script URL', options.scriptUrl) ?? QUOTE_SCRIPT_URL,
  };
}

/**
 * The HTML to paste for quote `quoteId` of `transcript`: a `<verbatim-quote>` holding its
 * fallback `<blockquote>`, then the `<script type="module">` that upgrades it. Every string
 * from the data is escaped. Throws a RangeError for an unknown quote (naming the closest ids)
 * or a URL option that is not http(s) or relative.
 */
export function embedQuoteSnippet(transcript: Transcript, quoteId: string, options: EmbedQuoteOptions = {}): string {
  const quote = lookup(transcript).quote(quoteId);
  if (!quote) throw new RangeError(unknownIdMessage('quote', quoteId, transcript.quotes.map((q) => q.id)));
  const { href, src, scriptUrl } = urls(options);
  return snippet({
    attributes: `${attribute('quote', quote.id)}${attribute('src', src)}${attribute('href', href)}`,
    text: quote.text,
    credit: quoteAttribution(transcript, quote),
    language: transcript.language,
    cite: href && contextLink(href, quote.segment),
    scriptUrl,
  });
}

export interface EmbedPassageOptions extends EmbedQuoteOptions {
  /** Which occurrence of the words the element shows, when they occur several times. */
  occurrence?: number;
}

/**
 * The HTML to paste for a passage found by findPassage: a `<verbatim-quote text="…">` with the
 * transcript's own words (so that the element finds them again), its fallback and its script,
 * as embedQuoteSnippet writes for a quote id. Throws a RangeError for a URL option that is not
 * http(s) or relative.
 */
export function embedPassageSnippet(transcript: Transcript, match: PassageMatch, options: EmbedPassageOptions = {}): string {
  const { href, src, scriptUrl } = urls(options);
  const occurrence = options.occurrence === undefined ? undefined : String(options.occurrence);
  return snippet({
    attributes: `${attribute('text', match.text)}${attribute('occurrence', occurrence)}${attribute('src', src)}${attribute('href', href)}`,
    text: match.text,
    credit: speakerAttribution(transcript, match.speaker),
    language: transcript.language,
    cite: href && passageLink(href, match),
    scriptUrl,
  });
}
