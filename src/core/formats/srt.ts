// SubRip (.srt), read as leniently as mainstream players and parsers: cue numbers optional or
// odd ("0002", "-2", "2.2"), times without hours or milliseconds or with 2-digit fractions, "."
// or full-width punctuation, "->" and "- >" arrows, blank lines inside a cue, CR-only line ends.
// A cue whose timing cannot be read is skipped with a warning. A leading speaker label
// ("Name:", as the Podcasting 2.0 guide writes speakers) gives the speaker.
import { TranscriptError } from '../errors.js';
import type { TranscriptFormatReader } from './format.js';
import { excerpt, splitLines } from './lines.js';
import { toTranscript } from './paragraphs.js';
import type { Utterance } from './paragraphs.js';
import { speakerLabels } from './speakers.js';

const TIME = String.raw`(?:(\d+)\s*[:：]\s*)?(\d+)\s*[:：]\s*(\d+)(?:\s*[,.，．:：]\s*(\d+))?`;
/** "00:00:01,000 --> 00:00:04,000", with the leniency above; anything after the end time (positions) is ignored. */
const TIMING = new RegExp(String.raw`^\s*${TIME}\s*(?:-{1,2}\s?>|[–—]>)\s*${TIME}(?:\s.*)?$`);
/** A line with an arrow: meant as a timing line, readable or not. */
const ARROW = /-\s?>|[–—]>/;
/** A cue number as written in the wild. */
const CUE_NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/;

const EXAMPLE = '00:00:01,000 --> 00:00:04,000';

function seconds(hours = '0', minutes: string, secs: string, fraction?: string): number {
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(secs) + (fraction ? Number(`0.${fraction}`) : 0);
}

/** SRT styling: `<i> <b> <u> <s> <font …>` tags and `{\an8}`-style overrides. */
const stripStyling = (text: string): string =>
  text.replace(/<\/?(?:b|i|u|s|font)(?:\s[^>]*)?>/gi, '').replace(/\{\\[^}]*\}/g, '');

interface Cue {
  line: number;
  start: number;
  end: number | undefined;
  lines: string[];
}

/** Splits the file into cues; `warn` hears of each block skipped. */
function readCues(lines: string[], warn: (line: number, reason: string) => void): Cue[] {
  const cues: Cue[] = [];
  let cue: Cue | undefined;
  /** A block being skipped up to the next blank line: a cue number or arrow without a readable timing. */
  let skipping = false;
  const blankBefore = (index: number) => index === 0 || lines[index - 1]!.trim() === '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const timing = TIMING.exec(line);
    if (timing) {
      const [, h1, m1, s1, f1, h2, m2, s2, f2] = timing;
      const start = seconds(h1, m1!, s1!, f1);
      let end: number | undefined = seconds(h2, m2!, s2!, f2);
      if (end < start) {
        warn(index + 1, `The cue ends before it starts; its end time is ignored.`);
        end = undefined;
      }
      cue = { line: index + 1, start, end, lines: [] };
      cues.push(cue);
      skipping = false;
      continue;
    }
    if (line.trim() === '') {
      skipping = false;
      cue?.lines.push('');
      continue;
    }
    if (skipping) continue;
    const next = lines[index + 1] ?? '';
    // The number of the next cue, read or skipped with its timing line.
    if (CUE_NUMBER.test(line) && ARROW.test(next)) continue;
    if (ARROW.test(line) && (blankBefore(index) || CUE_NUMBER.test(lines[index - 1]!))) {
      warn(index + 1, `${excerpt(line.trim())} is not a timing line like "${EXAMPLE}"; the cue is skipped.`);
      skipping = true;
    } else if (blankBefore(index) && CUE_NUMBER.test(line)) {
      warn(index + 1, `Cue ${line.trim()} has no timing line like "${EXAMPLE}"; it is skipped.`);
      skipping = true;
    } else if (cue) {
      cue.lines.push(line);
    } else {
      warn(index + 1, `${excerpt(line.trim())} comes before the first cue; it is skipped.`);
      skipping = true;
    }
  }
  return cues;
}

export const srt: TranscriptFormatReader<'srt'> = {
  name: 'srt',
  label: 'SubRip (SRT)',
  mimeTypes: ['application/x-subrip', 'application/srt', 'text/srt'],
  extensions: ['srt'],
  detect(start) {
    const [first = '', second = ''] = start.slice(0, 400).split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
    return TIMING.test(first) || (CUE_NUMBER.test(first) && (TIMING.test(second) || /\d.*(?:-\s?>|[–—]>)/.test(second)));
  },
  parse(text, { id, title, warn }) {
    const cues = readCues(splitLines(text), (line, reason) => warn({ line, reason }));
    if (cues.length === 0) throw new TranscriptError(`This file has no cue timing line like "${EXAMPLE}".`);
    const texts = cues.map((cue) => stripStyling(cue.lines.map((line) => line.trim()).filter(Boolean).join(' ')).trim());
    const labelOf = speakerLabels(texts);
    const utterances = cues.map((cue, index): Utterance => {
      const label = labelOf(texts[index]!);
      return { speaker: label?.name, text: label ? label.text : texts[index]!, start: cue.start, end: cue.end };
    });
    return toTranscript(utterances, { id, title });
  },
};
