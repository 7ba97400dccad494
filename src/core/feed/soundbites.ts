// Soundbites (a publisher's chosen moments: start, duration, title) → quotes in the transcript's words.
import type { Quote, Transcript } from '../types.js';
import type { FeedSoundbite } from './feed.js';
import type { TimedPiece } from './cues.js';
import { linkQuotesToTopics, pieceAnchors, segmentTimes, timedWords, uniqueId } from './timeline.js';

/** Punctuation that would dangle at a quote's edge once it is cut out of a sentence. */
const LOOSE_EDGE = /^[\s,;:–—-]+|[\s,;:–—-]+$/g;

/**
 * The transcript with a quote for each soundbite: the words of the transcript whose middle lies
 * inside the soundbite's time range, from the first whole word to the last, with
 * the soundbite's title. Word times come from `pieces`, the transcript file's cues or timed
 * words (see timedPieces), and are estimated between them. A quote is text of one segment, as the data model requires; when a
 * soundbite runs across segments (a change of speaker, a paragraph break), the quote is the
 * part in the segment that holds most of its time, and `onWarning` says so. A soundbite
 * outside the transcript's speech, or a transcript without times, gives no quote and a warning.
 */
export function applySoundbites(
  transcript: Transcript,
  soundbites: readonly FeedSoundbite[],
  onWarning: (message: string) => void = () => {},
  pieces: readonly TimedPiece[] = [],
): Transcript {
  if (soundbites.length === 0) return transcript;
  const times = segmentTimes(transcript);
  if (!times) {
    onWarning('The transcript has no times, so its soundbites cannot be found in it.');
    return transcript;
  }
  const anchors = pieceAnchors(transcript, pieces);
  const used = new Set(transcript.quotes.map((quote) => quote.id));
  const quotes: Quote[] = [];
  soundbites.forEach((soundbite, index) => {
    const from = soundbite.start;
    const to = soundbite.start + soundbite.duration;
    const label = `Soundbite ${index + 1}${soundbite.title ? ` ("${soundbite.title}")` : ''} at ${from} s`;
    const overlapping = times.flatMap((time, segment) => {
      const overlap = Math.min(time.end, to) - Math.max(time.start, from);
      return overlap > 0 ? [{ segment, overlap }] : [];
    });
    const best = overlapping.reduce<(typeof overlapping)[number] | undefined>((top, next) => (top && top.overlap >= next.overlap ? top : next), undefined);
    const segment = best && transcript.segments[best.segment]!;
    const words = best ? timedWords(segment!.text, times[best.segment]!, anchors.get(best.segment)).filter((word) => {
      const middle = (word.start + word.end) / 2;
      return middle >= from && middle <= to;
    }) : [];
    const text = words.length > 0 ? segment!.text.slice(words[0]!.from, words.at(-1)!.to).replace(LOOSE_EDGE, '') : '';
    if (!segment || text === '') {
      onWarning(`${label}: no words of the transcript lie in its time range; it is left out.`);
      return;
    }
    if (overlapping.length > 1) {
      onWarning(`${label}: runs across ${overlapping.length} segments; the quote is its part in segment ${segment.id}, where most of it lies.`);
    }
    quotes.push({ id: uniqueId(`soundbite-${index + 1}`, used), segment: segment.id, text, ...(soundbite.title && { title: soundbite.title }) });
  });
  return linkQuotesToTopics({ ...transcript, quotes: [...transcript.quotes, ...quotes] });
}
