/**
 * What a topic card says in an email, shared by the HTML part (email.ts) and the plain-text
 * part (`renderTopicCardText`, here): title, summary, key quote with its attribution, the
 * speakers of that part and the link back to it.
 */
import { describeTimeRange, hasNoSummary, topicKeyQuote, topicTimeRange } from './chapter-card.js';
import { contextLink } from './links.js';
import { lookup } from './lookup.js';
import { unknownIdMessage } from './suggest.js';
import type { Transcript } from './types.js';
import { safeUrl } from './url.js';

export interface TopicCardTextOptions {
  /**
   * Absolute http(s) URL of the page that shows the full transcript. The card links to the
   * topic's first segment there; without it the card has no link.
   */
  href?: string;
}

/** Who said the key quote, and where. */
export interface EmailAttribution {
  speaker?: string;
  role?: string;
  /** The transcript's title. */
  work: string;
}

export interface TopicCardContent {
  language: string;
  title: string;
  summary: string;
  /** The topic's first quote, when it has one. */
  quote?: { text: string; attribution: EmailAttribution };
  /** "With Cleo Abram and Mark Zuckerberg": the speakers of the topic's segments. */
  speakers?: string;
  /** The link to the topic in context, when an `href` was given. */
  link?: string;
}

/** The label of the link back to the transcript page. */
export const READ_MORE_LABEL = 'Read this part of the conversation';

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';

/**
 * Closes the bidirectional embeddings, overrides and isolates that `text` opens and leaves
 * open, so that a right-to-left override hidden in the data cannot reverse the text that
 * follows it in the card (the speaker's name, the link label…). The characters themselves
 * are kept: the data stays verbatim.
 */
export function containBidi(text: string): string {
  const open: string[] = [];
  for (const char of text) {
    if (EMBEDDINGS.has(char) || ISOLATES.has(char)) open.push(char);
    else if (char === POP_EMBEDDING && open.length > 0 && EMBEDDINGS.has(open[open.length - 1]!)) open.pop();
    else if (char === POP_ISOLATE && open.some((opener) => ISOLATES.has(opener))) {
      // The end of an isolate also ends the embeddings opened inside it.
      while (!ISOLATES.has(open.pop()!));
    }
  }
  const closers = open.reverse().map((opener) => (ISOLATES.has(opener) ? POP_ISOLATE : POP_EMBEDDING));
  return text + closers.join('');
}

/**
 * Checks an `href` for use in an email: it must pass safeUrl and, since a relative link means
 * nothing in a mail client, be an absolute http(s) URL. Throws a RangeError saying so.
 */
export function emailHref(href: string): string {
  const safe = safeUrl(href);
  if (safe === undefined || !/^https?:\/\/[^/?#\s]/i.test(safe)) {
    throw new RangeError(`The link "${href}" cannot be used in an email: it must be an absolute http:// or https:// URL (a relative link means nothing in a mail client).`);
  }
  return safe;
}

const speakerList = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Gathers the content of a topic card. Throws a RangeError naming the closest ids for an
 * unknown topic, and one explaining the rule for an `href` an email cannot use.
 */
export function topicCardContent(transcript: Transcript, topicId: string, options: TopicCardTextOptions = {}): TopicCardContent {
  const data = lookup(transcript);
  const topic = data.topic(topicId);
  if (!topic) throw new RangeError(unknownIdMessage('topic', topicId, transcript.topics.map((t) => t.id)));
  const link = options.href === undefined ? undefined : contextLink(emailHref(options.href), topic.segments[0]);
  const names = data.speakersOf(topic).map((speaker) => containBidi(speaker.name));
  const quote = topicKeyQuote(transcript, topic);
  const speaker = quote && data.speakerOfQuote(quote);
  // A topic made from a chapter has no summary: where its part lies in the recording takes its place.
  const range = hasNoSummary(topic) ? topicTimeRange(transcript, topic) : undefined;
  return {
    language: transcript.language,
    title: containBidi(topic.title),
    summary: containBidi(range ? describeTimeRange(range) : topic.summary),
    quote: quote && {
      text: containBidi(quote.text),
      attribution: {
        speaker: speaker && containBidi(speaker.name),
        role: speaker?.role && containBidi(speaker.role),
        work: containBidi(transcript.title),
      },
    },
    speakers: names.length > 0 ? `With ${speakerList.format(names)}` : undefined,
    link,
  };
}

/** "Mark Zuckerberg (guest)", or undefined when the quote's speaker is unknown. */
export const speakerLabel = ({ speaker, role }: EmailAttribution): string | undefined =>
  speaker === undefined ? undefined : role ? `${speaker} (${role})` : speaker;

/**
 * The plain-text part of a message carrying the topic card: same content as
 * renderTopicCardEmail, as lines of text (UTF-8, nothing escaped: plain text has no markup).
 * Throws like renderTopicCardEmail for an unknown topic or an unusable `href`.
 */
export function renderTopicCardText(transcript: Transcript, topicId: string, options: TopicCardTextOptions = {}): string {
  const card = topicCardContent(transcript, topicId, options);
  const blocks = [`${card.title}\n${'='.repeat(Math.min([...card.title].length, 72))}`, card.summary];
  if (card.quote) {
    const who = speakerLabel(card.quote.attribution);
    blocks.push(`“${card.quote.text}”\n— ${who ? `${who}, ` : ''}${card.quote.attribution.work}`);
  }
  if (card.speakers) blocks.push(card.speakers);
  if (card.link) blocks.push(`${READ_MORE_LABEL}:\n${card.link}`);
  return `${blocks.join('\n\n')}\n`;
}
