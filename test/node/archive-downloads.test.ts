import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createStaticArchiveSearch } from '../../src/core/archive/client.js';
import { ARCHIVE_FIXTURES, verbatim } from './archive-helpers.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-archive-downloads-'));
  await verbatim(['archive', 'build', ARCHIVE_FIXTURES, '--out', dir, '--href', '/episodes/{id}.html']);
});
after(() => rm(dir, { recursive: true, force: true }));

interface Download {
  path: string;
  signal?: AbortSignal;
}

/**
 * A client over the built archive that logs every download (its path in the archive and its
 * signal); postings files wait for `release()`, and `requested(prefix)` resolves once a file
 * under that folder is asked for.
 */
function loggedClient() {
  const downloads: Download[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const waiters: { prefix: string; resolve: () => void }[] = [];
  const client = createStaticArchiveSearch(pathToFileURL(`${dir}/`).href, {
    fetch: async (url, init) => {
      const path = url.slice(pathToFileURL(`${dir}/`).href.length);
      downloads.push({ path, ...(init?.signal && { signal: init.signal }) });
      for (const waiter of waiters.filter(({ prefix }) => path.startsWith(prefix))) waiter.resolve();
      if (path.startsWith('postings/')) await released;
      const text = await readFile(new URL(url), 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
    },
  });
  const requested = (prefix: string) => new Promise<void>((resolve) => waiters.push({ prefix, resolve }));
  const paths = (prefix: string) => downloads.filter((download) => download.path.startsWith(prefix));
  return { client, downloads, paths, release, requested };
}

describe('what the static archive downloads', () => {
  it('cancels the downloads of a search abandoned for a newer one, and downloads them again when asked', async () => {
    const { client, paths, release, requested } = loggedClient();
    const typedPast = new AbortController();
    const postingsAsked = requested('postings/');
    const abandoned = client.search('hologram', { signal: typedPast.signal });
    await postingsAsked;
    typedPast.abort();
    await assert.rejects(abandoned, { name: 'AbortError' });
    const [postings] = paths('postings/');
    assert.equal(postings!.signal?.aborted, true, 'the postings download is cancelled');
    assert.equal(paths('manifest').concat(paths('vocabulary/')).some((download) => download.signal?.aborted), false, 'the manifest and vocabulary are kept');
    release();
    const hits = await client.search('hologram');
    assert.ok(hits.length > 0);
    assert.equal(paths(postings!.path).length, 2, 'asked for again, not taken from the cancelled download');
  });

  it('keeps a download another search still waits for', async () => {
    const { client, paths, release, requested } = loggedClient();
    const typedPast = new AbortController();
    const postingsAsked = requested('postings/');
    const abandoned = client.search('hologram', { signal: typedPast.signal });
    await postingsAsked;
    const kept = client.search('hologram', { signal: new AbortController().signal, limit: 1 });
    // Its files but the postings are loaded: it waits for the same download within this turn.
    await new Promise((resolve) => setImmediate(resolve));
    typedPast.abort();
    await assert.rejects(abandoned, { name: 'AbortError' });
    release();
    assert.equal((await kept).length, 1);
    assert.equal(paths('postings/').length, 1, 'downloaded once');
    assert.equal(paths('postings/').some((download) => download.signal?.aborted), false);
  });

  it('waits the delay before downloading, so that a query typed past downloads nothing', async () => {
    const { client, paths, release, requested } = loggedClient();
    release();
    const typedPast = new AbortController();
    const vocabularyAsked = requested('vocabulary/');
    const abandoned = client.search('hologram', { signal: typedPast.signal, delay: 60_000 });
    await vocabularyAsked;
    typedPast.abort();
    await assert.rejects(abandoned, { name: 'AbortError' });
    assert.deepEqual(paths('postings/').concat(paths('text/')), [], 'no postings, no text');
    assert.equal(paths('vocabulary/').length, 1, 'the vocabulary of the word being typed is loaded at once');

    const hits = await client.search('hologram');
    // Everything it needs is loaded: a search with a long delay answers at once.
    assert.deepEqual(await client.search('hologram', { delay: 60_000 }), hits);
  });
});
