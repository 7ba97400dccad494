// Cues, words and lines of any format → speaker paragraphs: the segments of a Transcript.
import { TranscriptError } from '../errors.js';
import type { Segment, Speaker, Transcript } from '../types.js';
import { validateTranscript } from '../validate.js';

/** One piece of speech read from a file: a cue, a word or a paragraph of text. */
export interface Utterance {
  /** The speaker's name as the file gives it; undefined continues the previous speaker. */
  speaker?: string | undefined;
  text: string;
  start?: number | undefined;
  end?: number | undefined;
}

export interface TranscriptMetadata {
  id?: string | undefined;
  title?: string | undefined;
  language?: string | undefined;
}

/** A silence longer than this (seconds) between two cues of one speaker starts a paragraph. */
const LONG_PAUSE = 2;
/** A paragraph this long ends at the next sentence end, and before twice this length regardless. */
const PARAGRAPH_WORDS = 120;
/** The speaker of a file that names none. */
const UNNAMED = 'Speaker';

interface Paragraph {
  speaker: string;
  text: string;
  words: number;
  start?: number | undefined;
  end?: number | undefined;
}

const countWords = (text: string): number => text.split(' ').length;

/**
 * Joins two pieces of text, without a space before a lone punctuation mark (word-level files
 * split it off: "Hello" "," "world"); "…and so" after "fired." keeps its space.
 */
const joinText = (before: string, after: string): string =>
  /^[,.;:!?%)\]}…]+(?:\s|$)/.test(after) ? before + after : `${before} ${after}`;

/** Lowercase ASCII id of a name: "Zoë O'Brien" → "zoe-o-brien". */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Gives each distinct speaker name an id slugged from it, unique in the transcript. */
class SpeakerRegistry {
  readonly speakers: Speaker[] = [];
  private readonly byName = new Map<string, string>();
  private readonly used = new Set<string>();

  idOf(name: string): string {
    const known = this.byName.get(name);
    if (known) return known;
    const base = slug(name) || 'speaker';
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    this.byName.set(name, id);
    this.speakers.push({ id, name });
    return id;
  }
}

function continues(paragraph: Paragraph, speaker: string, utterance: Utterance, words: number): boolean {
  if (paragraph.speaker !== speaker) return false;
  if (paragraph.end !== undefined && utterance.start !== undefined && utterance.start - paragraph.end > LONG_PAUSE) return false;
  if (paragraph.words + words > 2 * PARAGRAPH_WORDS) return false;
  return paragraph.words < PARAGRAPH_WORDS || !/[.!?…]["'”’)]*$/.test(paragraph.text);
}

/**
 * Builds a Transcript from utterances in order. With `merge`, consecutive utterances of one
 * speaker join into paragraphs (split at a long pause or at about PARAGRAPH_WORDS words);
 * without it, each utterance is a paragraph of its own.
 */
export function toTranscript(utterances: Iterable<Utterance>, metadata: TranscriptMetadata, merge = true): Transcript {
  const registry = new SpeakerRegistry();
  const paragraphs: Paragraph[] = [];
  let speakerName: string | undefined;
  for (const utterance of utterances) {
    speakerName = utterance.speaker?.trim() || speakerName;
    const text = utterance.text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const speaker = registry.idOf(speakerName ?? UNNAMED);
    const words = countWords(text);
    const last = paragraphs.at(-1);
    if (merge && last && continues(last, speaker, utterance, words)) {
      last.text = joinText(last.text, text);
      last.words += words;
      last.start ??= utterance.start;
      if (utterance.end !== undefined) last.end = Math.max(last.end ?? 0, utterance.end);
    } else {
      paragraphs.push({ speaker, text, words, start: utterance.start, end: utterance.end });
    }
  }
  if (paragraphs.length === 0) throw new TranscriptError('The file holds no transcript text.');

  const width = Math.max(3, String(paragraphs.length).length);
  const segments = paragraphs.map(({ speaker, text, start, end }, index): Segment => ({
    id: `s${String(index + 1).padStart(width, '0')}`,
    speaker,
    text,
    ...(start !== undefined && { start }),
    ...(end !== undefined && { end }),
  }));
  const transcript: Transcript = {
    version: 1,
    id: metadata.id ?? 'transcript',
    title: metadata.title ?? 'Transcript',
    language: metadata.language ?? 'und',
    speakers: registry.speakers,
    segments,
    topics: [],
    quotes: [],
  };
  // Only the options can make this invalid (e.g. an id with capitals); say which.
  const result = validateTranscript(transcript);
  if (!result.ok) throw new TranscriptError(result.errors[0]!.message, { path: result.errors[0]!.path });
  return result.transcript;
}
