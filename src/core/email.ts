/**
 * The topic card as static HTML for newsletters. Mail clients run no script, know no custom
 * elements, often drop `<style>` (Gmail) or render with Word (Outlook on Windows), so the
 * card is built the old way: nested presentation tables, every style inline, hex colours set
 * on every cell, web-safe fonts, a "bulletproof" button (a coloured cell with padding) and
 * a fixed-width "ghost" table for Outlook, which ignores `max-width`.
 */
import { speakerLabel } from './attribution.js';
import { contrastRatio, hexColour } from './colour.js';
import { READ_MORE_LABEL, emailCardContent } from './email-text.js';
import type { EmailCardContent, TopicCardTextOptions } from './email-text.js';
import { escapeHtml } from './html.js';
import type { Transcript } from './types.js';

export interface TopicCardEmailOptions extends TopicCardTextOptions {
  /** Colour of the button and of the card's rules: `#rgb` or `#rrggbb`. Default `#b4235a`. */
  accent?: string;
  /** Width of the card in pixels, an integer from 320 to 600. Default 600. */
  width?: number;
}

const PALETTE = {
  page: '#f0efeb',
  background: '#ffffff',
  surface: '#f6f5f2',
  text: '#1d1d1f',
  muted: '#575762',
  border: '#d9d6cf',
  accent: '#b4235a',
} as const;

const SANS = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
const SERIF = "Georgia, 'Times New Roman', Times, serif";

const MIN_WIDTH = 320;
const MAX_WIDTH = 600;

// ---- colours -------------------------------------------------------------------------------

/** `#rgb` or `#rrggbb` as lowercase `#rrggbb` (Outlook misreads short hex in `bgcolor`). */
function parseAccent(accent: string): string {
  const hex = hexColour(accent);
  if (hex === undefined) throw new RangeError(`The accent colour "${accent}" must be a hex colour such as #b4235a or #c25.`);
  return hex;
}

/** Button text colours in order of preference; black always reaches 4.5:1 when white fails. */
const BUTTON_TEXT = ['#ffffff', PALETTE.text, '#000000'];

/** A text colour readable on `background` (contrast at least 4.5:1): white or near-black. */
const readableTextOn = (background: string): string =>
  BUTTON_TEXT.find((text) => contrastRatio(text, background) >= 4.5) ?? '#000000';

// ---- HTML ----------------------------------------------------------------------------------

/** Control characters other than tab, line feed and carriage return: HTML forbids them. */
const CONTROL_CHARACTERS = /(?![\t\n\r])\p{Cc}/gu;
const TEMPLATE_DELIMITERS: Record<string, string> = { '{': '&#123;', '}': '&#125;', '|': '&#124;', '%': '&#37;' };

/**
 * Escapes text from the transcript. Beyond HTML's own specials, the delimiters of the
 * templates that newsletter tools run over the HTML (`{{ }}`, `{% %}`, `*| |*`, `%% %%`) are
 * written as character references, so data can never become a merge tag; control characters
 * become U+FFFD.
 */
const escapeData = (text: string): string =>
  escapeHtml(text).replace(/[{}|%]/g, (char) => TEMPLATE_DELIMITERS[char]!).replace(CONTROL_CHARACTERS, '\uFFFD');

/**
 * Writes every non-ASCII character as a numeric reference: the HTML then reads the same in
 * any charset the newsletter's template declares. Safe over the whole output, since
 * non-ASCII characters are never markup.
 */
const toAscii = (html: string): string =>
  html.replace(/\P{ASCII}/gu, (char) => `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`);

interface Colours {
  background: string;
  text: string;
}

/** A table cell with its colours set twice (attribute for Outlook, CSS for the rest). */
const cell = ({ background, text }: Colours, style: string, content: string, attributes = ''): string =>
  `<td${attributes} bgcolor="${background}" style="background-color:${background};color:${text};${style}">${content}</td>`;

/** A layout table: presentation role, no spacing of its own. */
const layoutTable = (attributes: string, style: string, rows: string[]): string =>
  `<table role="presentation"${attributes} cellpadding="0" cellspacing="0" border="0" style="border-collapse:separate;${style}">\n${rows.map((row) => `<tr>${row}</tr>`).join('\n')}\n</table>`;

const onCard: Colours = { background: PALETTE.background, text: PALETTE.text };
const onPage: Colours = { background: PALETTE.page, text: PALETTE.text };

function quoteBlock(quote: NonNullable<EmailCardContent['quote']>, accent: string): string {
  const who = speakerLabel(quote.attribution);
  const attribution = `&#8212; ${who ? `${escapeData(who)}, ` : ''}<cite style="font-style:italic;">${escapeData(quote.attribution.work)}</cite>`;
  const content = [
    `<p dir="auto" style="margin:0 0 8px 0;font-family:${SERIF};font-size:19px;line-height:28px;font-style:italic;color:${PALETTE.text};">&#8220;${escapeData(quote.text)}&#8221;</p>`,
    `<p dir="auto" style="margin:0;font-family:${SANS};font-size:14px;line-height:20px;color:${PALETTE.muted};">${attribution}</p>`,
  ].join('\n');
  return layoutTable(' width="100%"', 'width:100%;', [
    cell({ background: PALETTE.surface, text: PALETTE.text }, `padding:16px 20px;border-left:4px solid ${accent};`, content),
  ]);
}

function button(link: string, accent: string): string {
  const text = readableTextOn(accent);
  const label = `<a href="${escapeHtml(link)}" target="_blank" style="color:${text};font-family:${SANS};font-size:16px;line-height:20px;font-weight:bold;text-decoration:none;">${READ_MORE_LABEL}</a>`;
  return layoutTable('', '', [
    cell({ background: accent, text }, `padding:12px 20px;border-radius:6px;font-family:${SANS};font-size:16px;line-height:20px;font-weight:bold;`, label),
  ]);
}

/** One block of the card's content, with the space around it (16px below by default). */
const block = (content: string, padding = '0 0 16px 0'): string => cell(onCard, `padding:${padding};font-family:${SANS};`, content);

function checkWidth(width: number): number {
  if (!Number.isInteger(width) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new RangeError(`The width ${width} must be a whole number of pixels from ${MIN_WIDTH} to ${MAX_WIDTH}.`);
  }
  return width;
}

function cardHtml(card: EmailCardContent, options: TopicCardEmailOptions): string {
  const accent = parseAccent(options.accent ?? PALETTE.accent);
  const width = checkWidth(options.width ?? MAX_WIDTH);
  const blocks = [
    block(`<h2 dir="auto" style="margin:0;font-family:${SANS};font-size:22px;line-height:28px;font-weight:bold;color:${PALETTE.text};">${escapeData(card.title)}</h2>`, '0 0 8px 0'),
  ];
  if (card.description) blocks.push(block(`<p dir="auto" style="margin:0;font-size:16px;line-height:24px;color:${PALETTE.text};">${escapeData(card.description)}</p>`));
  if (card.quote) blocks.push(block(quoteBlock(card.quote, accent)));
  if (card.speakers) blocks.push(block(`<p dir="auto" style="margin:0;font-size:14px;line-height:20px;color:${PALETTE.muted};">${escapeData(card.speakers)}</p>`));
  if (card.link) blocks.push(block(button(card.link, accent), '4px 0 16px 0'));

  const content = layoutTable(' width="100%"', 'width:100%;', blocks);
  const container = layoutTable(
    ` align="center" width="${width}" lang="${escapeData(card.language)}"`,
    `width:100%;max-width:${width}px;margin:0 auto;border:1px solid ${PALETTE.border};border-top:4px solid ${accent};`,
    [cell(onCard, `padding:24px 24px 8px 24px;font-family:${SANS};font-size:16px;line-height:24px;text-align:left;`, `\n${content}\n`)],
  );
  // Outlook on Windows ignores max-width: a fixed-width table only it reads holds the card.
  const ghostOpen = `<!--[if mso]><table role="presentation" align="center" width="${width}" cellpadding="0" cellspacing="0" border="0"><tr><td width="${width}" bgcolor="${onCard.background}" style="background-color:${onCard.background};color:${onCard.text};"><![endif]-->`;
  const ghostClose = '<!--[if mso]></td></tr></table><![endif]-->';
  return `${ghostOpen}\n${container}\n${ghostClose}`;
}

/**
 * The topic card as email-safe HTML (a fragment to paste into a newsletter). The HTML is
 * ASCII only; every data string is escaped. Throws a RangeError whose message is a sentence
 * for an unknown topic (naming the closest ids), an `href` that is not an absolute http(s)
 * URL, an accent that is not a hex colour, or a width outside 320–600.
 */
export function renderTopicCardEmail(transcript: Transcript, topicId: string, options: TopicCardEmailOptions = {}): string {
  return toAscii(`${cardHtml(emailCardContent(transcript, topicId, options), options)}\n`);
}

/**
 * The topic card in a complete HTML document (to send as is, or to preview). Declares a
 * light colour scheme: with no `<style>` there are no dark styles to offer, so clients that
 * honour the declaration (Apple Mail) keep the card's explicit colours rather than invert them.
 */
export function renderTopicCardEmailDocument(transcript: Transcript, topicId: string, options: TopicCardEmailOptions = {}): string {
  const card = emailCardContent(transcript, topicId, options);
  const page = layoutTable(' width="100%"', 'width:100%;', [
    cell(onPage, 'padding:24px 8px;', `\n${cardHtml(card, options)}\n`, ' align="center"'),
  ]);
  return toAscii(`<!DOCTYPE html>
<html lang="${escapeData(card.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light only">
<meta name="supported-color-schemes" content="light only">
<title>${escapeData(card.title)}</title>
</head>
<body bgcolor="${PALETTE.page}" style="margin:0;padding:0;background-color:${PALETTE.page};color:${PALETTE.text};">
${page}
</body>
</html>
`);
}
