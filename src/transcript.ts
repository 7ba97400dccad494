// Entry point: <verbatim-transcript> alone.
export { VerbatimTranscript } from './components/transcript/transcript.js';
