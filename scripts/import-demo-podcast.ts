/**
 * Imports the demo's podcast feed (demo/podcast/feed.xml) with `verbatim import`, writing one
 * Verbatim JSON per episode beside it for demo/podcast.html. `npm run data` writes them;
 * `--check` (run by `npm run build`) imports into a temporary folder and fails when the
 * committed files differ, so the page never shows a stale import.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argv, exit } from 'node:process';
import { fileURLToPath } from 'node:url';
import { importFeed } from '../src/cli/import.js';

const PODCAST_DIR = fileURLToPath(new URL('../demo/podcast/', import.meta.url));
const FEED = join(PODCAST_DIR, 'feed.xml');

const jsonFiles = async (folder: string): Promise<string[]> => (await readdir(folder)).filter((file) => file.endsWith('.json')).sort();

async function check(): Promise<number> {
  const fresh = await mkdtemp(join(tmpdir(), 'verbatim-demo-podcast-'));
  try {
    if (await importFeed.run([FEED, '--out', fresh]) !== 0) return 1;
    const expected = await jsonFiles(fresh);
    const committed = await jsonFiles(PODCAST_DIR);
    const stale = expected.filter((file) => !committed.includes(file));
    for (const file of expected.filter((name) => committed.includes(name))) {
      if (await readFile(join(fresh, file), 'utf8') !== await readFile(join(PODCAST_DIR, file), 'utf8')) stale.push(file);
    }
    if (stale.length > 0) {
      console.error(`demo/podcast: ${stale.join(', ')} differ from a fresh import of feed.xml; run \`npm run data\`.`);
      return 1;
    }
    return 0;
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

exit(argv.includes('--check') ? await check() : await importFeed.run([FEED, '--out', PODCAST_DIR]));
