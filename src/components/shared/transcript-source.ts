import type { TranscriptReading } from '../../core/parse.js';
import type { Transcript } from '../../core/types.js';

/** Readings whose warnings are on the console already: every element showing one file shares its reading. */
const reported = new WeakSet<TranscriptReading>();

/**
 * Tells the page's developer, once per file read, what the reader skipped: the transcript is
 * shown without it, so the reader of the page sees no error.
 */
function reportWarnings(src: string, reading: TranscriptReading): void {
  if (reading.warnings.length === 0 || reported.has(reading)) return;
  reported.add(reading);
  const lines = reading.warnings.map(({ line, reason }) => `\n  ${line === undefined ? '' : `line ${line}: `}${reason}`);
  console.warn(`verbatim: ${src} was read with ${reading.warnings.length} ${reading.warnings.length === 1 ? 'warning' : 'warnings'}; the rest is shown:${lines.join('')}`);
}

/**
 * An element's transcript, in order of precedence: the `.transcript` property (validated), the
 * `src` URL, the bundled default. The validator and the loader with its parsers are fetched
 * only by the elements that need them, and the default only by those with neither.
 */
export async function resolveTranscript(
  transcript: Transcript | undefined,
  src: string | undefined,
  signal: AbortSignal,
  loadDefault: () => Promise<Transcript>,
): Promise<Transcript> {
  if (transcript !== undefined) {
    const { validateTranscript } = await import('../../core/validate.js');
    const result = validateTranscript(transcript);
    if (result.ok) return result.transcript;
    const [first] = result.errors;
    throw new Error(`Invalid transcript: ${first?.path ?? ''} ${first?.message ?? ''}`);
  }
  if (src) {
    const { loadTranscriptWithWarnings } = await import('../../core/load.js');
    const reading = await loadTranscriptWithWarnings(src, signal);
    reportWarnings(src, reading);
    return reading.transcript;
  }
  return loadDefault();
}
