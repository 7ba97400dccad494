// Every demo page, served as `npm start` serves it, in Chromium: at 1280, 375 and 320 px, in
// light and dark, with a 4× slower CPU. A page fails on sideways scrolling, on any axe
// violation (best-practice rules included), or on a cumulative layout shift over 0.05; without
// JavaScript it must still show its text. Needs the build (`npm run build`).
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
// @ts-expect-error: a plain JavaScript script without declarations.
import { startDemoServer } from '../../scripts/serve.mjs';
import { findChromium } from '../../scripts/chromium-path.mjs';

const WIDTHS = [1280, 375, 320];
const SCHEMES = ['light', 'dark'] as const;
const MAX_LAYOUT_SHIFT = 0.05;
const CPU_SLOWDOWN = 4;
/** Every page, or those DEMO_PAGES names (a comma list: `DEMO_PAGES=carousel.html`). */
const PAGES = process.env.DEMO_PAGES?.split(',') ?? readdirSync('demo').filter((name) => name.endsWith('.html')).sort();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Longest a page may take to define and render its elements before the check gives up. */
const SETTLE_TIMEOUT_MS = 30_000;

/**
 * Waits until the page is what a reader sees: loaded, every `verbatim-*` element defined and
 * rendered (`updateComplete`, which waits for its data), fonts ready, and a frame painted.
 * Elements a page's script adds while this runs are waited for too.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(async (timeout) => {
    const elements = () => [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('verbatim-'));
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const settled = (async () => {
      await document.fonts.ready;
      let seen = -1;
      while (seen !== elements().length) {
        const current = elements();
        seen = current.length;
        await Promise.all(current.map((element) => customElements.whenDefined(element.localName)));
        await Promise.all(current.map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete));
        await frame();
      }
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const waiting = elements().filter((element) => !customElements.get(element.localName)).map((element) => element.localName);
        reject(new Error(`not rendered within ${timeout} ms (undefined: ${waiting.join(', ') || 'none'})`));
      }, timeout);
    });
    try { await Promise.race([settled, late]); } finally { clearTimeout(timer); }
  }, SETTLE_TIMEOUT_MS);
}

/** Adds up, from the first paint on, the layout shifts that no input caused (in `window.layoutShift`). */
const RECORD_LAYOUT_SHIFT = `
  // tsx compiles this test keeping function names, through a helper the page lacks.
  window.__name = (fn) => fn;
  window.layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) window.layoutShift += shift.value;
  }).observe({ type: 'layout-shift', buffered: true });`;

/** The layout shift so far: read after a task, so that the last frame's entries are delivered. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => {
    setTimeout(() => resolve((window as unknown as { layoutShift: number }).layoutShift));
  }));
}

interface AxeViolation { id: string; help: string; nodes: { target: unknown[] }[] }

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map((violation) => `${violation.id} (${violation.help}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

describe('demo pages', () => {
  let browser: Browser;
  let origin: string;
  let stopServer: () => Promise<void>;

  before(async () => {
    assert.ok(existsSync('dist/cdn/verbatim.js'), 'dist/ is missing: run npm run build first');
    const { server, port } = await startDemoServer({ port: 0 });
    stopServer = () => server.stop();
    origin = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({
      executablePath: findChromium() ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    await stopServer?.();
  });

  async function open(name: string, options: BrowserContextOptions, cpuSlowdown = 1) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(RECORD_LAYOUT_SHIFT);
    if (cpuSlowdown !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(`${origin}/demo/${name}`);
    return { page, errors, close: () => context.close() };
  }

  for (const name of PAGES) {
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        const where = `${name} at ${width} px, ${scheme}`;
        it(where, async () => {
          const { page, errors, close } = await open(name, { viewport: { width, height: 800 }, colorScheme: scheme }, CPU_SLOWDOWN);
          try {
            await settle(page).catch((error: Error) => assert.fail(`${where}: ${error.message}`));
            const shift = await layoutShift(page);
            const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
            const violations = await axeViolations(page);
            const failures = [
              ...errors.map((message) => `script error: ${message}`),
              ...(overflow.scroll > overflow.viewport ? [`scrolls sideways: ${overflow.scroll} px wide in a ${overflow.viewport} px viewport`] : []),
              ...(shift > MAX_LAYOUT_SHIFT ? [`layout shift ${shift.toFixed(3)} over ${MAX_LAYOUT_SHIFT} (CPU ${CPU_SLOWDOWN}× slower)`] : []),
              ...violations.map((violation) => `axe: ${violation}`),
            ];
            if (failures.length) assert.fail(`${where}:\n  ${failures.join('\n  ')}`);
          } finally {
            await close();
          }
        });
      }
    }
  }

  for (const name of PAGES) {
    it(`${name} without JavaScript shows its text`, async () => {
      const { page, close } = await open(name, { viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
      try {
        const seen = await page.evaluate(() => ({
          main: document.querySelector('main')?.innerText ?? '',
          headings: document.querySelectorAll('h1').length,
          loading: document.body.innerText.match(/[^.\n]*\bloading\b[^.\n]*/i)?.[0],
          overflow: document.documentElement.scrollWidth - window.innerWidth,
        }));
        const failures = [
          ...(seen.headings === 1 ? [] : [`${seen.headings} h1 headings, not one`]),
          ...(seen.main.trim().length >= 200 ? [] : [`its <main> shows ${seen.main.trim().length} characters of text: "${seen.main.trim().slice(0, 80)}"`]),
          ...(seen.loading ? [`says "${seen.loading.trim()}", which never ends without the script`] : []),
          ...(seen.overflow > 0 ? [`scrolls sideways by ${seen.overflow} px at 320 px`] : []),
        ];
        if (failures.length) assert.fail(`${name} without JavaScript, at 320 px:\n  ${failures.join('\n  ')}`);
      } finally {
        await close();
      }
    });
  }
});
