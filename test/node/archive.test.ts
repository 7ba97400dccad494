import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { decodePostings, encodePostings } from '../../src/core/archive/format.js';
import type { Manifest } from '../../src/core/archive/format.js';
import type { ArchiveHit } from '../../src/core/index.js';
import { ARCHIVE_FIXTURES, folderFiles, searchFolder, verbatim } from './archive-helpers.js';

/** What a reader sees of a hit: episode, segment, and the marked words. */
const marked = (hit: ArchiveHit) => hit.ranges.map(([start, end]) => hit.text.slice(start, end));
const where = (hits: ArchiveHit[]) => hits.map((hit) => `${hit.episode.id}/${hit.segmentId}`);

let dir: string;
let build: Awaited<ReturnType<typeof verbatim>>;
let archive: ReturnType<typeof searchFolder>;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-archive-'));
  build = await verbatim(['archive', 'build', ARCHIVE_FIXTURES, '--out', dir, '--href', '/episodes/{id}.html']);
  archive = searchFolder(dir);
});
after(() => rm(dir, { recursive: true, force: true }));

describe('verbatim archive build', () => {
  it('indexes every readable transcript and reports the malformed one', async () => {
    assert.equal(build.status, 1, 'a file was left out');
    assert.match(build.stderr, /skipped test\/node\/fixtures\/archive\/broken\.json: line 6: This is not valid JSON/);
    assert.match(build.stdout, /Indexed 5 episodes into .*; 1 left out/);
    const manifest = JSON.parse((await folderFiles(dir)).get('manifest.json')!) as Manifest;
    // Undated first, then by publication: the newest episodes come last.
    assert.deepEqual(manifest.episodes.map((episode) => episode.id), ['bees', 'universal-translators', 'gardens', 'hostile', 'holograms']);
    const gardens = manifest.episodes.find((episode) => episode.id === 'gardens')!;
    assert.deepEqual(gardens, {
      id: 'gardens', published: '2023-04-02', duration: 95, speakers: ['Mara Quist', 'Ilse Brandt'], text: gardens.text,
    });
    assert.equal(manifest.href, '/episodes/{id}.html');
    assert.match(gardens.text, /^[0-9a-f]{12}$/);
    const [translator] = await searchFolder(dir).search('twelve');
    assert.equal(translator!.episode.title, 'Universal Translators', 'a file without a title is named after the file');
  });

  it('names every shard by its content and writes nothing else', async () => {
    const files = await folderFiles(dir);
    for (const path of files.keys()) assert.match(path, /^(?:manifest\.json|(?:vocabulary|postings)\/[a-z0-9_-]+\.[0-9a-f]{12}\.json|text\/[a-z0-9-]+\.[0-9a-f]{12}-\d+\.json)$/);
    assert.ok([...files.keys()].some((path) => /^postings\/hol\./.test(path)));
  });

  it('rejects an href that is not http(s) or relative', async () => {
    const out = join(dir, 'never');
    const { status, stderr } = await verbatim(['archive', 'build', `${ARCHIVE_FIXTURES}/bees.srt`, '--out', out, '--href', 'javascript:alert(1)//{id}']);
    assert.equal(status, 2);
    assert.match(stderr, /--href: href "javascript:alert\(1\)\/\/\{id\}" is not an http\(s\) or relative URL/);
  });

  it('says what is missing from the command line', async () => {
    assert.match((await verbatim(['archive', 'build', ARCHIVE_FIXTURES])).stderr, /--out DIR is required/);
    assert.match((await verbatim(['archive', 'index'])).stderr, /unknown action "index"/);
    const missing = await verbatim(['archive', 'build', 'no/such/folder', '--out', join(dir, 'never')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read no\/such\/folder: ENOENT/);
  });
});

describe('searching the static archive', () => {
  it('finds exact words, with a snippet, the speaker, the time and a link to the moment', async () => {
    const hits = await archive.search('hologram viewer');
    assert.equal(hits.length, 1);
    assert.deepEqual(hits[0], {
      episode: { id: 'holograms', title: 'Glasses that show holograms', published: '2024-06-10' },
      segmentId: 's3',
      speaker: 'Teo Okafor',
      start: 20,
      text: 'The software is open source, so anyone can build a hologram viewer of their own.',
      ranges: [[51, 59], [60, 66]],
      href: '/episodes/holograms.html?t=20#verbatim-s3:~:text=anyone%20can%20build%20a%20hologram%20viewer%20of%20their%20own',
      score: 0,
    });
  });

  it('cuts a snippet around the match in a long segment, marking the words inside it', async () => {
    const [hit] = await archive.search('july');
    assert.equal(hit!.segmentId, 's4');
    assert.ok(hit!.text.startsWith('…') && hit!.text.endsWith('…'), hit!.text);
    assert.ok(hit!.text.length < 240);
    assert.deepEqual(marked(hit!), ['July']);
  });

  it('forgives typos as the transcript search does', async () => {
    assert.deepEqual(where(await archive.search('holagram')), ['holograms/s2', 'holograms/s3']);
    const calculators = await archive.search('calculater');
    assert.deepEqual(where(calculators), ['gardens/s3', 'gardens/s4']);
    assert.deepEqual(marked(calculators[0]!), ['calculator']);
    const translators = await archive.search('universal translater');
    assert.deepEqual(where(translators), ['universal-translators/s001']);
    assert.deepEqual(marked(translators[0]!), ['universal', 'translator']);
    assert.deepEqual(await archive.search('bess'), [], 'no typo allowed in a four-letter word');
  });

  it('completes the last word while it is typed, and ranks exact words first', async () => {
    assert.deepEqual(where(await archive.search('twelve lang')), ['universal-translators/s002', 'universal-translators/s003']);
    assert.deepEqual(await archive.search('twelve lang '), [], 'a word followed by a space is whole');
    const gardens = await archive.search('gardens');
    assert.deepEqual(where(gardens), ['hostile/s1', 'gardens/s1', 'bees/s001']);
    assert.ok(gardens[2]!.score > 0, '"garden" is a near match of "gardens"');
  });

  it('needs every word, in any order, and a quoted phrase in a row', async () => {
    assert.deepEqual(where(await archive.search('source open')), ['holograms/s3', 'gardens/s4', 'universal-translators/s002']);
    const phrase = await archive.search('"open source"');
    assert.deepEqual(marked(phrase[1]!), ['Open source']);
    assert.deepEqual(await archive.search('"source open"'), []);
    assert.deepEqual(await archive.search('hologram tomatoes'), []);
  });

  it('filters by year and by speaker', async () => {
    assert.deepEqual(where(await archive.search('open source', { year: 2023 })), ['gardens/s4']);
    assert.deepEqual(where(await archive.search('open source', { speaker: 'Noor Haddad' })), ['universal-translators/s002']);
    assert.deepEqual(await archive.search('open source', { speaker: 'Mara Quist' }), [], 'Mara never says it');
    assert.deepEqual(await archive.facets(), {
      speakers: ['<b>Mallory</b>', 'Ilse Brandt', 'Mara Quist', 'Noor Haddad', 'Speaker', 'Teo Okafor'],
      years: [2024, 2023],
    });
  });

  it('reports hits as they arrive and keeps to the limit', async () => {
    const seen: string[][] = [];
    const hits = await archive.search('open source', { limit: 2, onHits: (partial) => seen.push(where(partial)) });
    assert.deepEqual(where(hits), ['holograms/s3', 'gardens/s4']);
    assert.deepEqual(seen[seen.length - 1], where(hits));
  });

  it('keeps hostile text as text', async () => {
    const [hit] = await archive.search('lighthouse');
    assert.equal(hit!.text, '<script>alert("gardens")</script> and a lighthouse keeper\'s gardens');
    assert.equal(hit!.speaker, '<b>Mallory</b>');
    assert.equal(hit!.episode.title, '<img src=x onerror=alert(1)> Strange titles');
  });

  it('stops when aborted, and says clearly when a folder is not an archive', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(archive.search('bees', { signal: controller.signal }), { name: 'AbortError' });
    await assert.rejects(searchFolder(join(dir, 'text')).search('bees'), /Could not load the archive file .*manifest\.json \(HTTP 404\)/);
    await assert.rejects(searchFolder(ARCHIVE_FIXTURES).search('bees'), /Could not load/);
  });
});

describe('the postings encoding', () => {
  it('round-trips segment lists', () => {
    const postings = [0, 3, 0, 4, 0, 40, 2, 0, 37, 1, 37, 1000];
    const encoded = encodePostings(postings);
    assert.equal(encoded, '0:3.1.10,2:0,z:1.rr');
    const decoded: number[] = [];
    decodePostings(encoded, (episode, segment) => decoded.push(episode, segment));
    assert.deepEqual(decoded, postings);
  });
});
