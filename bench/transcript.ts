/**
 * The transcript's rows of `npm run bench` (`BENCH=transcript npm run bench` runs only these):
 * typing into the element against a naive page at ×1, ×10, ×30 (bench/typing.ts), every segment
 * painted at ×30 against static HTML, the index built in slices at ×100 against plain Fuse.js's
 * build, our search per keystroke at ×100 (p95), and memory at ×10 against static HTML.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { median, shown, spread, timeTyping, TYPING_COPIES } from './typing.js';
import type { Spread, TypingFigures } from './typing.js';
import { QUERIES } from './queries.js';

const TYPING_ROUNDS = Number(process.env.TYPING_ROUNDS ?? 2);
const PAINT_ROUNDS = 3;
const BUILD_ROUNDS = 3;
const SEARCH_ROUNDS = 3;
const MEMORY_ROUNDS = 3;
/** The element builds its index in slices of this many ms. */
const SLICE_MS = 6;

export const TRANSCRIPT_BUDGETS = {
  /** Main-thread work per keystroke over the naive page's, at each length. */
  typingRatio: 1,
  /** The longest task while typing at ×30 (ms). */
  typingLongestTask: 50,
  /** Every segment painted at ×30 over static HTML, and its longest task (ms). */
  paintedRatio: 1.3,
  paintedLongestTask: 50,
  /** The index of ×100 (ms of work in all), in slices of at most this many ms. */
  indexBuild: 250,
  indexSlice: 10,
  /** Our search per keystroke at ×100, p95 (ms). */
  searchP95: 8,
  /** Memory of the element and its index at ×10 over static HTML. */
  memoryRatio: 2,
};

export interface Check {
  figure: string;
  value: number;
  budget: number;
  shown: string;
  budgetShown: string;
  pass: boolean;
}

type Bench = { verbatimBench: Record<string, (...args: never[]) => unknown> };
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function memory(context: BrowserContext, origin: string, path: string, segments: number): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${path}`);
    return await page.evaluate(async (count) => {
      const global = globalThis as unknown as { measureMemory?: () => Promise<number>; verbatimBench?: { measureMemory(n: number): Promise<number> } };
      if (global.measureMemory) return global.measureMemory();
      while (!global.verbatimBench) await new Promise((resolve) => setTimeout(resolve, 10));
      return global.verbatimBench.measureMemory(count);
    }, segments);
  } finally {
    await page.close();
  }
}

export async function transcriptRows(
  context: BrowserContext,
  origin: string,
  render: (path: string) => Promise<{ time: number; longestTask: number; worstTask: number; longestBefore: number; times: number[] }>,
  log: (line: string) => void,
): Promise<{ figures: object; checks: Check[] }> {
  const typing: TypingFigures[] = [];
  for (const copies of TYPING_COPIES) {
    typing.push(await timeTyping(context, origin, copies, TYPING_ROUNDS));
    log(`typing ×${copies} done`);
  }

  // Painted ×30: fresh pages, the static one and the element's in turn.
  const staticTimes: number[] = [];
  const elementTimes: number[] = [];
  const elementTasks: number[] = [];
  const staticTasks: number[] = [];
  const harnessTasks: number[] = [];
  for (let round = 0; round < PAINT_ROUNDS; round++) {
    const a = await render('/static30.html');
    const b = await render('/element30.html');
    staticTimes.push(a.time);
    elementTimes.push(b.time);
    elementTasks.push(b.longestTask);
    staticTasks.push(a.longestTask);
    harnessTasks.push(b.longestBefore);
  }
  const painted = {
    element: spread(elementTimes, 1),
    staticHtml: spread(staticTimes, 1),
    ratio: spread(elementTimes.map((time, round) => time / staticTimes[round]!)),
    /** From the moment the element is given its data until every segment is painted. */
    longestTask: spread(elementTasks, 1),
    /** The static page's (parsing its HTML), and the element page's before its element starts (the bench bundle, the data's parse): for comparison. */
    staticLongestTask: spread(staticTasks, 1),
    longestTaskBeforeElement: spread(harnessTasks, 1),
  };
  log('painted ×30 done');

  const page: Page = await context.newPage();
  await page.goto(`${origin}/search.html`);
  await page.waitForFunction(() => 'verbatimBench' in globalThis);
  const build = await page.evaluate(([rounds, slice]) => (globalThis as unknown as Bench).verbatimBench.timeIndexBuild!(100 as never, slice as never, rounds as never),
    [BUILD_ROUNDS, SLICE_MS] as const) as { total: number[]; longestSlice: number[]; slices: number[]; plainFuse: number[] };
  
  const searchTimes = await page.evaluate(([queries, rounds]) => (globalThis as unknown as Bench).verbatimBench.timeSearch!(100 as never, queries as never, rounds as never),
    [QUERIES, SEARCH_ROUNDS] as const) as number[];
  await page.close();
  log('index and search ×100 done');

  const memoryElement: number[] = [];
  const memoryStatic: number[] = [];
  for (let round = 0; round < MEMORY_ROUNDS; round++) {
    memoryStatic.push(await memory(context, origin, '/memory-static.html', 0));
    memoryElement.push(await memory(context, origin, '/memory-element.html', 1300));
  }
  const mb = (bytes: number[]) => spread(bytes.map((value) => value / 1e6), 2);
  const memoryFigures = { element: mb(memoryElement), staticHtml: mb(memoryStatic), ratio: spread(memoryElement.map((value, round) => value / memoryStatic[round]!)) };

  const figures = {
    typing,
    paintedX30: painted,
    indexBuildX100: { totalMs: spread(build.total, 1), longestSliceMs: spread(build.longestSlice, 2), slices: median(build.slices), plainFuseMs: spread(build.plainFuse, 1) },
    searchX100: { p95Ms: Number(percentile(searchTimes, 0.95).toFixed(3)), medianMs: Number(median(searchTimes).toFixed(3)) },
    memoryX10MB: memoryFigures,
  };
  const B = TRANSCRIPT_BUDGETS;
  const check = (figure: string, value: number, budget: number, shownValue: string, budgetShown: string): Check =>
    ({ figure, value, budget, shown: shownValue, budgetShown, pass: value <= budget });
  const checks: Check[] = [
    ...typing.map((row) => check(`typing ×${row.copies}: work per keystroke / naive page`, row.ratio.median, B.typingRatio, `${shown(row.ratio, '×')}`, '≤ 1×')),
    check('longest task while typing ×30 (ms)', typing.at(-1)!.longestTask.median, B.typingLongestTask, shown(typing.at(-1)!.longestTask), '≤ 50'),
    check('all segments painted ×30 / static HTML', painted.ratio.median, B.paintedRatio, shown(painted.ratio, '×'), '≤ 1.3×'),
    check('longest task, painting ×30 (ms)', painted.longestTask.median, B.paintedLongestTask, shown(painted.longestTask), '≤ 50'),
    check('index build ×100, ms of work', figures.indexBuildX100.totalMs.median, B.indexBuild, shown(figures.indexBuildX100.totalMs), '≤ 250'),
    check('index build ×100, longest slice (ms)', figures.indexBuildX100.longestSliceMs.median, B.indexSlice, shown(figures.indexBuildX100.longestSliceMs), '≤ 10'),
    check('search per keystroke ×100, p95 (ms)', figures.searchX100.p95Ms, B.searchP95, `${figures.searchX100.p95Ms}`, '≤ 8'),
    check('memory ×10, element + index / static HTML', memoryFigures.ratio.median, B.memoryRatio, shown(memoryFigures.ratio, '×'), '≤ 2×'),
  ];
  return { figures, checks };
}

export const describeTyping = (rows: TypingFigures[]): Record<string, Record<string, string>> => Object.fromEntries(rows.map((row) => [
  `typing ×${row.copies}, ms per keystroke`,
  { ours: shown(row.element), naive: shown(row.naive), ratio: shown(row.ratio, '×'), 'longest task': shown(row.longestTask), 'naive longest': shown(row.naiveLongestTask) },
]));
export type { Spread };
