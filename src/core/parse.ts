import { TranscriptError } from './errors.js';
import { parseJson } from './formats/json.js';
import { parsePodcastJson } from './formats/podcast-json.js';
import { parseSrt } from './formats/srt.js';
import { parseText } from './formats/text.js';
import { parseVtt } from './formats/vtt.js';
import type { Transcript } from './types.js';
import { validateTranscript } from './validate.js';

export type TranscriptFormat = 'verbatim' | 'podcast-json' | 'vtt' | 'srt' | 'text';

/** Every format parseTranscript reads. */
export const TRANSCRIPT_FORMATS: readonly TranscriptFormat[] = ['verbatim', 'podcast-json', 'vtt', 'srt', 'text'];

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

/** Reads this project's own JSON: it must pass validateTranscript. `id` and `title` replace its own. */
function parseVerbatim(text: string, { id, title }: ParseOptions): Transcript {
  const json = parseJson(text);
  const result = validateTranscript(id === undefined && title === undefined ? json : { ...(json as object), ...(id !== undefined && { id }), ...(title !== undefined && { title }) });
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
  const metadata = { id: options.id, title: options.title };
  switch (format) {
    case 'verbatim':
      return parseVerbatim(text, options);
    case 'podcast-json':
      return parsePodcastJson(text, metadata);
    case 'vtt':
      return parseVtt(text, metadata);
    case 'srt':
      return parseSrt(text, metadata);
    case 'text':
      return parseText(text, metadata);
    default:
      throw new TranscriptError(`Unknown format "${String(format)}": expected one of ${TRANSCRIPT_FORMATS.join(', ')}.`);
  }
}
