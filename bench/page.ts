// The code the benchmark runs inside Chromium, bundled by bench/run.ts with esbuild.
import Fuse from 'fuse.js';
import { createSearch } from '../src/core/search.js';
// Used, not only imported: package.json marks src/ free of side effects, so a bare import would be dropped.
import { VerbatimTranscript } from '../src/components/transcript/transcript.js';
import type { Transcript } from '../src/core/types.js';

export interface KeystrokeTimes {
  /** Milliseconds per keystroke of our search, every keystroke of every repetition. */
  ours: number[];
  /** The same keystrokes with plain Fuse.js over the segments. */
  plain: number[];
  /** Milliseconds to build our index (done on first focus, before any keystroke). */
  build: number[];
}

/** Types each query letter by letter with both searches; `repetitions` rounds after one warm-up round. */
function timeKeystrokes(transcript: Transcript, queries: string[], repetitions: number): KeystrokeTimes {
  const plainFuse = new Fuse(transcript.segments, { keys: ['text'], includeMatches: true });
  const times: KeystrokeTimes = { ours: [], plain: [], build: [] };
  for (let round = 0; round <= repetitions; round++) {
    const warmUp = round === 0;
    // A fresh search per round: nothing remembered from the last round's typing.
    const ours = createSearch(transcript);
    const buildStart = performance.now();
    ours.prepare();
    if (!warmUp) times.build.push(performance.now() - buildStart);
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const typed = query.slice(0, length);
        let start = performance.now();
        ours.search(typed);
        const oursTime = performance.now() - start;
        start = performance.now();
        plainFuse.search(typed);
        const plainTime = performance.now() - start;
        if (!warmUp) {
          times.ours.push(oursTime);
          times.plain.push(plainTime);
        }
      }
    }
  }
  return times;
}

/** Shows a transcript with <verbatim-transcript> and resolves when every segment is rendered. */
async function renderTranscript(transcript: Transcript): Promise<void> {
  const element = new VerbatimTranscript();
  element.transcript = transcript;
  document.body.append(element);
  const total = transcript.segments.length;
  while (element.shadowRoot?.querySelectorAll('[part~=segment]').length !== total) {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

Object.assign(globalThis, { verbatimBench: { timeKeystrokes, renderTranscript } });
