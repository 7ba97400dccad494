import { lookup } from './lookup.js';
import { closestIds, unknownIdMessage } from './suggest.js';
import type { Quote, Transcript } from './types.js';

export interface QuoteFilter {
  topic?: string | undefined;
  speaker?: string | undefined;
}

export type QuoteSelection = { ok: true; quotes: Quote[] } | { ok: false; message: string };

const quoted = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');

/**
 * The quotes of `transcript` that match the filter, in transcript order, or a message that
 * says why none do and names the closest ids that would.
 */
export function selectQuotes(transcript: Transcript, { topic, speaker }: QuoteFilter): QuoteSelection {
  const data = lookup(transcript);
  const topicEntry = topic ? data.topic(topic) : undefined;
  if (topic && !topicEntry) return { ok: false, message: unknownIdMessage('topic', topic, transcript.topics.map((entry) => entry.id)) };
  if (speaker && !data.speaker(speaker)) {
    return { ok: false, message: unknownIdMessage('speaker', speaker, transcript.speakers.map((entry) => entry.id)) };
  }
  const speakerOf = (quote: Quote) => data.speakerOfQuote(quote)?.id;
  const inTopic = (quote: Quote, id: string) => quote.topic === id || (data.topic(id)?.quotes.includes(quote.id) ?? false);
  const matches = (quote: Quote) => (!topicEntry || inTopic(quote, topicEntry.id)) && (!speaker || speakerOf(quote) === speaker);
  const quotes = transcript.quotes.filter(matches);
  if (quotes.length > 0) return { ok: true, quotes };
  if (transcript.quotes.length === 0) return { ok: false, message: 'This transcript has no quotes to show.' };

  const wanted = [topic && `topic "${topic}"`, speaker && `speaker "${speaker}"`].filter(Boolean).join(' and ');
  const hints: string[] = [];
  if (topic) {
    const topics = transcript.topics.filter((entry) => transcript.quotes.some((quote) => inTopic(quote, entry.id) && (!speaker || speakerOf(quote) === speaker)));
    if (topics.length > 0) hints.push(`Closest topics with quotes: ${quoted(closestIds(topic, topics.map((entry) => entry.id)))}.`);
  }
  if (speaker) {
    const speakers = new Set(transcript.quotes.filter((quote) => !topic || inTopic(quote, topic)).map(speakerOf).filter((id): id is string => id !== undefined));
    if (speakers.size > 0) hints.push(`Closest speakers with quotes: ${quoted(closestIds(speaker, [...speakers]))}.`);
  }
  return { ok: false, message: [`No quotes match ${wanted}.`, ...hints].join(' ') };
}
