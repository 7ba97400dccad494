/** The data model of DESIGN.md, version 1. */

/** Ids match this pattern and are unique in their list. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export interface Speaker {
  id: string;
  name: string;
  /** e.g. "host", "guest" */
  role?: string;
}

export interface Segment {
  id: string;
  /** A Speaker id. */
  speaker: string;
  text: string;
  /** Seconds from the start of the recording. */
  start?: number;
  end?: number;
}

export interface Topic {
  id: string;
  title: string;
  summary: string;
  /** [firstSegmentId, lastSegmentId], inclusive. */
  segments: [string, string];
  quotes: string[];
}

export interface Quote {
  id: string;
  /** The Segment id the text is taken from. */
  segment: string;
  /** Occurs verbatim in the segment's text. */
  text: string;
  topic?: string;
}

export interface TranscriptSource {
  publisher?: string;
  url?: string;
  published?: string;
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
