// The code bench/archive.ts runs inside Chromium, bundled with esbuild.
import { VerbatimArchiveSearch } from '../src/components/archive-search/archive-search.js';
import { createStaticArchiveSearch } from '../src/core/archive/client.js';
import type { StaticArchiveOptions } from '../src/core/archive/client.js';
import { foldTerm } from '../src/core/normalize.js';

// Used, not only imported: package.json marks src/ free of side effects, so a bare import would be dropped.
export const element = VerbatimArchiveSearch;

/** Every prefix of every query, as a reader types them. */
const keystrokes = (queries: string[]) => queries.flatMap((query) => Array.from(query, (_, at) => query.slice(0, at + 1)));

/** A fetch that downloads and parses each file once: later clients find it loaded. */
function loadedFiles(): NonNullable<StaticArchiveOptions['fetch']> {
  const files = new Map<string, Promise<unknown>>();
  return (url) => {
    if (!files.has(url)) files.set(url, fetch(url).then((response) => response.json()));
    return files.get(url)!.then((value) => ({ ok: true, status: 200, json: async () => value }));
  };
}

/**
 * Milliseconds per keystroke of `measured`, typed letter by letter, once the files they need are
 * loaded and parsed and the vocabulary of their first two letters is indexed (by typing `warm`,
 * whose words share those letters, in the same client): what is left is the work of each query.
 * A fresh client per round, so that no query's result is cached from the round before.
 */
export async function keystrokeTimes(src: string, measured: string[], warm: string[], rounds: number): Promise<number[]> {
  const fetchFile = loadedFiles();
  const prefetch = createStaticArchiveSearch(src, { fetch: fetchFile });
  for (const typed of keystrokes([...warm, ...measured])) await prefetch.search(typed);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const client = createStaticArchiveSearch(src, { fetch: fetchFile });
    for (const typed of keystrokes(warm)) await client.search(typed);
    for (const typed of keystrokes(measured)) {
      const start = performance.now();
      await client.search(typed);
      times.push(performance.now() - start);
    }
  }
  return times;
}

/** How many misspelled queries find their intended word (among the marked words of a hit). */
export async function oursFinds(src: string, queries: { query: string; intended: string }[]): Promise<string[]> {
  const client = createStaticArchiveSearch(src);
  const found: string[] = [];
  for (const { query, intended } of queries) {
    const hits = await client.search(query, { limit: 5 });
    if (hits.some((hit) => hit.ranges.some(([start, end]) => foldTerm(hit.text.slice(start, end)) === intended))) found.push(query);
  }
  return found;
}
