// What every transcript format provides to the registry (src/core/formats/registry.ts).
import type { TranscriptWarning } from '../errors.js';
import type { Transcript } from '../types.js';

/** What a reader is given besides the text. */
export interface ReaderOptions {
  /** Id of the resulting transcript (formats without one get "transcript"). */
  id?: string | undefined;
  /** Title of the resulting transcript (formats without one get "Transcript"). */
  title?: string | undefined;
  /** Called for each thing the reader skipped or read leniently. */
  warn(warning: TranscriptWarning): void;
}

/** One transcript format: how to recognise it and how to read it. */
export interface TranscriptFormatReader<Name extends string = string> {
  /** The name `parseTranscript`'s `format` option and the CLI's `--format` take. */
  name: Name;
  /** The name people know it by, for help texts. */
  label: string;
  /** Content types a server announces it with, lowercase. */
  mimeTypes: readonly string[];
  /** File name extensions, lowercase, without the dot. */
  extensions: readonly string[];
  /** Whether `start` (the file's first characters, without a BOM or leading whitespace) looks like this format. Cheap. */
  detect(start: string): boolean;
  /** Reads the file; throws a TranscriptError for what it cannot read. */
  parse(text: string, options: ReaderOptions): Transcript;
}
