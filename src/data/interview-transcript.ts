import compact from './interview-transcript.compact.json';
import { expandTranscript } from './compact.js';
import type { CompactTranscript } from './compact.js';

/**
 * The bundled interview as <verbatim-transcript> shows it: interview.json with the topics'
 * summaries left out (made by `npm run data`), in the smaller form of compact.ts.
 */
export const interviewForTranscript = expandTranscript(compact as CompactTranscript);
