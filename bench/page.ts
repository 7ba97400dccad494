// The code the benchmark runs inside Chromium, bundled by bench/run.ts with esbuild.
import Fuse from 'fuse.js';
import { createSearch } from '../src/core/search.js';
// Used, not only imported: package.json marks src/ free of side effects, so a bare import would be dropped.
import { VerbatimTranscript } from '../src/components/transcript/transcript.js';
import type { Transcript } from '../src/core/types.js';
import { naivePage, timeIndexBuild, timeSearch, typeInto } from './typing-page.js';
import { repeated } from './repeated.js';

export interface KeystrokeTimes {
  /** Milliseconds per keystroke of our search, every keystroke of every repetition. */
  ours: number[];
  /** The same keystrokes with plain Fuse.js over the segments. */
  plain: number[];
  /** Milliseconds to build our index (done on first focus, before any keystroke). */
  build: number[];
}

/** Every prefix of every query, as a reader types them. */
const keystrokes = (queries: string[]) => queries.flatMap((query) => Array.from(query, (_, at) => query.slice(0, at + 1)));

/** Runs `search` on each keystroke and returns the milliseconds each took. */
function typeAll(search: (typed: string) => unknown, typed: string[]): number[] {
  return typed.map((text) => {
    const start = performance.now();
    search(text);
    return performance.now() - start;
  });
}

// The bench launches Chromium with --expose-gc: each side starts typing on a clean heap, so that
// neither pays for the other's garbage (plain Fuse.js makes far more of it, the more at ×10).
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** Types each query letter by letter with both searches; `repetitions` rounds after one warm-up round. */
function timeKeystrokes(transcript: Transcript, queries: string[], repetitions: number): KeystrokeTimes {
  const plainFuse = new Fuse(transcript.segments, { keys: ['text'], includeMatches: true });
  const typed = keystrokes(queries);
  const times: KeystrokeTimes = { ours: [], plain: [], build: [] };
  for (let round = 0; round <= repetitions; round++) {
    // A fresh search per round: nothing remembered from the last round's typing.
    const ours = createSearch(transcript);
    collectGarbage();
    const buildStart = performance.now();
    ours.prepare();
    const build = performance.now() - buildStart;
    collectGarbage();
    const oursTimes = typeAll((text) => ours.search(text), typed);
    collectGarbage();
    const plainTimes = typeAll((text) => plainFuse.search(text), typed);
    if (round === 0) continue; // warm-up
    times.build.push(build);
    times.ours.push(...oursTimes);
    times.plain.push(...plainTimes);
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

/** The element's search box, once every segment is rendered and the index is built (as after a first focus). */
async function elementReady(element: VerbatimTranscript, total: number): Promise<HTMLInputElement> {
  while (element.shadowRoot?.querySelectorAll('[part~=segment]').length !== total) {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
  element.search('index');
  element.search('');
  await element.updateComplete;
  return element.shadowRoot!.querySelector<HTMLInputElement>('input[part~=search]')!;
}

/** The page under test for typing: the element or the naive page, over the interview ×`copies`. */
async function typingPage(kind: 'element' | 'naive', copies: number): Promise<void> {
  const transcript = repeated(copies);
  let input: HTMLInputElement;
  if (kind === 'naive') input = naivePage(transcript);
  else {
    const element = new VerbatimTranscript();
    element.transcript = transcript;
    document.body.append(element);
    input = await elementReady(element, transcript.segments.length);
  }
  Object.assign(globalThis, { typeQueries: (queries: string[]) => typeInto(input, queries) });
}

/** Bytes the page holds (performance.measureUserAgentSpecificMemory, cross-origin isolated), after a garbage collection. */
async function measureMemory(segments: number): Promise<number> {
  const element = document.querySelector('verbatim-transcript');
  if (element) await elementReady(element, segments);
  (globalThis as { gc?: () => void }).gc?.();
  const measure = (performance as unknown as { measureUserAgentSpecificMemory(): Promise<{ bytes: number }> }).measureUserAgentSpecificMemory();
  return (await measure).bytes;
}

Object.assign(globalThis, { verbatimBench: { timeKeystrokes, renderTranscript, typingPage, timeIndexBuild, timeSearch, measureMemory } });
