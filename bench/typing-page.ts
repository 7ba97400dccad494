// In-page code of the transcript rows (typing, index build ×100, search ×100), bundled with bench/page.ts.
import Fuse from 'fuse.js';
import { createSearch } from '../src/core/search.js';
import type { Transcript } from '../src/core/types.js';
import { repeated } from './repeated.js';

/** Every prefix of every query, each query followed by clearing the box (not timed). */
export const keystrokes = (queries: string[]): string[] => queries.flatMap((query) => [...Array.from(query, (_, at) => query.slice(0, at + 1)), '']);

/** Always resolves in a task after the frame that follows it: the frame's style, layout and paint are done. */
const afterFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
}));

/**
 * Main-thread work of one keystroke as a reader feels it: the input event is dispatched at the
 * start of a frame, and the time runs until that frame is rendered (its script, the element's
 * update in the microtasks after it, style, layout and paint), without the wait for the frame.
 */
function keystroke(input: HTMLInputElement, value: string): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => {
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - start);
    channel.port2.postMessage(null);
  }));
}

/** Types `queries` letter by letter into `input`: ms per keystroke (clearing the box not counted), and the longest task seen meanwhile. */
export async function typeInto(input: HTMLInputElement, queries: string[]): Promise<{ times: number[]; longestTask: number }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  const times: number[] = [];
  for (const value of keystrokes(queries)) {
    const time = await keystroke(input, value);
    if (value) times.push(time);
    // What the keystroke left for the next frame (scrolling) runs before the next keystroke.
    await afterFrame();
  }
  await afterFrame();
  observer.disconnect();
  return { times, longestTask: Math.max(0, ...longTasks, ...times) };
}

/**
 * The naive page the element is held against: the same segments as static HTML and a search
 * box that, from 3 letters, marks every occurrence of the query (lower case, String.includes)
 * with a `<mark>` in each segment that has one, and clears the marks of the others.
 */
export function naivePage(transcript: Transcript): HTMLInputElement {
  const names = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]));
  const input = document.createElement('input');
  input.type = 'search';
  const paragraphs = transcript.segments.map((segment) => {
    const block = document.createElement('div');
    const speaker = document.createElement('p');
    speaker.append(Object.assign(document.createElement('b'), { textContent: names.get(segment.speaker) ?? segment.speaker }));
    const text = Object.assign(document.createElement('p'), { textContent: segment.text });
    block.append(speaker, text);
    document.body.append(block);
    return { text, lower: segment.text.toLowerCase(), original: segment.text, marked: false };
  });
  document.body.prepend(input);
  input.addEventListener('input', () => {
    const query = input.value.toLowerCase();
    for (const paragraph of paragraphs) {
      if (query.length >= 3 && paragraph.lower.includes(query)) {
        const pieces: (string | HTMLElement)[] = [];
        let at = 0;
        for (let found = paragraph.lower.indexOf(query); found >= 0; found = paragraph.lower.indexOf(query, at)) {
          pieces.push(paragraph.original.slice(at, found), Object.assign(document.createElement('mark'), { textContent: paragraph.original.slice(found, found + query.length) }));
          at = found + query.length;
        }
        pieces.push(paragraph.original.slice(at));
        paragraph.text.replaceChildren(...pieces);
        paragraph.marked = true;
      } else if (paragraph.marked) {
        paragraph.text.textContent = paragraph.original;
        paragraph.marked = false;
      }
    }
  });
  return input;
}

const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** The index of the interview ×`copies` built in slices of `sliceMs`, as the element builds it: total, slices and the longest; plain Fuse.js's build beside it. */
export function timeIndexBuild(copies: number, sliceMs: number, rounds: number): { total: number[]; longestSlice: number[]; slices: number[]; plainFuse: number[] } {
  const transcript = repeated(copies);
  const result = { total: [] as number[], longestSlice: [] as number[], slices: [] as number[], plainFuse: [] as number[] };
  for (let round = 0; round <= rounds; round++) {
    collectGarbage();
    const search = createSearch(transcript);
    const slices: number[] = [];
    for (let done = false; !done;) {
      const start = performance.now();
      done = search.prepare(sliceMs);
      slices.push(performance.now() - start);
    }
    collectGarbage();
    const start = performance.now();
    void new Fuse(transcript.segments, { keys: ['text'], includeMatches: true });
    const plain = performance.now() - start;
    if (round === 0) continue; // warm-up
    result.total.push(slices.reduce((sum, slice) => sum + slice, 0));
    result.longestSlice.push(Math.max(...slices));
    result.slices.push(slices.length);
    result.plainFuse.push(plain);
  }
  return result;
}

/** Our search per keystroke over the interview ×`copies`, a fresh index per round (built before typing). */
export function timeSearch(copies: number, queries: string[], rounds: number): number[] {
  const transcript = repeated(copies);
  const typed = keystrokes(queries).filter(Boolean);
  const times: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const search = createSearch(transcript);
    search.prepare();
    collectGarbage();
    for (const text of typed) {
      const start = performance.now();
      search.search(text);
      if (round > 0) times.push(performance.now() - start);
    }
  }
  return times;
}
