import type { Quote, Segment, Transcript } from '../core/types.js';

/*
 * The bundled interview as it is shipped: the same Transcript with its repetition taken out,
 * for a smaller download. Quotes are offsets into their segment's text (each quote is a verbatim
 * substring of it), segments and quotes are tuples, and a segment numbered on from the one
 * before it (s041 after s040) leaves its id out. `npm run data` writes it with
 * compactTranscript (scripts/data-digests.ts); interview.ts rebuilds the Transcript with
 * expandTranscript, equal to interview.json down to the order of keys (tested).
 * For segments of `id, speaker, text, note?` and quotes of `id, segment, text, topic?` only.
 */

/** `[id, index of its speaker, text, note?]`, or without the id when it is `nextId` of the one before. */
type NamedSegment = [string, number, string, string?];
type CompactSegment = NamedSegment | [number, string, string?];
/** `[id, index of its segment, start, end, topic?]`: the quote is `text.slice(start, end)`. */
type CompactQuote = [string, number, number, number, string?];

export interface CompactTranscript extends Omit<Transcript, 'segments' | 'quotes'> {
  segments: CompactSegment[];
  quotes: CompactQuote[];
}

/** Throws unless `value` has exactly one of these lists of fields, in that order. */
function expectFields(value: object, what: string, ...allowed: string[]): void {
  const fields = Object.keys(value).join(', ');
  if (!allowed.includes(fields)) throw new Error(`compactTranscript: ${what} has fields ${fields}, not ${allowed.join(' or ')}`);
}

/** The id after `id` when ids are numbered: its trailing number plus one, as many digits ("s009" → "s010"). */
const nextId = (id: string): string => id.replace(/\d+$/, (digits) => `${+digits + 1}`.padStart(digits.length, '0'));

export function compactTranscript(transcript: Transcript): CompactTranscript {
  const speakerIds = transcript.speakers.map((speaker) => speaker.id);
  const segmentIds = transcript.segments.map((segment) => segment.id);
  return {
    ...transcript,
    segments: transcript.segments.map((segment, index) => {
      expectFields(segment, `segment ${segment.id}`, 'id, speaker, text', 'id, speaker, text, note');
      const compact: CompactSegment = [speakerIds.indexOf(segment.speaker), segment.text];
      if (segment.note !== undefined) compact.push(segment.note);
      const previous = segmentIds[index - 1];
      return previous !== undefined && nextId(previous) === segment.id ? compact : [segment.id, ...compact];
    }),
    quotes: transcript.quotes.map((quote) => {
      expectFields(quote, `quote ${quote.id}`, 'id, segment, text', 'id, segment, text, topic');
      const index = segmentIds.indexOf(quote.segment);
      const start = transcript.segments[index]!.text.indexOf(quote.text);
      const end = start + quote.text.length;
      return quote.topic === undefined ? [quote.id, index, start, end] : [quote.id, index, start, end, quote.topic];
    }),
  };
}

export function expandTranscript(compact: CompactTranscript): Transcript {
  let previous = '';
  const segments = compact.segments.map((tuple): Segment => {
    const [id, speaker, text, note] = typeof tuple[0] === 'string' ? tuple as NamedSegment : [nextId(previous), ...tuple] as NamedSegment;
    previous = id;
    const segment: Segment = { id, speaker: compact.speakers[speaker]!.id, text };
    if (note !== undefined) segment.note = note;
    return segment;
  });
  const quotes = compact.quotes.map(([id, index, start, end, topic]): Quote => {
    const segment = segments[index]!;
    const quote: Quote = { id, segment: segment.id, text: segment.text.slice(start, end) };
    if (topic !== undefined) quote.topic = topic;
    return quote;
  });
  return { ...compact, segments, quotes };
}
