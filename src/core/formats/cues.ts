// Cue timing lines, shared by the WebVTT and SRT readers.
import { TranscriptError } from '../errors.js';
import { excerpt } from './lines.js';

/** How one caption format writes its timestamps. */
export interface TimestampSyntax {
  /** Captures hours (optional), minutes, seconds, milliseconds. */
  pattern: RegExp;
  /** A timing line to show in error messages. */
  example: string;
}

export const VTT_TIMESTAMPS: TimestampSyntax = {
  pattern: /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/,
  example: '00:00:01.000 --> 00:00:04.000',
};

/** SRT writes a comma before the milliseconds; a full stop, common in the wild, is accepted. */
export const SRT_TIMESTAMPS: TimestampSyntax = {
  pattern: /^(\d{1,}):([0-5]\d):([0-5]\d)[,.](\d{3})$/,
  example: '00:00:01,000 --> 00:00:04,000',
};

const TIMING_LINE = /^\s*(\S+)\s*-->\s*(\S+)(?:\s.*)?$/;

/** Whether a line is meant as a timing line (it has an arrow), well-formed or not. */
export const isTimingLine = (line: string): boolean => line.includes('-->');

function seconds(text: string, syntax: TimestampSyntax): number | undefined {
  const match = syntax.pattern.exec(text);
  if (!match) return undefined;
  const [, hours = '0', minutes, secs, millis] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(secs) + Number(millis) / 1000;
}

/** Reads "start --> end [settings]"; throws a TranscriptError naming the line when it cannot. */
export function parseTiming(line: string, lineNumber: number, syntax: TimestampSyntax): { start: number; end: number } {
  const at = `line ${lineNumber}`;
  const match = TIMING_LINE.exec(line);
  if (!match) throw new TranscriptError(`${excerpt(line)} is not a cue timing line like "${syntax.example}".`, at);
  const [, startText, endText] = match as unknown as [string, string, string];
  const start = seconds(startText, syntax);
  const end = seconds(endText, syntax);
  const like = syntax.example.split(' ')[0];
  if (start === undefined) throw new TranscriptError(`The start time ${excerpt(startText)} is not a timestamp like "${like}".`, at);
  if (end === undefined) throw new TranscriptError(`The end time ${excerpt(endText)} is not a timestamp like "${like}".`, at);
  if (end < start) throw new TranscriptError(`The cue ends (${endText}) before it starts (${startText}).`, at);
  return { start, end };
}
