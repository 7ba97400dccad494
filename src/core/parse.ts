import { TranscriptError } from './errors.js';
import type { Transcript } from './types.js';
import { validateTranscript } from './validate.js';

export type TranscriptFormat = 'verbatim' | 'podcast-json' | 'vtt' | 'srt' | 'text';

export interface ParseOptions {
  /** The format of `text`; detected from the content when not given. */
  format?: TranscriptFormat;
  /** Id of the resulting transcript (formats without one get "transcript"). */
  id?: string;
  /** Title of the resulting transcript (formats without one get "Transcript"). */
  title?: string;
}

/** Guesses the format of a transcript file from its first characters. */
export function detectFormat(text: string): TranscriptFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return /"segments"\s*:\s*\[\s*\{[^}]*"body"/.test(start) ? 'podcast-json' : 'verbatim';
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(start)) return 'vtt';
  if (/^\d+\r?\n\d\d:\d\d:\d\d[,.]\d{3}\s+-->/.test(start)) return 'srt';
  return 'text';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TranscriptError(`This is not valid JSON (${(error as Error).message}).`);
  }
}

/** Parses this project's own JSON: it must pass validateTranscript. */
function parseVerbatim(text: string): Transcript {
  const result = validateTranscript(parseJson(text));
  if (result.ok) return result.transcript;
  const [first] = result.errors;
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more problems)` : '';
  throw new TranscriptError(`${first!.message}${more}`, first!.path || undefined);
}

/**
 * Reads a transcript file into a Transcript. Throws a TranscriptError naming the line or
 * JSON path when the input cannot be read.
 */
export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  const format = options.format ?? detectFormat(text);
  switch (format) {
    case 'verbatim':
      return parseVerbatim(text);
    default:
      throw new TranscriptError(`The ${format} format cannot be read yet.`);
  }
}
