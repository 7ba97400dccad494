// Chapters → topics: a Podcasting 2.0 chapters file (JSON) or a WebVTT chapters track.
import { TranscriptError } from '../errors.js';
import { slug } from '../formats/paragraphs.js';
import type { Topic, Transcript } from '../types.js';
import { safeUrl } from '../url.js';
import { readCues } from './cues.js';
import { linkQuotesToTopics, segmentTimes, uniqueId } from './timeline.js';

/** One chapter, in seconds. */
export interface Chapter {
  start: number;
  /** When the file gives it; otherwise the chapter runs to the next one. */
  end?: number;
  title: string;
  img?: string;
  href?: string;
}

export interface ChapterOptions {
  /** Called with each chapter left out and why (no title, not in the table of contents, no speech). */
  onWarning?: (message: string) => void;
  /** The chapters file's own http(s) URL: chapters' relative `img` and `url` are resolved against it. */
  base?: string;
}

/** `value` when it is a safe link, made absolute against `base` when one is given. */
function chapterLink(value: unknown, base: string | undefined): string | undefined {
  const link = typeof value === 'string' ? safeUrl(value) : undefined;
  if (link === undefined || base === undefined) return link;
  try {
    return safeUrl(new URL(link, base).href);
  } catch {
    return link;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function jsonChapters(root: unknown, warn: (message: string) => void, base: string | undefined): Chapter[] {
  if (!isRecord(root) || !Array.isArray(root.chapters)) {
    throw new TranscriptError('A chapters file must be a JSON object with "chapters": [{startTime, title}, …].', 'chapters');
  }
  return root.chapters.flatMap((entry: unknown, index): Chapter[] => {
    const path = `chapters[${index}]`;
    if (!isRecord(entry)) throw new TranscriptError('Each chapter must be an object with "startTime" and "title".', path);
    if (!isTime(entry.startTime)) throw new TranscriptError(`"startTime" must be a number of seconds, not ${JSON.stringify(entry.startTime)}.`, `${path}.startTime`);
    const title = typeof entry.title === 'string' ? entry.title.replace(/\s+/g, ' ').trim() : '';
    if (entry.toc === false) return [];
    if (title === '') {
      warn(`${path}: a chapter without a title is left out.`);
      return [];
    }
    const img = chapterLink(entry.img, base);
    const href = chapterLink(entry.url, base);
    return [{
      start: entry.startTime,
      ...(isTime(entry.endTime) && entry.endTime > entry.startTime && { end: entry.endTime }),
      title,
      ...(img && { img }),
      ...(href && { href }),
    }];
  });
}

/** A WebVTT chapters track: each cue's text is a chapter title. */
function vttChapters(text: string): Chapter[] {
  const cues = readCues(text, (line, lineNumber) => {
    throw new TranscriptError(`${JSON.stringify(line.trim())} is not a cue timing line like "00:01:00.000 --> 00:05:00.000".`, `line ${lineNumber}`);
  });
  return cues.flatMap(({ start, end, text: title }) => (title === '' ? [] : [{ start, ...(end > start && { end }), title }]));
}

/** Reads chapters from a Podcasting 2.0 chapters file (JSON text or its parsed value) or a WebVTT track. */
export function readChapters(chapters: string | object, options: ChapterOptions = {}): Chapter[] {
  const warn = options.onWarning ?? (() => {});
  if (typeof chapters !== 'string') return jsonChapters(chapters, warn, options.base);
  const start = chapters.replace(/^\uFEFF/, '').trimStart();
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(start)) return vttChapters(start);
  if (!start.startsWith('{')) throw new TranscriptError('Chapters must be a Podcasting 2.0 chapters file (JSON) or a WebVTT chapters track ("WEBVTT" …).');
  let root: unknown;
  try {
    root = JSON.parse(start);
  } catch (error) {
    throw new TranscriptError(`The chapters file is not valid JSON: ${(error as Error).message}`);
  }
  return jsonChapters(root, warn, options.base);
}

/**
 * The transcript with topics made from chapters, replacing any it had: each chapter with a title
 * becomes a topic (summary "", its start, image and link kept) over the segments whose middle
 * falls in its time range. A chapter too short to hold the middle of any segment gets the segment
 * it starts in. Chapters marked `toc: false` are artwork changes, not sections, and are skipped.
 * Quotes are linked to the topic that holds their segment. Throws a TranscriptError for a
 * chapters file it cannot read or a transcript without times.
 */
export function applyChapters(transcript: Transcript, chapters: string | object, options: ChapterOptions = {}): Transcript {
  const warn = options.onWarning ?? (() => {});
  const list = readChapters(chapters, options).sort((a, b) => a.start - b.start);
  const times = segmentTimes(transcript);
  if (!times) throw new TranscriptError('Chapters need a transcript with times; this one has none.');
  const used = new Set<string>();
  const topics = list.flatMap((chapter, index): Topic[] => {
    const end = Math.min(chapter.end ?? Number.POSITIVE_INFINITY, list[index + 1]?.start ?? Number.POSITIVE_INFINITY);
    let inside = times.flatMap((time, segment) => (time.middle >= chapter.start && time.middle < end ? [segment] : []));
    if (inside.length === 0) {
      const containing = times.findIndex((time) => time.start <= chapter.start && chapter.start < time.end);
      if (containing === -1) {
        warn(`The chapter "${chapter.title}" (at ${chapter.start} s) has no speech in the transcript and is left out.`);
        return [];
      }
      inside = [containing];
    }
    const first = transcript.segments[inside[0]!]!.id;
    const last = transcript.segments[inside.at(-1)!]!.id;
    return [{
      id: uniqueId(slug(chapter.title) || `chapter-${index + 1}`, used),
      title: chapter.title,
      summary: '',
      segments: [first, last],
      quotes: [],
      start: chapter.start,
      ...(chapter.img && { img: chapter.img }),
      ...(chapter.href && { href: chapter.href }),
    }];
  });
  return linkQuotesToTopics({ ...transcript, topics });
}
