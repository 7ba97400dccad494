import type { TranscriptReading } from '../../core/parse.js';

/** Readings whose warnings are on the console already: every element showing one file shares its reading. */
const reported = new WeakSet<TranscriptReading>();

/**
 * Tells the page's developer, once per file read, what the reader skipped: the transcript is
 * shown without it, so the reader of the page sees no error.
 */
export function reportWarnings(src: string, reading: TranscriptReading): void {
  if (reading.warnings.length === 0 || reported.has(reading)) return;
  reported.add(reading);
  const lines = reading.warnings.map(({ line, reason }) => `\n  ${line === undefined ? '' : `line ${line}: `}${reason}`);
  console.warn(`verbatim: ${src} was read with ${reading.warnings.length} ${reading.warnings.length === 1 ? 'warning' : 'warnings'}; the rest is shown:${lines.join('')}`);
}

