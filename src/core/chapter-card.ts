/**
 * The key quote of a topic that has only a title, as a topic made from a podcast chapter has:
 * its opening sentence, when the publisher chose no soundbite for it. topic-card.ts gives it to
 * <verbatim-topic-card> and the email export, with the part's time range.
 */
import { lookup } from './lookup.js';
import type { Quote, Segment, Topic, Transcript } from './types.js';

/** A sentence shorter than this ("Yeah.", "Right.") says nothing of the part: the next one is taken. */
const MIN_WORDS = 4;
/** A longer sentence is cut after this many words, marked with "…". */
const MAX_WORDS = 40;
/** How far into a part to look for a sentence long enough. */
const SEGMENTS_LOOKED_AT = 8;

/** The sentences of `text`: up to and including their end punctuation (and a closing quote mark). */
const sentences = (text: string): string[] =>
  (text.match(/[^.!?…]+(?:[.!?…]+["'”’)\]]*|$)/g) ?? []).map((sentence) => sentence.trim()).filter(Boolean);

function cut(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length <= MAX_WORDS ? sentence : `${words.slice(0, MAX_WORDS).join(' ')}…`;
}

/** The first sentence of `segments` that has a few words (else the very first), with its segment. */
function openingSentence(segments: readonly Segment[]): { segment: Segment; text: string } | undefined {
  let first: { segment: Segment; text: string } | undefined;
  for (const segment of segments.slice(0, SEGMENTS_LOOKED_AT)) {
    for (const sentence of sentences(segment.text)) {
      first ??= { segment, text: sentence };
      if (sentence.split(/\s+/).length >= MIN_WORDS) return { segment, text: cut(sentence) };
    }
  }
  return first && { ...first, text: cut(first.text) };
}

/** Whether a topic has no summary to show (a chapter's topic has only a title). */
export const hasNoSummary = (topic: Topic): boolean => topic.summary.trim() === '';

/**
 * The quote a card shows for `topic`: its first quote (e.g. a soundbite the publisher chose);
 * for a topic without quotes or summary, the opening sentence of its part, cut after 40 words
 * (its `id` is then made up and its text may end in "…"). Undefined when there is neither.
 */
export function topicKeyQuote(transcript: Transcript, topic: Topic): Quote | undefined {
  const data = lookup(transcript);
  const [quoteId] = topic.quotes;
  const quote = quoteId === undefined ? undefined : data.quote(quoteId);
  if (quote || !hasNoSummary(topic)) return quote;
  const opening = openingSentence(data.segmentsOf(topic));
  return opening && { id: `${topic.id}-opening`, segment: opening.segment.id, text: opening.text };
}
