// The framework-free core: runs in Node and in the browser, touches no DOM.
export type * from './types.js';
export { ID_PATTERN } from './types.js';
export { TranscriptError } from './errors.js';
export { validateTranscript } from './validate.js';
export { parseTranscript, detectFormat } from './parse.js';
export type { ParseOptions, TranscriptFormat } from './parse.js';
export { loadTranscript } from './load.js';
export { safeUrl } from './url.js';
