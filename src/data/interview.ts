import compact from './interview.compact.json';
import { expandTranscript } from './compact.js';
import type { CompactTranscript } from './compact.js';

/**
 * The bundled interview: Huge Conversations, Cleo Abram with Mark Zuckerberg. Equal to
 * interview.json, shipped in the smaller form of compact.ts (made by `npm run data`).
 */
export const interview = expandTranscript(compact as CompactTranscript);
