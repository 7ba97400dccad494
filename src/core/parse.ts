import { TranscriptError } from './errors.js';
import type { TranscriptWarning } from './errors.js';
import { FORMAT_READERS } from './formats/registry.js';
import type { TranscriptFormat } from './formats/registry.js';
import type { Transcript } from './types.js';

export type { TranscriptFormat } from './formats/registry.js';

/** Every format parseTranscript reads. */
export const TRANSCRIPT_FORMATS: readonly TranscriptFormat[] = FORMAT_READERS.map((reader) => reader.name);

export interface ParseOptions {
  /** The format of `text`; detected from the content when not given. */
  format?: TranscriptFormat;
  /** Id of the resulting transcript (formats without one get "transcript"). */
  id?: string;
  /** Title of the resulting transcript (formats without one get "Transcript"). */
  title?: string;
}

/** A transcript read from a file, with what the reader skipped or read leniently on the way. */
export interface TranscriptReading {
  transcript: Transcript;
  /** The format it was read as. */
  format: TranscriptFormat;
  /** In file order; empty for a file read without a hitch. */
  warnings: TranscriptWarning[];
}

/** Guesses the format of a transcript file from its first characters. */
export function detectFormat(text: string): TranscriptFormat {
  const start = text.slice(0, 8192).replace(/^\uFEFF/, '').trimStart();
  return FORMAT_READERS.find((reader) => reader.detect(start))!.name;
}

/**
 * Reads a transcript file, reporting as warnings what the format's rules let it skip (a bad
 * WebVTT block, an SRT cue without timing…). Throws a TranscriptError naming the line or JSON
 * path when the file cannot be read at all.
 */
export function readTranscript(text: string, options: ParseOptions = {}): TranscriptReading {
  const format = options.format ?? detectFormat(text);
  const reader = FORMAT_READERS.find((candidate) => candidate.name === format);
  if (!reader) throw new TranscriptError(`Unknown format "${String(format)}": expected one of ${TRANSCRIPT_FORMATS.join(', ')}.`);
  const warnings: TranscriptWarning[] = [];
  try {
    const transcript = reader.parse(text, { id: options.id, title: options.title, warn: (warning) => warnings.push(warning) });
    return { transcript, format, warnings };
  } catch (error) {
    // A file whose every cue was skipped: say why the first one was.
    const [first] = warnings;
    if (!(error instanceof TranscriptError) || error.line !== undefined || error.path !== undefined || !first) throw error;
    throw new TranscriptError(`${error.reason} ${first.reason}`, { line: first.line });
  }
}

/**
 * Reads a transcript file into a Transcript. Throws a TranscriptError naming the line or
 * JSON path when the input cannot be read; readTranscript also tells what was skipped.
 */
export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  return readTranscript(text, options).transcript;
}
