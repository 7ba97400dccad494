import { lookup } from '../../core/lookup.js';
import { unknownIdMessage } from '../../core/suggest.js';
import type { Segment, Topic, Transcript } from '../../core/types.js';

/** What the transcript shows, in order: each topic's heading before its first segment. */
export type TranscriptItem =
  | { kind: 'topic'; topic: Topic; index: number }
  | { kind: 'segment'; segment: Segment; index: number };

export function transcriptItems(transcript: Transcript): TranscriptItem[] {
  const { segmentIndex } = lookup(transcript);
  const headings = new Map(transcript.topics.map((topic) => [segmentIndex(topic.segments[0]), topic]));
  const items: TranscriptItem[] = [];
  transcript.segments.forEach((segment, index) => {
    const topic = headings.get(index);
    if (topic) items.push({ kind: 'topic', topic, index });
    items.push({ kind: 'segment', segment, index });
  });
  return items;
}

/** The id of a topic heading inside the element's shadow root. */
export const topicHeadingId = (topic: Topic): string => `topic-${topic.id}`;

/** A readable message when `speaker` or `topic` names no id of `transcript`. */
export function filterProblem(transcript: Transcript, speaker: string | undefined, topic: string | undefined): string | undefined {
  if (speaker && !lookup(transcript).speaker(speaker)) return unknownIdMessage('speaker', speaker, transcript.speakers.map((s) => s.id));
  if (topic && !lookup(transcript).topic(topic)) return unknownIdMessage('topic', topic, transcript.topics.map((t) => t.id));
  return undefined;
}

/** Whether a segment passes the reader's filters: spoken by `speaker`, within topic `topic` (each when given). */
export function filterTest(transcript: Transcript, speaker: string | undefined, topic: string | undefined): (segment: Segment) => boolean {
  const { segmentIndex, topic: topicOf } = lookup(transcript);
  const range = topic ? topicOf(topic)?.segments.map(segmentIndex) : undefined;
  return (segment) => (!speaker || segment.speaker === speaker)
    && (!range || (segmentIndex(segment.id) >= (range[0] ?? 0) && segmentIndex(segment.id) <= (range[1] ?? -1)));
}
