// Plain text: "Name:" lines give speakers, blank lines give paragraphs.
import { TranscriptError } from '../errors.js';
import type { TranscriptFormatReader } from './format.js';
import { splitLines } from './lines.js';
import { toTranscript } from './paragraphs.js';
import type { Utterance } from './paragraphs.js';
import { speakerLabels } from './speakers.js';

/**
 * Reads plain text. Each paragraph (lines up to a blank line) is a segment, and so is each
 * line that starts with a speaker label, with the lines after it; a paragraph without one
 * continues the previous speaker, and a text that names nobody has one speaker.
 */
export const plainText: TranscriptFormatReader<'text'> = {
  name: 'text',
  label: 'plain text',
  mimeTypes: ['text/plain'],
  extensions: ['txt'],
  detect: () => true,
  parse(text, { id, title }) {
    const lines = splitLines(text);
    const binary = lines.findIndex((line) => line.includes('\u0000'));
    if (binary >= 0) throw new TranscriptError('This is a binary file, not text.', { line: binary + 1 });
    const labelOf = speakerLabels(lines);
    const utterances: Utterance[] = [];
    let current: Utterance | undefined;
    for (const line of lines) {
      const trimmed = line.trim();
      if (trimmed === '') {
        current = undefined;
        continue;
      }
      const label = labelOf(trimmed);
      if (label || !current) {
        current = { speaker: label?.name, text: label ? label.text : trimmed };
        utterances.push(current);
      } else {
        current.text += ` ${trimmed}`;
      }
    }
    return toTranscript(utterances, { id, title }, false);
  },
};
