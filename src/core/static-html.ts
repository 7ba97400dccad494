/**
 * The elements' content as plain HTML, for a page to put inside the element: readable before
 * and without the script, by find-in-page, search engines and text fragments (`#:~:text=`).
 * The element shows it until its own view is ready, then takes its place.
 *
 * A transcript's paragraphs carry the ids the element's links use (`verbatim-s012`, see
 * links.ts), so `page.html#verbatim-s012` lands on the paragraph with or without the script.
 * Consecutive segments of one speaker are grouped under one name, as the element shows them.
 * Every string from the data is escaped; links are http(s) or relative only.
 */
import { quoteAttribution, speakerLabel, withSpeakers } from './attribution.js';
import type { Attribution } from './attribution.js';
import { READ_MORE_LABEL } from './email-text.js';
import { escapeHtml } from './html.js';
import { contextLink, segmentFragment } from './links.js';
import { lookup } from './lookup.js';
import { selectQuotes } from './select-quotes.js';
import type { QuoteFilter } from './select-quotes.js';
import { formatTime, formatTimeRange } from './time.js';
import { topicCardContent } from './topic-card.js';
import type { Segment, Topic, Transcript } from './types.js';
import { safeUrl } from './url.js';

export interface StaticHtmlOptions {
  /**
   * The page that shows the whole transcript (http(s) or relative). Links to segments point
   * there; without it, a transcript's links are fragments of its own page and cards and
   * carousels have no "in context" link.
   */
  href?: string;
  /** The level (1 to 6) of the headings: a transcript's topics (default 2), a card's title (default 3). */
  headingLevel?: number;
}

/** The labels the static HTML uses, in English like the elements' defaults. */
export const STATIC_LABELS = {
  topics: 'Topics',
  readItInContext: 'Read it in context',
  note: (note: string) => (note === 'teaser' ? 'Teaser' : note),
} as const;

/** Checks an option URL with safeUrl; throws a RangeError naming the option otherwise. */
export function checkedHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const safe = safeUrl(href);
  if (safe === undefined) throw new RangeError(`The href "${href}" cannot be used: only http(s) and relative URLs are allowed.`);
  return safe;
}

function headingLevel(level: number | undefined, fallback: number): number {
  if (level === undefined) return fallback;
  if (!Number.isInteger(level) || level < 1 || level > 6) throw new RangeError(`The heading level ${level} must be a whole number from 1 to 6.`);
  return level;
}

/** The fragment id of a segment's paragraph: the element's link to it, `verbatim-s012`. */
export const segmentAnchor = (segmentId: string): string => segmentFragment(segmentId);

/** A link to a segment: on the `href` page, else on this page. */
const segmentLink = (href: string | undefined, segmentId: string): string =>
  href === undefined ? `#${segmentAnchor(segmentId)}` : contextLink(href, segmentId);

/** "— Mark Zuckerberg (guest), <cite>Huge Conversations</cite>", as the elements caption a quote. */
function credit(attribution: Attribution): string {
  const who = speakerLabel(attribution);
  return `— ${who ? `${escapeHtml(who)}, ` : ''}<cite>${escapeHtml(attribution.work)}</cite>`;
}

// ---- transcript ----------------------------------------------------------------------------

/** One speaker's consecutive segments within a topic. */
interface Turn {
  speaker: string;
  segments: Segment[];
}

/** The transcript in reading order: each topic (or none, before the first) with its turns. */
function sections(transcript: Transcript): { topic?: Topic; turns: Turn[] }[] {
  const { segmentIndex } = lookup(transcript);
  const starts = new Map(transcript.topics.map((topic) => [segmentIndex(topic.segments[0]), topic]));
  const result: { topic?: Topic; turns: Turn[] }[] = [];
  transcript.segments.forEach((segment, index) => {
    const topic = starts.get(index);
    if (topic || result.length === 0) result.push({ topic, turns: [] });
    const turns = result.at(-1)!.turns;
    const last = turns.at(-1);
    if (last?.speaker === segment.speaker) last.segments.push(segment);
    else turns.push({ speaker: segment.speaker, segments: [segment] });
  });
  return result;
}

function paragraph(segment: Segment, href: string | undefined): string {
  const id = escapeHtml(segmentAnchor(segment.id));
  const note = segment.note ? `<small class="verbatim-note">${escapeHtml(STATIC_LABELS.note(segment.note))}</small> ` : '';
  const time = segment.start === undefined ? '' : `<a class="verbatim-time" href="${escapeHtml(segmentLink(href, segment.id))}">${formatTime(segment.start)}</a> `;
  return `<p id="${id}" data-segment-id="${escapeHtml(segment.id)}">${time}${note}${escapeHtml(segment.text)}</p>`;
}

/**
 * The transcript as plain HTML: a list of its topics, each topic a heading, each speaker's turn
 * their name over their paragraphs, each paragraph with the id of the element's link to it
 * (`id="verbatim-s012"`) and `data-segment-id`. Throws a RangeError for an `href` that is not
 * http(s) or relative, or a heading level outside 1–6.
 */
export function renderTranscriptHtml(transcript: Transcript, options: StaticHtmlOptions = {}): string {
  const href = checkedHref(options.href);
  const level = headingLevel(options.headingLevel, 2);
  const names = lookup(transcript);
  const lines = [`<div class="verbatim-static" lang="${escapeHtml(transcript.language)}">`];
  if (transcript.topics.length > 0) {
    lines.push(`<nav class="verbatim-topics" aria-label="${STATIC_LABELS.topics}"><details><summary>${STATIC_LABELS.topics}</summary><ol>`);
    for (const topic of transcript.topics) lines.push(`<li><a href="${escapeHtml(segmentLink(href, topic.segments[0]))}">${escapeHtml(topic.title)}</a></li>`);
    lines.push('</ol></details></nav>');
  }
  for (const { topic, turns } of sections(transcript)) {
    if (topic) lines.push(`<h${level} class="verbatim-topic">${escapeHtml(topic.title)}</h${level}>`);
    for (const turn of turns) {
      const name = names.speaker(turn.speaker)?.name ?? turn.speaker;
      lines.push('<div class="verbatim-turn">', `<p class="verbatim-speaker"><strong>${escapeHtml(name)}</strong></p>`);
      for (const segment of turn.segments) lines.push(paragraph(segment, href));
      lines.push('</div>');
    }
  }
  lines.push('</div>');
  return `${lines.join('\n')}\n`;
}

// ---- topic card ----------------------------------------------------------------------------

/**
 * The topic card for `topicId` as plain HTML, with what `<verbatim-topic-card>` shows: title,
 * summary (or the part's time range), key quote with its credit, who speaks, and with `href`
 * a link to that part. Throws a RangeError for an unknown topic (naming the closest ids), an
 * unusable `href` or heading level.
 */
export function renderTopicCardHtml(transcript: Transcript, topicId: string, options: StaticHtmlOptions = {}): string {
  const href = checkedHref(options.href);
  const level = headingLevel(options.headingLevel, 3);
  const card = topicCardContent(transcript, topicId, { href });
  const topic = lookup(transcript).topic(card.topicId)!;
  const topicPage = safeUrl(topic.href);
  const title = topicPage ? `<a href="${escapeHtml(topicPage)}">${escapeHtml(card.title)}</a>` : escapeHtml(card.title);
  const lines = [`<article class="verbatim-card" lang="${escapeHtml(card.language)}">`, `<h${level}>${title}</h${level}>`];
  if (card.summary.trim()) lines.push(`<p class="verbatim-summary">${escapeHtml(card.summary)}</p>`);
  else if (card.time) lines.push(`<p class="verbatim-summary">${formatTimeRange(card.time)}</p>`);
  if (card.quote) {
    lines.push(`<figure><blockquote><p>${escapeHtml(card.quote.text)}</p></blockquote><figcaption>${credit(card.quote.attribution)}</figcaption></figure>`);
  }
  const speakers = withSpeakers(card.speakers);
  if (speakers) lines.push(`<p class="verbatim-speakers">${escapeHtml(speakers)}</p>`);
  if (card.link) lines.push(`<p><a href="${escapeHtml(card.link)}">${READ_MORE_LABEL}</a></p>`);
  lines.push('</article>');
  return `${lines.join('\n')}\n`;
}

// ---- carousel ------------------------------------------------------------------------------

/**
 * The quotes a carousel shows (those of `filter`'s topic and speaker, all without a filter) as a
 * plain list of blockquotes, each with its credit and, with `href`, a link to it in context.
 * `<verbatim-quote-carousel>` takes such a list as its slides. Throws a RangeError when no quote
 * matches (naming the closest ids) or for an unusable `href`.
 */
export function renderCarouselHtml(transcript: Transcript, filter: QuoteFilter = {}, options: Pick<StaticHtmlOptions, 'href'> = {}): string {
  const href = checkedHref(options.href);
  const selection = selectQuotes(transcript, filter);
  if (!selection.ok) throw new RangeError(selection.message);
  const lines = [`<ul lang="${escapeHtml(transcript.language)}">`];
  for (const quote of selection.quotes) {
    lines.push(
      '<li>',
      `<figure><blockquote><p>${escapeHtml(quote.text)}</p></blockquote><figcaption>${credit(quoteAttribution(transcript, quote))}</figcaption></figure>`,
    );
    if (href !== undefined) lines.push(`<p class="context"><a href="${escapeHtml(contextLink(href, quote.segment, quote.text))}">${STATIC_LABELS.readItInContext}</a></p>`);
    lines.push('</li>');
  }
  lines.push('</ul>');
  return `${lines.join('\n')}\n`;
}
