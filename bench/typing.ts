/**
 * The transcript's typing rows of `npm run bench`: queries typed letter by letter into
 * `<verbatim-transcript>` and into a naive page (String.includes and a `<mark>` per occurrence,
 * from 3 letters), on the interview ×1, ×10 and ×30. The two pages are open side by side and
 * type in turn, round after round (which goes first alternates); each round's figure is its
 * median keystroke, and the ratio of the two is taken per round: the median round is the figure,
 * min and max are printed.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Common words ("the", "and", "what" mark thousands of words at ×30) and the search queries. */
export const TYPING_QUERIES = ['the', 'holographic', 'and', 'open source', 'what'];
export const TYPING_COPIES = [1, 10, 30] as const;

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface TypingFigures {
  copies: number;
  /** Median keystroke per round, ms: ours and the naive page's. */
  element: Spread;
  naive: Spread;
  /** Ours over the naive page, per round. */
  ratio: Spread;
  /** The longest task while typing, per round (ms). */
  longestTask: Spread;
  naiveLongestTask: Spread;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
export const spread = (values: number[], digits = 2): Spread => {
  const round = (value: number) => Number(value.toFixed(digits));
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) };
};
export const shown = (value: Spread, unit = ''): string => `${value.median}${unit} (${value.min}–${value.max})`;

type Typed = { times: number[]; longestTask: number };

async function openTypingPage(context: BrowserContext, origin: string, kind: 'element' | 'naive', copies: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/typing.html`);
  await page.waitForFunction(() => 'verbatimBench' in globalThis);
  await page.evaluate(([pageKind, count]) => (globalThis as unknown as { verbatimBench: { typingPage(kind: string, copies: number): Promise<void> } })
    .verbatimBench.typingPage(pageKind, count), [kind, copies] as const);
  return page;
}

const typeOn = async (page: Page): Promise<Typed> => {
  await page.bringToFront();
  return page.evaluate((queries) => (globalThis as unknown as { typeQueries(q: string[]): Promise<Typed> }).typeQueries(queries), TYPING_QUERIES);
};

/** The typing figures at ×`copies`, over `rounds` rounds after a warm-up round. */
export async function timeTyping(context: BrowserContext, origin: string, copies: number, rounds: number): Promise<TypingFigures> {
  const element = await openTypingPage(context, origin, 'element', copies);
  const naive = await openTypingPage(context, origin, 'naive', copies);
  const ours: Typed[] = [];
  const theirs: Typed[] = [];
  try {
    for (let round = 0; round <= rounds; round++) {
      const [first, second] = round % 2 ? [naive, element] : [element, naive];
      const a = await typeOn(first);
      const b = await typeOn(second);
      if (round === 0) continue; // warm-up
      ours.push(first === element ? a : b);
      theirs.push(first === element ? b : a);
    }
  } finally {
    await element.close();
    await naive.close();
  }
  const oursMedians = ours.map((typed) => median(typed.times));
  const theirMedians = theirs.map((typed) => median(typed.times));
  return {
    copies,
    element: spread(oursMedians, 3),
    naive: spread(theirMedians, 3),
    ratio: spread(oursMedians.map((value, round) => value / theirMedians[round]!)),
    longestTask: spread(ours.map((typed) => typed.longestTask), 1),
    naiveLongestTask: spread(theirs.map((typed) => typed.longestTask), 1),
  };
}
