// Plain text: "Name: words" lines give speakers, blank lines give paragraphs.
import { TranscriptError } from '../errors.js';
import type { Transcript } from '../types.js';
import { speakerLabel, splitLines } from './lines.js';
import { toTranscript } from './paragraphs.js';
import type { TranscriptMetadata, Utterance } from './paragraphs.js';

/**
 * Reads plain text. Each paragraph (lines up to a blank line) is a segment, and so is each
 * "Name:" line with the lines after it; a paragraph without a name continues the previous
 * speaker, and a text that names nobody has one speaker.
 */
export function parseText(text: string, metadata: TranscriptMetadata): Transcript {
  const utterances: Utterance[] = [];
  let current: Utterance | undefined;
  splitLines(text).forEach((line, index) => {
    if (line.includes('\u0000')) throw new TranscriptError('This is a binary file, not text.', `line ${index + 1}`);
    const trimmed = line.trim();
    if (trimmed === '') {
      current = undefined;
      return;
    }
    const label = speakerLabel(trimmed);
    if (label || !current) {
      current = { speaker: label?.name, text: label ? label.text : trimmed };
      utterances.push(current);
    } else {
      current.text += ` ${trimmed}`;
    }
  });
  return toTranscript(utterances, metadata, false);
}
