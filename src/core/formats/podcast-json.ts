// Podcasting 2.0 JSON (podcasting2.org transcripts): {version, segments: [{speaker, startTime, endTime, body}]}.
// Segments are often single words; they merge into speaker paragraphs.
import { TranscriptError } from '../errors.js';
import type { Transcript } from '../types.js';
import { isObject, parseJson } from './json.js';
import { toTranscript } from './paragraphs.js';
import type { Utterance } from './paragraphs.js';
import type { TranscriptFormatReader } from './format.js';

/** "key is missing" or "key must be …, not <value>". */
function wrong(key: string, expected: string, value: unknown, path: string): TranscriptError {
  return new TranscriptError(value === undefined
    ? `"${key}" is missing: it must be ${expected}.`
    : `"${key}" must be ${expected}, not ${JSON.stringify(value)}.`, { path: `${path}.${key}` });
}

function time(segment: Record<string, unknown>, key: 'startTime' | 'endTime', path: string): number {
  const value = segment[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw wrong(key, 'a number of seconds', value, path);
  }
  return value;
}

function utterance(segment: unknown, path: string): Utterance {
  if (!isObject(segment)) throw new TranscriptError('Each segment must be an object with "body", "startTime" and "endTime".', { path });
  const { body, speaker } = segment;
  if (typeof body !== 'string') throw wrong('body', 'a text', body, path);
  if (speaker !== undefined && typeof speaker !== 'string') throw wrong('speaker', 'a name', speaker, path);
  const start = time(segment, 'startTime', path);
  const end = time(segment, 'endTime', path);
  if (end < start) throw new TranscriptError(`The segment ends (${end}) before it starts (${start}).`, { path: `${path}.endTime` });
  return { speaker, text: body, start, end };
}

/** Reads Podcasting 2.0 JSON. A segment without a speaker continues the previous one. */
function parsePodcastJson(text: string, metadata: { id?: string | undefined; title?: string | undefined }): Transcript {
  const root = parseJson(text);
  if (!isObject(root)) throw new TranscriptError('A Podcasting 2.0 transcript must be a JSON object with "segments".');
  if (!Array.isArray(root.segments)) {
    throw new TranscriptError('"segments" must be an array of {speaker, startTime, endTime, body}.', { path: 'segments' });
  }
  return toTranscript(root.segments.map((segment, index) => utterance(segment, `segments[${index}]`)), metadata);
}

export const podcastJson: TranscriptFormatReader<'podcast-json'> = {
  name: 'podcast-json',
  label: 'Podcasting 2.0 JSON',
  mimeTypes: ['application/json'],
  extensions: ['json'],
  // Its first segment has a "body"; Verbatim JSON's segments have a "text".
  detect: (start) => /^\{[^]*?"segments"\s*:\s*\[\s*\{[^}]*"body"/.test(start.slice(0, 4096)),
  parse: (text, { id, title }) => parsePodcastJson(text, { id, title }),
};
