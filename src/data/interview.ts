import data from './interview.json';
import type { Transcript } from '../core/types.js';

/** The bundled interview: Huge Conversations, Cleo Abram with Mark Zuckerberg. */
export const interview = data as Transcript;
