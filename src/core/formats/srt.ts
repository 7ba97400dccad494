// SubRip (.srt): numbered cues; a leading "Name:" marks the speaker, as the Podcasting 2.0 guide says.
import { TranscriptError } from '../errors.js';
import type { Transcript } from '../types.js';
import { SRT_TIMESTAMPS, isTimingLine, parseTiming } from './cues.js';
import { excerpt, speakerLabel, splitLines } from './lines.js';
import { toTranscript } from './paragraphs.js';
import type { TranscriptMetadata, Utterance } from './paragraphs.js';

/** SRT styling: `<i> <b> <u> <s> <font …>` tags and `{\an8}`-style overrides. */
const stripStyling = (text: string): string =>
  text.replace(/<\/?(?:b|i|u|s|font)(?:\s[^>]*)?>/gi, '').replace(/\{\\[^}]*\}/g, '');

function cueUtterance(start: number, end: number, lines: string[]): Utterance {
  const text = stripStyling(lines.join('\n')).trim();
  const label = speakerLabel(text);
  return { speaker: label?.name, text: label ? label.text : text, start, end };
}

/** Reads SRT. A cue without a "Name:" label continues the previous speaker. */
export function parseSrt(text: string, metadata: TranscriptMetadata): Transcript {
  const lines = splitLines(text);
  const utterances: Utterance[] = [];
  let state: 'between' | 'number' | 'cue' = 'between';
  let cue: { start: number; end: number; lines: string[] } | undefined;
  let numberLine = 0;
  const finishCue = () => {
    if (cue) utterances.push(cueUtterance(cue.start, cue.end, cue.lines));
    cue = undefined;
  };
  const noTiming = (at: number) => new TranscriptError(
    `Cue ${lines[numberLine - 1]!.trim()} (line ${numberLine}) has no timing line like "${SRT_TIMESTAMPS.example}".`, `line ${at}`);

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') {
      if (state === 'number') throw noTiming(index + 1);
      finishCue();
      state = 'between';
      continue;
    }
    switch (state) {
      case 'cue':
        if (!isTimingLine(line)) {
          cue!.lines.push(line);
          continue;
        }
        // A blank line is missing: the number just read belongs to the next cue.
        if (/^\d+$/.test(cue!.lines.at(-1)?.trim() ?? '')) cue!.lines.pop();
        finishCue();
        break;
      case 'number':
        if (!isTimingLine(line)) throw noTiming(index + 1);
        break;
      case 'between':
        if (/^\d+$/.test(line.trim())) {
          state = 'number';
          numberLine = index + 1;
          continue;
        }
        if (!isTimingLine(line)) {
          throw new TranscriptError(`Expected a cue number or a timing line like "${SRT_TIMESTAMPS.example}", not ${excerpt(line)}.`, `line ${index + 1}`);
        }
        break;
    }
    cue = { ...parseTiming(line, index + 1, SRT_TIMESTAMPS), lines: [] };
    state = 'cue';
  }
  if (state === 'number') throw noTiming(lines.length);
  finishCue();
  return toTranscript(utterances, metadata);
}
