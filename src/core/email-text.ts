/**
 * A topic card worded for email, shared by the HTML part (email.ts) and the plain-text part
 * (`renderTopicCardText`, here): the content of topic-card.ts in English, with every data
 * string's bidirectional controls closed, since an email joins them into one text.
 */
import { formatAttribution, withSpeakers } from './attribution.js';
import type { Attribution } from './attribution.js';
import { containBidi } from './bidi.js';
import { formatTimeRange } from './time.js';
import { topicCardContent } from './topic-card.js';
import type { Transcript } from './types.js';
import { safeUrl } from './url.js';

export interface TopicCardTextOptions {
  /**
   * Absolute http(s) URL of the page that shows the full transcript. The card links to the
   * topic's first segment there; without it the card has no link.
   */
  href?: string;
}

/** A topic card as an email shows it: every line already worded. */
export interface EmailCardContent {
  language: string;
  title: string;
  /** The summary, or the part's time range when the summary is empty; none when neither is known. */
  description?: string;
  quote?: { text: string; attribution: Attribution };
  /** "With Cleo Abram and Mark Zuckerberg". */
  speakers?: string;
  link?: string;
}

/** The label of the link back to the transcript page. */
export const READ_MORE_LABEL = 'Read this part of the conversation';

/**
 * Checks an `href` for use in an email: it must pass safeUrl and, since a relative link means
 * nothing in a mail client, be an absolute http(s) URL. Throws a RangeError saying so.
 */
function emailHref(href: string): string {
  const safe = safeUrl(href);
  if (safe === undefined || !/^https?:\/\/[^/?#\s]/i.test(safe)) {
    throw new RangeError(`The link "${href}" cannot be used in an email: it must be an absolute http:// or https:// URL (a relative link means nothing in a mail client).`);
  }
  return safe;
}

const containAttribution = ({ speaker, role, work }: Attribution): Attribution => ({
  speaker: speaker === undefined ? undefined : containBidi(speaker),
  role: role === undefined ? undefined : containBidi(role),
  work: containBidi(work),
});

/**
 * The card for `topicId`, worded for an email. Throws a RangeError naming the closest ids for
 * an unknown topic, and one explaining the rule for an `href` an email cannot use.
 */
export function emailCardContent(transcript: Transcript, topicId: string, options: TopicCardTextOptions = {}): EmailCardContent {
  const href = options.href === undefined ? undefined : emailHref(options.href);
  const card = topicCardContent(transcript, topicId, { href });
  const description = card.summary.trim() ? card.summary : card.time && formatTimeRange(card.time);
  return {
    language: card.language,
    title: containBidi(card.title),
    description: description ? containBidi(description) : undefined,
    quote: card.quote && { text: containBidi(card.quote.text), attribution: containAttribution(card.quote.attribution) },
    speakers: withSpeakers(card.speakers.map(containBidi)),
    link: card.link,
  };
}

/**
 * The plain-text part of a message carrying the topic card: same content as
 * renderTopicCardEmail, as lines of text (UTF-8, nothing escaped: plain text has no markup).
 * Throws like renderTopicCardEmail for an unknown topic or an unusable `href`.
 */
export function renderTopicCardText(transcript: Transcript, topicId: string, options: TopicCardTextOptions = {}): string {
  const card = emailCardContent(transcript, topicId, options);
  const blocks = [`${card.title}\n${'='.repeat(Math.min([...card.title].length, 72))}`];
  if (card.description) blocks.push(card.description);
  if (card.quote) blocks.push(`“${card.quote.text}”\n— ${formatAttribution(card.quote.attribution)}`);
  if (card.speakers) blocks.push(card.speakers);
  if (card.link) blocks.push(`${READ_MORE_LABEL}:\n${card.link}`);
  return `${blocks.join('\n\n')}\n`;
}
