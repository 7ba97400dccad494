/** The transcript data model, version 1 (docs/data-format.md). Fields added since are optional. */

/** What an id is made of, for patterns that hold ids (a link's fragment, a line of a source file). */
export const ID_CHARS = '[a-z0-9][a-z0-9-]*';

/** Ids match this pattern and are unique in their list. */
export const ID_PATTERN = new RegExp(`^${ID_CHARS}$`);

export interface Speaker {
  id: string;
  name: string;
  /** e.g. "host", "guest" */
  role?: string;
  /** A picture of the speaker: an http(s) or relative URL. */
  img?: string;
  /** A page about the speaker: an http(s) or relative URL. */
  href?: string;
}

export interface Segment {
  id: string;
  /** A Speaker id. */
  speaker: string;
  text: string;
  /** Seconds from the start of the recording. */
  start?: number;
  end?: number;
  /** A remark on the segment shown beside it, e.g. "teaser" for a cold open's lines. */
  note?: string;
}

export interface Topic {
  id: string;
  title: string;
  summary: string;
  /** [firstSegmentId, lastSegmentId], inclusive. */
  segments: [string, string];
  quotes: string[];
  /** Seconds from the start of the recording, e.g. a chapter's start time. */
  start?: number;
  /** An image for the topic (a chapter's artwork): an http(s) or relative URL. */
  img?: string;
  /** A page about the topic: an http(s) or relative URL. */
  href?: string;
}

export interface Quote {
  id: string;
  /** The Segment id the text is taken from. */
  segment: string;
  /** Occurs verbatim in the segment's text. */
  text: string;
  topic?: string;
  /** A headline for the quote, e.g. a podcast soundbite's title. */
  title?: string;
}

export interface TranscriptSource {
  publisher?: string;
  url?: string;
  published?: string;
  /** The recording itself, e.g. a podcast episode's enclosure. */
  media?: TranscriptMedia;
}

export interface TranscriptMedia {
  /** An http(s) or relative URL. */
  url: string;
  /** Its MIME type, e.g. "audio/mpeg". */
  type: string;
}

export interface Transcript {
  version: 1;
  id: string;
  title: string;
  language: string;
  source?: TranscriptSource;
  speakers: Speaker[];
  segments: Segment[];
  topics: Topic[];
  quotes: Quote[];
}

export interface ValidationProblem {
  /** JSON path of the offending value, e.g. `segments[3].speaker`. */
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; transcript: Transcript }
  | { ok: false; errors: ValidationProblem[] };
