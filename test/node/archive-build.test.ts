import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildArchive } from '../../src/core/archive/build.js';
import { postingsKey, vocabularyKey } from '../../src/core/archive/format.js';
import { tokenize } from '../../src/core/normalize.js';
import { parseTranscript } from '../../src/core/parse.js';
import type { Transcript } from '../../src/core/types.js';
import { ARCHIVE_FIXTURES, folderFiles, root, searchFolder, verbatim } from './archive-helpers.js';

const EPISODES = ['gardens.json', 'holograms.json', 'Universal Translators.vtt', 'bees.srt'];

/** A newer episode whose words touch few shards. */
const LIGHTHOUSES: Transcript = {
  version: 1,
  id: 'lighthouses',
  title: 'Lighthouses',
  language: 'en',
  source: { published: '2025-02-01' },
  speakers: [{ id: 'kim', name: 'Kim Lund' }],
  segments: [{ id: 's1', speaker: 'kim', start: 4, text: 'Quiet lighthouses keep quiet watch.' }],
  topics: [],
  quotes: [],
};

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'verbatim-archive-build-'));
  await mkdir(join(work, 'episodes'));
  for (const name of EPISODES) await copyFile(join(root, ARCHIVE_FIXTURES, name), join(work, 'episodes', name));
});
after(() => rm(work, { recursive: true, force: true }));

const build = (out: string) => verbatim(['archive', 'build', join(work, 'episodes'), '--out', join(work, out), '--href', '/e/{id}/']);

describe('a deterministic build', () => {
  it('writes the same bytes for the same transcripts, in any order', async () => {
    const transcripts = await Promise.all(EPISODES.map(async (name) =>
      parseTranscript(await readFile(join(root, ARCHIVE_FIXTURES, name), 'utf8'), name.endsWith('.json') ? {} : { id: name.slice(0, 4).toLowerCase() })));
    const forward = buildArchive(transcripts).files;
    const backward = buildArchive([...transcripts].reverse()).files;
    assert.deepEqual([...backward], [...forward]);
  });

  it('rebuilds byte for byte from the command line', async () => {
    assert.equal((await build('first')).status, 0);
    assert.equal((await build('second')).status, 0);
    const first = await folderFiles(join(work, 'first'));
    assert.ok(first.size > 50);
    assert.deepEqual(await folderFiles(join(work, 'second')), first);
    const again = await build('first');
    assert.match(again.stdout, /0 files written, \d+ unchanged, 0 removed/);
  });

  it('leaves out a second episode with the same id and says so', async () => {
    const gardens = parseTranscript(await readFile(join(root, ARCHIVE_FIXTURES, 'gardens.json'), 'utf8'));
    const { files, skipped } = buildArchive([gardens, { ...gardens, title: 'Copy' }]);
    assert.deepEqual(skipped, [{ id: 'gardens', message: 'another episode has the id "gardens"' }]);
    const [text] = [...files.keys()].filter((path) => path.startsWith('text/'));
    assert.match(files.get(text!)!, /"title":"Rooftop gardens"/, 'the first one is kept');
  });
});

describe('an incremental build', () => {
  it('adding a newer episode rewrites only the shards of its words', async () => {
    await build('archive');
    const before = await folderFiles(join(work, 'archive'));
    await writeFile(join(work, 'episodes', 'lighthouses.json'), JSON.stringify(LIGHTHOUSES));
    const { status, stdout } = await build('archive');
    assert.equal(status, 0);
    const afterwards = await folderFiles(join(work, 'archive'));

    const terms = tokenize(LIGHTHOUSES.segments[0]!.text).map((token) => token.term);
    const touched = new Set([
      'manifest.json',
      ...terms.map((term) => `vocabulary/${vocabularyKey(term)}`),
      ...terms.map((term) => `postings/${postingsKey(term)}`),
      'text/lighthouses',
    ]);
    const keyOf = (path: string) => (path === 'manifest.json' ? path : path.replace(/\.[0-9a-f]{12}(?:-\d+)?\.json$/, ''));
    const changed = [...afterwards.keys()].filter((path) => before.get(path) !== afterwards.get(path)).map(keyOf).sort();
    assert.deepEqual(changed, [...touched].sort(), 'exactly the shards of the new words changed');
    const removed = [...before.keys()].filter((path) => !afterwards.has(path)).map(keyOf);
    assert.deepEqual(removed.filter((key) => !touched.has(key)), [], 'removed only replaced shards');
    // Every file but the manifest and the replaced shards is kept as it was.
    const kept = before.size - removed.length - 1;
    assert.ok(removed.length > 0);
    assert.equal(afterwards.size, kept + changed.length);
    assert.match(stdout, new RegExp(`Indexed 5 episodes .*: ${changed.length} files written, ${kept} unchanged, ${removed.length} removed`));

    // The same files as a fresh build of the five episodes, and the new episode is found.
    assert.equal((await build('fresh')).status, 0);
    assert.deepEqual(await folderFiles(join(work, 'fresh')), afterwards);
    const [hit] = await searchFolder(join(work, 'archive')).search('lighthouse');
    assert.equal(hit!.href, '/e/lighthouses/?t=4#verbatim-s1:~:text=Quiet%20lighthouses%20keep%20quiet%20watch');
  });
});
