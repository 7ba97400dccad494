// This project's own JSON (docs/data-format.md): it must pass validateTranscript.
import { TranscriptError } from '../errors.js';
import { validateTranscript } from '../validate.js';
import type { TranscriptFormatReader } from './format.js';
import { parseJson } from './json.js';

export const verbatimJson: TranscriptFormatReader<'verbatim'> = {
  name: 'verbatim',
  label: 'Verbatim JSON',
  mimeTypes: ['application/json'],
  extensions: ['json'],
  detect: (start) => start.startsWith('{'),
  /** `id` and `title`, when given, replace the file's own. */
  parse(text, { id, title }) {
    const json = parseJson(text);
    const result = validateTranscript(id === undefined && title === undefined ? json : { ...(json as object), ...(id !== undefined && { id }), ...(title !== undefined && { title }) });
    if (result.ok) return result.transcript;
    const [first] = result.errors;
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more problems)` : '';
    throw new TranscriptError(`${first!.message}${more}`, { path: first!.path });
  },
};
