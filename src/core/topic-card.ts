/**
 * What a topic card shows, decided once for every place that draws one: the
 * `<verbatim-topic-card>` element, the email export and its plain-text part. Each of them only
 * lays this content out in its medium and words it in its language.
 */
import { quoteAttribution } from './attribution.js';
import type { Attribution } from './attribution.js';
import { contextLink } from './links.js';
import { lookup } from './lookup.js';
import type { TranscriptLookup } from './lookup.js';
import { unknownIdMessage } from './suggest.js';
import type { TimeRange } from './time.js';
import type { Topic, Transcript } from './types.js';

export interface TopicCardContent {
  /** The topic shown: the one asked for, or the transcript's first. */
  topicId: string;
  /** The transcript's language, for the card's `lang`. */
  language: string;
  title: string;
  /** The topic's summary; empty for a topic made from a chapter, which has only a title. */
  summary: string;
  /**
   * Where this part starts and ends in the recording. Only when the summary is empty (or only
   * spaces) and the recording is timed: the card then shows the time range in its place.
   */
  time?: TimeRange;
  /** The names of the speakers heard in this part, in order of first appearance. */
  speakers: string[];
  /** The key quote: the topic's first, with who said it. */
  quote?: { id: string; text: string; attribution: Attribution };
  /** The topic's first segment, where links to this part point. */
  firstSegment: string;
  /** The link to this part on the transcript page, when an `href` was given. */
  link?: string;
}

export interface TopicCardContentOptions {
  /**
   * The page that shows the whole transcript, already checked by the caller (`safeUrl` for a
   * page, an absolute http(s) URL for an email). Any fragment it has is replaced.
   */
  href?: string;
}

/** The start of a topic and the end of its last segment, when the segments say. */
function topicTime(data: TranscriptLookup, topic: Topic): TimeRange | undefined {
  const first = data.segment(topic.segments[0]);
  const last = data.segment(topic.segments[1]);
  const start = topic.start ?? first?.start;
  if (start === undefined) return undefined;
  const end = last?.end ?? last?.start;
  return end === undefined || end <= start ? { start } : { start, end };
}

/**
 * The content of the card for `topicId` of `transcript` (its first topic when `topicId` is
 * undefined). Throws a RangeError whose message is a sentence for an unknown topic (naming the
 * closest ids) or a transcript without topics. `transcript` must be valid (validateTranscript).
 */
export function topicCardContent(transcript: Transcript, topicId: string | undefined, options: TopicCardContentOptions = {}): TopicCardContent {
  const data = lookup(transcript);
  const topic = topicId === undefined ? transcript.topics[0] : data.topic(topicId);
  if (!topic) {
    throw new RangeError(topicId === undefined
      ? 'This transcript has no topics: a topic card has nothing to show.'
      : unknownIdMessage('topic', topicId, transcript.topics.map((entry) => entry.id)));
  }
  const quote = topic.quotes[0] === undefined ? undefined : data.quote(topic.quotes[0]);
  const firstSegment = topic.segments[0];
  const time = topic.summary.trim() === '' ? topicTime(data, topic) : undefined;
  return {
    topicId: topic.id,
    language: transcript.language,
    title: topic.title,
    summary: topic.summary,
    ...(time && { time }),
    speakers: data.speakersOf(topic).map((speaker) => speaker.name),
    ...(quote && { quote: { id: quote.id, text: quote.text, attribution: quoteAttribution(transcript, quote) } }),
    firstSegment,
    ...(options.href !== undefined && { link: contextLink(options.href, firstSegment) }),
  };
}
