import type { Transcript } from '../../core/types.js';

/** From this many segments, checking a transcript given as a property is a task of its own. */
const LONG_TRANSCRIPT = 1000;

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
    // A long transcript's first render (its maps and passages) starts in a task after its check, not in the same long one.
    if (result.ok && transcript.segments.length >= LONG_TRANSCRIPT) await new Promise((resolve) => setTimeout(resolve));
    if (result.ok) return result.transcript;
    const [first] = result.errors;
    throw new Error(`Invalid transcript: ${first?.path ?? ''} ${first?.message ?? ''}`);
  }
  if (src) {
    // Loaded only by the elements that read a file: pages with other data download neither.
    const [{ loadTranscriptWithWarnings }, { reportWarnings }] = await Promise.all([import('../../core/load.js'), import('./reader-warnings.js')]);
    const reading = await loadTranscriptWithWarnings(src, signal);
    reportWarnings(src, reading);
    return reading.transcript;
  }
  return loadDefault();
}
