import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validateTranscript } from '../../src/core/validate.js';
import type { Transcript } from '../../src/core/types.js';
import { FIXTURES, startServer, verbatim } from './import-helpers.js';
import type { TestServer } from './import-helpers.js';

const FEED = 'test/node/fixtures/import/feed.xml';

async function outputs(folder: string): Promise<Record<string, Transcript>> {
  const files = (await readdir(folder)).sort();
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, JSON.parse(await readFile(join(folder, file), 'utf8')) as Transcript])));
}

describe('verbatim import, a feed file', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof verbatim>>;
  let files: Record<string, Transcript>;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'verbatim-import-'));
    result = await verbatim(['import', FEED, '--out', out]);
    files = await outputs(out);
  });
  after(() => rm(out, { recursive: true, force: true }));

  it('writes one valid Verbatim JSON per episode with a transcript, and ends with a summary', () => {
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(Object.keys(files), ['pilot.json', 'the-engine-that-never-errs.json']);
    for (const transcript of Object.values(files)) assert.ok(validateTranscript(transcript).ok);
    const lines = result.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^imported .*the-engine-that-never-errs\.json {2}"The Engine That Never Errs": 7 segments, 3 topics, 2 quotes$/);
    assert.equal(lines[2], 'skipped  "Bonus: listener mail": no transcript');
    assert.equal(lines.at(-1), `2 of 3 episodes imported into ${out}; 1 without a transcript, 0 failed.`);
  });

  it('takes the English Podcasting 2.0 JSON over SRT, German JSON and captions without a language', () => {
    const episode = files['the-engine-that-never-errs.json']!;
    assert.equal(episode.language, 'en');
    assert.equal(episode.segments[0]!.text, 'Welcome back to Engines and Poetry. Today my guest is the man who designed the Difference Engine.');
    // The pilot's only transcript is captions (WebVTT) and states no language: the feed's applies.
    assert.equal(files['pilot.json']!.language, 'en-GB');
    assert.equal(files['pilot.json']!.segments[1]!.text, 'And I am glad to be its first guest.');
  });

  it('fills source from the channel title, item link, pubDate and enclosure', () => {
    assert.deepEqual(files['the-engine-that-never-errs.json']!.source, {
      publisher: 'Engines & Poetry',
      url: 'https://engines.example/2',
      published: '2025-06-10T08:00:00.000Z',
      media: { url: 'https://cdn.engines.example/2.mp3', type: 'audio/mpeg' },
    });
    assert.deepEqual(files['pilot.json']!.source, { publisher: 'Engines & Poetry', published: '2025-06-02T08:00:00.000Z' });
  });

  it('matches persons to speakers by name (case and spaces aside), item over channel, unsafe links dropped', () => {
    assert.deepEqual(files['the-engine-that-never-errs.json']!.speakers, [
      { id: 'ada-lovelace', name: 'Ada Lovelace', role: 'host', img: 'https://engines.example/ada.jpg', href: 'https://engines.example/ada' },
      { id: 'charles-babbage', name: 'Charles Babbage', role: 'guest', img: 'https://engines.example/charles.jpg' },
    ]);
    // "ada lovelace" in the file is the same person: one speaker.
    assert.equal(files['the-engine-that-never-errs.json']!.segments[2]!.speaker, 'ada-lovelace');
    // The channel's Mary Somerville, in an episode that does not override her.
    assert.deepEqual(files['pilot.json']!.speakers[1], { id: 'mary-somerville', name: 'Mary Somerville', role: 'guest' });
  });

  it('makes topics of chapters: by time, empty summary, start/img/href kept, toc="false" and untitled ones skipped', () => {
    const { topics } = files['the-engine-that-never-errs.json']!;
    assert.deepEqual(topics.map(({ id, title, summary, segments, start }) => ({ id, title, summary, segments, start })), [
      { id: 'welcome', title: 'Welcome', summary: '', segments: ['s001', 's002'], start: 0 },
      { id: 'can-machines-think', title: 'Can machines think?', summary: '', segments: ['s003', 's005'], start: 25 },
      { id: 'poetry-and-numbers', title: 'Poetry and numbers', summary: '', segments: ['s006', 's007'], start: 40 },
    ]);
    assert.equal(topics[0]!.img, 'https://engines.example/art/welcome.jpg');
    assert.equal(topics[0]!.href, 'https://engines.example/welcome');
    assert.equal(topics[1]!.img, 'art/think.jpg', 'relative, as written, from a local feed');
    assert.equal(topics[2]!.href, undefined, 'a javascript: chapter link is dropped');
    assert.match(result.stderr, /warning: chapters: chapters\[4\]: a chapter without a title is left out\./);
    assert.match(result.stderr, /warning: chapters: The chapter "After the end" \(at 600 s\) has no speech in the transcript/);
  });

  it('makes quotes of soundbites: whole words inside the time range, one segment, title kept', () => {
    const { quotes, topics } = files['the-engine-that-never-errs.json']!;
    assert.deepEqual(quotes, [
      { id: 'soundbite-1', segment: 's002', text: 'The engine computes tables of numbers without a single error.', title: 'Never a single error', topic: 'welcome' },
      { id: 'soundbite-2', segment: 's004', text: 'It does only what we know how to order it to perform.', title: 'What a machine does', topic: 'can-machines-think' },
    ]);
    assert.deepEqual(topics.map((topic) => topic.quotes), [['soundbite-1'], ['soundbite-2'], []]);
    assert.match(result.stderr, /Soundbite 2 \("What a machine does"\) at 30\.5 s: runs across 2 segments; the quote is its part in segment s004/);
    assert.match(result.stderr, /Soundbite 3 \("After the end"\) at 900 s: no words of the transcript lie in its time range/);
  });

  it('reports a missing chapters file as a warning and still writes the episode', () => {
    assert.match(result.stderr, /warning: chapters chapters\/missing\.json: cannot read .*missing\.json: ENOENT/);
    assert.deepEqual(files['pilot.json']!.topics, []);
  });
});

describe('verbatim import, a transcript with a part its reader skips', () => {
  it('writes the episode and says what was skipped, with the line', async () => {
    const out = await mkdtemp(join(tmpdir(), 'verbatim-import-'));
    try {
      const result = await verbatim(['import', 'test/node/fixtures/import/skipped/feed.xml', '--out', out]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /warning: transcript episode\.vtt line 6: .* is not a cue timing line .*; the cue is skipped\./);
      const [episode] = Object.values(await outputs(out));
      assert.deepEqual(episode!.segments.map((segment) => segment.text), ['The night shift starts at ten.', 'And ends when the bakery opens.']);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('verbatim import --episode and --language', () => {
  let out: string;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'verbatim-import-'));
  });
  after(() => rm(out, { recursive: true, force: true }));

  const imported = async (...args: string[]) => {
    await rm(out, { recursive: true, force: true });
    const result = await verbatim(['import', FEED, '--out', out, ...args]);
    return { ...result, files: await outputs(out).catch((): Record<string, Transcript> => ({})) };
  };

  it('chooses by guid, episode number and latest', async () => {
    assert.deepEqual(Object.keys((await imported('--episode', 'engines-1')).files), ['pilot.json']);
    assert.deepEqual(Object.keys((await imported('--episode', '2')).files), ['the-engine-that-never-errs.json']);
    const latest = await imported('--episode', 'latest');
    assert.deepEqual(Object.keys(latest.files), ['the-engine-that-never-errs.json']);
    assert.match(latest.stdout, /1 of 1 episodes imported/);
  });

  it('an episode that matches nothing is a usage error', async () => {
    const result = await imported('--episode', 'engines-99');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^verbatim import: no episode matches --episode "engines-99"/);
  });

  it('--language takes that language, and transcripts that state none', async () => {
    const { status, files } = await imported('--language', 'de');
    assert.equal(status, 0);
    assert.equal(files['the-engine-that-never-errs.json']!.segments[0]!.text, 'Willkommen.');
    assert.equal(files['the-engine-that-never-errs.json']!.language, 'de');
    assert.ok(files['pilot.json'], 'the pilot\'s captions state no language');
    // No French transcript: the captions that state no language are the only candidate.
    const french = await imported('--language', 'fr', '--episode', '2');
    assert.equal(french.status, 0);
    assert.equal(french.files['the-engine-that-never-errs.json']!.segments[0]!.text, 'Captions without a language rank after the English JSON.');
  });

  it('wrong command lines exit with 2', async () => {
    assert.equal((await verbatim(['import'])).status, 2);
    assert.equal((await verbatim(['import', FEED, '--timeout', 'soon'])).status, 2);
    const scheme = await verbatim(['import', 'javascript:alert(1)']);
    assert.equal(scheme.status, 2);
    assert.match(scheme.stderr, /FEED must be a file or an http\(s\) URL/);
  });

  it('an episode that cannot be written fails alone', async () => {
    await rm(out, { recursive: true, force: true });
    await mkdir(join(out, 'pilot.json'), { recursive: true });
    const { status, stdout, stderr } = await verbatim(['import', FEED, '--out', out]);
    assert.equal(status, 1);
    assert.match(stderr, /failed {3}"Pilot": cannot write .*pilot\.json: EISDIR/);
    assert.match(stdout, /1 of 3 episodes imported .*; 1 without a transcript, 1 failed\./);
  });

  it('a feed that is not there, or not RSS, exits with 1', async () => {
    const missing = await verbatim(['import', 'nowhere.xml', '--out', out]);
    assert.deepEqual([missing.status, missing.stderr], [1, 'verbatim import: cannot read the feed: cannot read nowhere.xml: ENOENT\n']);
    const notRss = await verbatim(['import', 'test/node/fixtures/import/chapters/2.json', '--out', out]);
    assert.equal(notRss.status, 1);
    assert.match(notRss.stderr, /cannot read the feed: .*Not well-formed XML/);
  });
});

describe('verbatim import over HTTP', () => {
  let server: TestServer;
  let out: string;
  before(async () => {
    server = await startServer();
    out = await mkdtemp(join(tmpdir(), 'verbatim-import-'));
  });
  after(async () => {
    await server.close();
    await rm(out, { recursive: true, force: true });
  });

  it('fetches the feed and resolves its relative URLs against the feed URL', async () => {
    const { status, stderr } = await verbatim(['import', `${server.origin}/feed.xml`, '--out', out]);
    assert.equal(status, 0, stderr);
    const files = await outputs(out);
    assert.equal(files['the-engine-that-never-errs.json']!.quotes.length, 2);
    assert.equal(files['the-engine-that-never-errs.json']!.topics[1]!.img, `${server.origin}/chapters/art/think.jpg`, 'against the chapters file');
    // Only the preferred transcript of each episode is fetched; episodes download side by side.
    assert.equal(server.requests[0], '/feed.xml');
    assert.deepEqual([...server.requests].sort(), ['/chapters/2.json', '/chapters/missing.json', '/feed.xml', '/transcripts/1.vtt', '/transcripts/2.json']);
    assert.match(stderr, /warning: chapters chapters\/missing\.json: the server answered 404 Not Found for http:\/\/127\.0\.0\.1:\d+\/chapters\/missing\.json/);
  });

  it('follows a redirected feed and resolves its URLs against where it ended up', async () => {
    const moved = await startServer({ '/old/podcast.rss': (_request, response) => response.writeHead(301, { location: '/feed.xml' }).end() });
    try {
      const { status, stderr } = await verbatim(['import', `${moved.origin}/old/podcast.rss`, '--out', out, '--episode', '2']);
      assert.equal(status, 0, stderr);
      assert.deepEqual(moved.requests, ['/old/podcast.rss', '/feed.xml', '/transcripts/2.json', '/chapters/2.json']);
    } finally {
      await moved.close();
    }
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
      <channel><title>Caf\u00e9 cr\u00e8me</title><item><title>Premi\u00e8re</title><podcast:transcript url="/transcripts/1.vtt" type="text/vtt"/></item></channel></rss>`;
    const latin1 = await startServer({ '/feed.xml': (_request, response) => response.end(Buffer.from(xml, 'latin1')) });
    try {
      const { status, stdout } = await verbatim(['import', `${latin1.origin}/feed.xml`, '--out', out]);
      assert.equal(status, 0);
      assert.match(stdout, /premiere\.json {2}"Première": 2 segments/);
      assert.equal((JSON.parse(await readFile(join(out, 'premiere.json'), 'utf8')) as Transcript).source!.publisher, 'Café crème');
    } finally {
      await latin1.close();
    }
  });

  it('a transcript that answers 404 fails that episode (exit 1), falling back first to the next candidate', async () => {
    const feed = (await readFile(join(FIXTURES, 'feed.xml'), 'utf8'))
      .replace('transcripts/2.json', 'transcripts/gone.json')
      .replace('transcripts/1.vtt', 'transcripts/gone.vtt');
    const feedServer = await startServer({ '/feed.xml': (_request, response) => response.end(feed) });
    try {
      const { status, stdout, stderr } = await verbatim(['import', `${feedServer.origin}/feed.xml`, '--out', out]);
      assert.equal(status, 1);
      // Episode 2 falls back to its English SRT; the pilot has no other transcript.
      assert.match(stdout, /imported .*the-engine-that-never-errs\.json/);
      assert.match(stderr, /warning: transcript transcripts\/gone\.json: the server answered 404/);
      assert.match(stderr, /failed {3}"Pilot": transcript transcripts\/gone\.vtt: the server answered 404 Not Found/);
      assert.match(stdout, /1 of 3 episodes imported into .*; 1 without a transcript, 1 failed\.\n$/);
    } finally {
      await feedServer.close();
    }
  });
});
