import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTranscript } from '../../../src/core/parse.js';
import type { Transcript } from '../../../src/core/types.js';

/** The repository's root folder, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The text of a file of the repository, `path` relative to its root. */
export const readRepoFile = (path: string): string => readFileSync(`${ROOT}${path}`, 'utf8');

/** A transcript file of the repository, in any format parseTranscript reads. */
export const readTranscript = (path: string): Transcript => parseTranscript(readRepoFile(path));
