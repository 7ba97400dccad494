/**
 * `npx tsx bench/archive.ts` (part of `npm run bench`): the archive search over a generated
 * archive of 1,000 episodes × 10,000 words (bench/archive-generate.ts, fixed seed), against its
 * budgets and side by side with Pagefind over the same episodes as HTML pages:
 * - build time of `verbatim archive build` (the command, from the sources, over 1,000 JSON files);
 * - the index's gzip bytes against the transcripts' (each file gzipped, as a server sends them);
 * - bytes downloaded for a first two-word query typed in the element, cold cache;
 * - per keystroke once the query's files are loaded, p95;
 * - results on screen for a query entered in the element, cold cache, local server;
 * - Pagefind: index bytes, first-query bytes, and misspelled queries found, against ours.
 * The archive is generated in a temporary folder, removed at the end. Results are merged into
 * bench/results.json under "archive". Exits 1 when a budget fails.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { escapeHtml } from '../src/core/html.js';
import type { Transcript } from '../src/core/types.js';
import { findChromium } from '../scripts/chromium-path.mjs';
import { generateArchive } from './archive-generate.js';
import type * as ArchivePage from './archive-page.js';

type Bench = typeof ArchivePage;

const EPISODES = Number(process.env.EPISODES ?? 1000);
const WORDS_PER_EPISODE = 10_000;
// Heaps' law with β = 0.5: ~100,000 distinct words in 10 million (EPISODES=100 makes a quick trial run).
const VOCABULARY = Math.round(100_000 * Math.sqrt(EPISODES / 1000));
const SEED = 19;
const KEYSTROKE_ROUNDS = 5;
const SCREEN_ROUNDS = 5;
const KB = 1024;
const BUDGETS = {
  buildSeconds: 180,
  indexRatio: 0.4,
  firstQueryBytes: 150 * KB,
  keystrokeP95: 16,
  onScreenMs: 300,
};

const root = fileURLToPath(new URL('../', import.meta.url));
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Every file under `dir`, as paths relative to it. */
const filesUnder = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[])
  .filter((path) => statSync(join(dir, path)).isFile());

/** An episode as the HTML page Pagefind indexes: title, then each segment with its speaker. */
function episodePage(transcript: Transcript): string {
  const names = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(transcript.title)}</title></head>
<body><main data-pagefind-body><h1>${escapeHtml(transcript.title)}</h1>
${transcript.segments.map((segment) => `<p id="${segment.id}"><b>${escapeHtml(names.get(segment.speaker) ?? '')}</b> ${escapeHtml(segment.text)}</p>`).join('\n')}
</main></body></html>`;
}

/** Misspellings of mid-frequency words: one letter changed in the middle, not itself a word. */
function misspellings(words: string[], counts: Uint32Array, how: number): { query: string; intended: string }[] {
  const known = new Set(words);
  const queries: { query: string; intended: string }[] = [];
  for (let id = 500; id < words.length && queries.length < how; id += 97) {
    const word = words[id]!;
    if (word.length < 7 || counts[id]! < 20) continue;
    const at = word.length >> 1;
    const letter = word[at] === 'e' ? 'a' : 'e';
    const query = word.slice(0, at) + letter + word.slice(at + 1);
    if (!known.has(query)) queries.push({ query, intended: word });
  }
  return queries;
}

/** Serves `dir` with gzip (as a CDN would; Pagefind's own files are compressed already) and logs what it sends. */
function serve(dir: string) {
  const sent: { path: string; bytes: number }[] = [];
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    const file = join(dir, path);
    if (relative(dir, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
    const type = types[extname(file)];
    if (!type) {
      const body = readFileSync(file);
      sent.push({ path, bytes: body.length });
      return response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
    }
    let body = gzipped.get(file);
    if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    sent.push({ path, bytes: body.length });
    response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'max-age=31536000' }).end(body);
  });
  return new Promise<{ origin: string; sent: typeof sent; close: () => void }>((resolve) => server.listen(0, '127.0.0.1', () =>
    resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent, close: () => server.close() })));
}

const sum = (entries: { bytes: number }[]) => entries.reduce((total, entry) => total + entry.bytes, 0);

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'verbatim-archive-bench-'));
  try {
    // The archive, as JSON files.
    let started = performance.now();
    const { transcripts, words, counts } = generateArchive({ episodes: EPISODES, wordsPerEpisode: WORDS_PER_EPISODE, vocabulary: VOCABULARY, seed: SEED });
    const episodesDir = join(work, 'episodes');
    mkdirSync(episodesDir);
    let transcriptsGzip = 0;
    for (const transcript of transcripts) {
      const json = JSON.stringify(transcript);
      writeFileSync(join(episodesDir, `${transcript.id}.json`), json);
      transcriptsGzip += gzipSize(json);
    }
    console.log(`generated ${EPISODES} episodes, ${words.length} distinct words, in ${round((performance.now() - started) / 1000)} s`);

    // Build with the command, as a site would.
    const site = join(work, 'site');
    started = performance.now();
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'archive', 'build', episodesDir, '--out', join(site, 'index'), '--href', '/episodes/{id}.html'], { cwd: root, stdio: 'inherit' });
    const buildSeconds = (performance.now() - started) / 1000;
    const indexFiles = filesUnder(join(site, 'index'));
    const sizes = { search: 0, text: 0 };
    for (const path of indexFiles) sizes[path.startsWith('text') ? 'text' : 'search'] += gzipSize(readFileSync(join(site, 'index', path)));

    // Pagefind over the same episodes as pages: its index depends only on the seed, the sizes and
    // its version, so it is kept between runs (PAGEFIND_CACHE=0 builds it again).
    const pagefindVersion = (JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
    const cached = join(root, `node_modules/.cache/verbatim-archive-bench/pagefind-${pagefindVersion}-${EPISODES}x${WORDS_PER_EPISODE}-${VOCABULARY}-${SEED}`);
    let pagefindSeconds: number;
    if (process.env.PAGEFIND_CACHE !== '0' && existsSync(join(cached, 'seconds.json'))) {
      cpSync(join(cached, 'pagefind'), join(site, 'pagefind'), { recursive: true });
      pagefindSeconds = JSON.parse(readFileSync(join(cached, 'seconds.json'), 'utf8')) as number;
      console.log(`Pagefind ${pagefindVersion}: index of these episodes from ${relative(root, cached)} (built in ${round(pagefindSeconds)} s)`);
    } else {
      started = performance.now();
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      for (const transcript of transcripts) {
        const added = await index.addHTMLFile({ url: `/episodes/${transcript.id}.html`, content: episodePage(transcript) });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      }
      await index.writeFiles({ outputPath: join(site, 'pagefind') });
      await pagefind.close();
      pagefindSeconds = (performance.now() - started) / 1000;
      rmSync(cached, { recursive: true, force: true });
      cpSync(join(site, 'pagefind'), join(cached, 'pagefind'), { recursive: true });
      writeFileSync(join(cached, 'seconds.json'), JSON.stringify(pagefindSeconds));
    }
    const pagefindFiles = filesUnder(join(site, 'pagefind'));
    const isPagefindData = (path: string) => /\.pf_(meta|index|fragment|filter)$/.test(path);
    const pagefindIndexBytes = pagefindFiles.filter(isPagefindData).reduce((total, path) => total + statSync(join(site, 'pagefind', path)).size, 0);

    // The page code, and the pages.
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('./archive-page.ts', import.meta.url))],
      bundle: true, format: 'esm', minify: true, write: false, target: 'es2021', globalName: 'bench',
      tsconfig: join(root, 'tsconfig.json'), logLevel: 'error',
    });
    writeFileSync(join(site, 'bench.js'), bundle.outputFiles[0]!.text);
    // tsx keeps function names with a helper, __name, that the functions given to page.evaluate call.
    const keepNames = '<script>window.__name = (f) => f;</script>';
    writeFileSync(join(site, 'search.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>archive</title>${keepNames}
<script type="module">import * as bench from '/bench.js'; window.bench = bench;</script></head>
<body><verbatim-archive-search src="/index/"></verbatim-archive-search></body></html>`);
    writeFileSync(join(site, 'pagefind.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pagefind</title>${keepNames}</head><body></body></html>`);

    // Two-word queries that have results: pairs of words of a segment, of about the given ranks
    // of frequency (1 = the most frequent); the warm-up words share their first two letters.
    const byFrequency = [...counts.keys()].sort((a, b) => counts[b]! - counts[a]!);
    const rankOf = new Map(byFrequency.map((id, rank) => [words[id]!, rank]));
    const segmentWords = transcripts[EPISODES >> 1]!.segments.map((segment) => segment.text.toLowerCase().split(/[^a-z]+/).filter((word) => word.length >= 5));
    const pair = (first: number, second: number): string => {
      const nearest = (list: string[], rank: number) => list.reduce((best, word) =>
        (Math.abs(Math.log(rankOf.get(word)! + 1) - Math.log(rank)) < Math.abs(Math.log(rankOf.get(best)! + 1) - Math.log(rank)) ? word : best));
      const list = segmentWords.reduce((best, list) => (list.length && Math.abs(Math.log(rankOf.get(nearest(list, second))! + 1) - Math.log(second)) <
        Math.abs(Math.log(rankOf.get(nearest(best, second))! + 1) - Math.log(second)) ? list : best), segmentWords.find((list) => list.length)!);
      return `${nearest(list, first)} ${nearest(list, second)}`;
    };
    const queries = [pair(300, 3000), pair(40, 20000), pair(1000, 8000), pair(10, 100)];
    const sameInitial = (word: string, rank: number) => words[byFrequency.slice(rank).find((id) => words[id]!.startsWith(word.slice(0, 2)) && words[id] !== word) ?? 0]!;
    const warm = queries.map((query) => query.split(' ').map((word, at) => sameInitial(word, 500 + at * 700)).join(' '));
    const typos = misspellings(words, counts, 20);

    const server = await serve(site);
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium: run node scripts/ensure-chromium.mjs');
    const browser: Browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--headless=new', '--disable-gpu'] });
    try {
      // Bytes for the first query, typed letter by letter in a fresh browser (cold cache).
      const firstQuery: Record<string, number> = {};
      for (const query of queries.slice(0, 3)) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.origin}/search.html`);
        await page.waitForFunction(() => 'bench' in window);
        server.sent.length = 0;
        const done = page.evaluate((typed) => new Promise<number>((resolve) => document.querySelector('verbatim-archive-search')!
          .addEventListener('verbatim-archive-search', ({ detail }) => detail.query === typed && resolve(detail.hits.length))), query);
        await page.locator('verbatim-archive-search input').pressSequentially(query);
        if ((await done) === 0) throw new Error(`"${query}" finds nothing`);
        await page.waitForLoadState('networkidle');
        firstQuery[query] = sum(server.sent.filter((entry) => entry.path.startsWith('/index/')));
        const kinds = new Map<string, number>();
        for (const { path, bytes } of server.sent.filter((entry) => entry.path.startsWith('/index/'))) kinds.set(path.split('/')[2]!, (kinds.get(path.split('/')[2]!) ?? 0) + bytes);
        console.log(`  first query "${query}": ${[...kinds].map(([kind, bytes]) => `${kind} ${round(bytes / KB)} KB`).join(', ')}`);
        await context.close();
      }

      // The same queries put in the box at once (pasted, or chosen from a list), cold cache.
      const enteredAtOnce: Record<string, number> = {};
      for (const query of queries.slice(0, 3)) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.origin}/search.html`);
        await page.waitForFunction(() => 'bench' in window);
        server.sent.length = 0;
        const done = page.evaluate((typed) => new Promise<number>((resolve) => document.querySelector('verbatim-archive-search')!
          .addEventListener('verbatim-archive-search', ({ detail }) => detail.query === typed && resolve(detail.hits.length))), query);
        await page.locator('verbatim-archive-search input').fill(query);
        await done;
        await page.waitForLoadState('networkidle');
        enteredAtOnce[query] = sum(server.sent.filter((entry) => entry.path.startsWith('/index/')));
        await context.close();
      }

      // Results on screen for a query put in the box at once, in a fresh browser each time.
      const onScreen: number[] = [];
      for (let at = 0; at < SCREEN_ROUNDS; at++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.origin}/search.html`);
        await page.waitForFunction(() => 'bench' in window);
        onScreen.push(await page.evaluate((query) => new Promise<number>((resolve) => {
          const element = document.querySelector('verbatim-archive-search')!;
          const input = element.shadowRoot!.querySelector('input')!;
          const start = performance.now();
          input.focus();
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          const check = () => (element.shadowRoot!.querySelector('[part~=result]')
            ? requestAnimationFrame(() => resolve(performance.now() - start))
            : requestAnimationFrame(check));
          check();
        }), queries[at % queries.length]!));
        await context.close();
      }

      // Per keystroke, once loaded; misspellings found by ours.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/search.html`);
      await page.waitForFunction(() => 'bench' in window);
      const keystrokes = await page.evaluate(({ measured, warmUp, rounds }) => (window as unknown as { bench: Bench }).bench.keystrokeTimes('/index/', measured, warmUp, rounds), { measured: queries, warmUp: warm, rounds: KEYSTROKE_ROUNDS });
      const oursFound = await page.evaluate((list) => (window as unknown as { bench: Bench }).bench.oursFinds('/index/', list), typos);

      // Pagefind: first query bytes (index files and results' fragments, as its UI loads them) and misspellings.
      const pagefindPage = await (await browser.newContext()).newPage();
      await pagefindPage.goto(`${server.origin}/pagefind.html`);
      server.sent.length = 0;
      await pagefindPage.evaluate(async (query) => {
        const api = await import(String('/pagefind/pagefind.js'));
        const search = await api.search(query);
        await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()));
      }, queries[0]!);
      const pagefindRuntime = sum(server.sent.filter((entry) => /\.(js|wasm)$|wasm\./.test(entry.path)));
      const pagefindFirstQuery = sum(server.sent) - pagefindRuntime;
      const pagefindFound = await pagefindPage.evaluate(async (list) => {
        const api = await import(String('/pagefind/pagefind.js'));
        const found: string[] = [];
        for (const { query, intended } of list) {
          const search = await api.search(query);
          const data = await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<{ content: string }> }) => result.data()));
          if (data.some((entry) => entry.content.toLowerCase().split(/\W+/).includes(intended))) found.push(query);
        }
        return found;
      }, typos);

      const oursRuntime = gzipSize(bundle.outputFiles[0]!.text);
      const figures = {
        generated: { episodes: EPISODES, words: EPISODES * WORDS_PER_EPISODE, distinctWords: words.length, seed: SEED },
        buildSeconds: round(buildSeconds),
        transcriptsGzipBytes: transcriptsGzip,
        indexGzipBytes: sizes.search,
        textGzipBytes: sizes.text,
        indexFiles: indexFiles.length,
        indexRatio: round(sizes.search / transcriptsGzip, 3),
        indexWithTextRatio: round((sizes.search + sizes.text) / transcriptsGzip, 3),
        firstQueryBytes: firstQuery,
        firstQueryEnteredAtOnceBytes: enteredAtOnce,
        keystrokeP95Ms: round(percentile(keystrokes, 0.95), 2),
        keystrokeMedianMs: round(median(keystrokes), 2),
        onScreenMs: onScreen.map((value) => round(value)),
        onScreenMedianMs: round(median(onScreen)),
        runtimeGzipBytes: oursRuntime,
        misspelled: { queries: typos.length, ours: oursFound.length, pagefind: pagefindFound.length },
        pagefind: {
          buildSeconds: round(pagefindSeconds),
          indexBytes: pagefindIndexBytes,
          files: pagefindFiles.length,
          firstQueryBytes: pagefindFirstQuery,
          runtimeGzipBytes: pagefindRuntime,
        },
      };
      const worstFirstQuery = Math.max(...Object.values(firstQuery));
      const checks: [string, number, number, string][] = [
        ['build time, s', figures.buildSeconds, BUDGETS.buildSeconds, ''],
        ['index gzip / transcripts gzip', figures.indexRatio, BUDGETS.indexRatio, `(with the snippet text: ${figures.indexWithTextRatio})`],
        ['first two-word query typed, cold, KB gzip (worst of 3)', round(worstFirstQuery / KB), BUDGETS.firstQueryBytes / KB,
          `(entered at once: ${Object.values(enteredAtOnce).map((bytes) => round(bytes / KB)).join(', ')} KB; Pagefind: ${round(pagefindFirstQuery / KB)} KB + ${round(pagefindRuntime / KB)} KB runtime)`],
        ['per keystroke once loaded, p95, ms', figures.keystrokeP95Ms, BUDGETS.keystrokeP95, `(median ${figures.keystrokeMedianMs})`],
        ['results on screen, cold, median ms', figures.onScreenMedianMs, BUDGETS.onScreenMs, `(${figures.onScreenMs.join(', ')})`],
      ];
      let failed = 0;
      for (const [name, value, budget, note] of checks) {
        const ok = value <= budget;
        if (!ok) failed++;
        console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${value} (budget ${budget}) ${note}`);
      }
      console.log(`index: ${round(sizes.search / KB)} KB gzip search + ${round(sizes.text / KB)} KB gzip text in ${indexFiles.length} files; transcripts ${round(transcriptsGzip / KB)} KB gzip`);
      console.log(`Pagefind: index ${round(pagefindIndexBytes / KB)} KB in ${pagefindFiles.length} files, built in ${figures.pagefind.buildSeconds} s`);
      console.log(`misspelled queries found (of ${typos.length}): ours ${oursFound.length}, Pagefind ${pagefindFound.length}`);

      const resultsFile = join(root, 'bench/results.json');
      const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown> : {};
      writeFileSync(resultsFile, `${JSON.stringify({ ...results, archive: figures }, null, 2)}\n`);
      process.exitCode = failed ? 1 : 0;
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
