import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyChapters, parseTranscript, TranscriptError } from '../../src/core/index.js';
import { episodeIds, importEpisode, selectItems, transcriptCandidates } from '../../src/core/feed/episode.js';
import { readFeed } from '../../src/core/feed/feed.js';
import type { FeedItem, FeedTranscriptLink } from '../../src/core/feed/feed.js';
import { applySoundbites } from '../../src/core/feed/soundbites.js';
import { validateTranscript } from '../../src/core/validate.js';
import type { Transcript } from '../../src/core/types.js';
import { root } from './import-helpers.js';

const EPISODE_VTT = `WEBVTT

00:00:00.000 --> 00:00:05.000
<v Host>Welcome to the show about maps.

00:00:06.000 --> 00:00:12.000
<v Guest>Thank you. Maps are older than writing.

00:01:00.000 --> 00:01:08.000
<v Host>Let us talk about the oldest map we know.

00:01:09.000 --> 00:01:20.000
<v Guest>It is a clay tablet from Babylon, and it shows the whole world.
`;

const CHAPTERS_VTT = `WEBVTT

intro
00:00:00.000 --> 00:00:59.000
Introduction

00:00:59.000 --> 00:02:00.000
The <b>oldest</b> map
`;

const episode = (): Transcript => parseTranscript(EPISODE_VTT, { id: 'maps', title: 'Maps' });

describe('applyChapters', () => {
  it('reads a WebVTT chapters track into topics over the segments in each range', () => {
    const transcript = applyChapters(episode(), CHAPTERS_VTT);
    assert.ok(validateTranscript(transcript).ok);
    assert.deepEqual(transcript.topics, [
      { id: 'introduction', title: 'Introduction', summary: '', segments: ['s001', 's002'], quotes: [], start: 0 },
      { id: 'the-oldest-map', title: 'The oldest map', summary: '', segments: ['s003', 's004'], quotes: [], start: 59 },
    ]);
  });

  it('takes a parsed chapters object too, replaces earlier topics and re-links quotes', () => {
    const withQuote: Transcript = { ...episode(), quotes: [{ id: 'q1', segment: 's004', text: 'a clay tablet from Babylon' }] };
    const transcript = applyChapters(withQuote, { version: '1.2.0', chapters: [{ startTime: 0, title: 'All of it' }, { startTime: 58, title: 'Babylon' }] });
    assert.deepEqual(transcript.topics.map((topic) => [topic.id, topic.segments, topic.quotes]), [['all-of-it', ['s001', 's002'], []], ['babylon', ['s003', 's004'], ['q1']]]);
    assert.equal(transcript.quotes[0]!.topic, 'babylon');
  });

  it('resolves chapters\' relative links against `base`, and drops unsafe ones', () => {
    const chapters = { chapters: [{ startTime: 0, title: 'One', img: 'art/1.jpg', url: '/one' }, { startTime: 60, title: 'Two', img: 'data:image/png;base64,AAAA', url: 'javascript:alert(1)' }] };
    const [one, two] = applyChapters(episode(), chapters, { base: 'https://maps.example/show/chapters.json' }).topics;
    assert.deepEqual([one!.img, one!.href], ['https://maps.example/show/art/1.jpg', 'https://maps.example/one']);
    assert.deepEqual([two!.img, two!.href], [undefined, undefined]);
    assert.equal(applyChapters(episode(), chapters).topics[0]!.img, 'art/1.jpg');
  });

  it('gives a chapter shorter than any segment the segment it starts in, and warns about chapters past the speech', () => {
    const warnings: string[] = [];
    const transcript = applyChapters(episode(), JSON.stringify({ chapters: [
      { startTime: 0, title: 'Start' },
      { startTime: 70, title: 'Blink' },
      { startTime: 71, title: 'Babylon' },
      { startTime: 3600, title: 'Outro' },
    ] }), { onWarning: (message) => warnings.push(message) });
    assert.deepEqual(transcript.topics.map((topic) => [topic.title, topic.segments]), [['Start', ['s001', 's003']], ['Blink', ['s004', 's004']], ['Babylon', ['s004', 's004']]]);
    assert.deepEqual(warnings, ['The chapter "Outro" (at 3600 s) has no speech in the transcript and is left out.']);
  });

  it('throws a TranscriptError naming the problem for a bad chapters file or a transcript without times', () => {
    const cases: [unknown, RegExp][] = [
      ['{"chapters": [{"startTime": "soon", "title": "x"}]}', /^chapters\[0\]\.startTime: "startTime" must be a number of seconds, not "soon"\.$/],
      ['{"chapters": 3}', /^chapters: A chapters file must be a JSON object with "chapters"/],
      ['{"chapters": [', /^The chapters file is not valid JSON/],
      ['Chapter one at one minute', /^Chapters must be a Podcasting 2\.0 chapters file \(JSON\) or a WebVTT chapters track/],
      ['WEBVTT\n\n00:00:00.000 --> soon\nIntro\n', /^line 3: "00:00:00\.000 --> soon" is not a cue timing line/],
    ];
    for (const [chapters, message] of cases) {
      assert.throws(() => applyChapters(episode(), chapters as string), (error: unknown) => error instanceof TranscriptError && message.test(error.message), String(chapters));
    }
    const untimed = parseTranscript('Host: Hello there.\n\nGuest: Hi.\n');
    assert.throws(() => applyChapters(untimed, CHAPTERS_VTT), /Chapters need a transcript with times; this one has none\./);
  });
});

describe('verbatim convert --chapters', () => {
  const run = (args: string[]): Promise<{ status: number; stdout: string; stderr: string }> => new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'convert', ...args], { cwd: root }, (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }));
  });

  it('adds the chapters as topics, from JSON or WebVTT', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'verbatim-chapters-'));
    try {
      await writeFile(join(folder, 'episode.vtt'), EPISODE_VTT);
      await writeFile(join(folder, 'chapters.vtt'), CHAPTERS_VTT);
      await writeFile(join(folder, 'chapters.json'), JSON.stringify({ chapters: [{ startTime: 0, title: 'Whole' }, { startTime: 3000, title: 'Late' }] }));
      const vtt = await run([join(folder, 'episode.vtt'), '--chapters', join(folder, 'chapters.vtt')]);
      assert.equal(vtt.status, 0, vtt.stderr);
      assert.deepEqual((JSON.parse(vtt.stdout) as Transcript).topics.map((topic) => topic.title), ['Introduction', 'The oldest map']);
      const json = await run([join(folder, 'episode.vtt'), '--chapters', join(folder, 'chapters.json')]);
      assert.deepEqual((JSON.parse(json.stdout) as Transcript).topics.map((topic) => topic.segments), [['s001', 's004']]);
      assert.match(json.stderr, /chapters\.json: The chapter "Late" \(at 3000 s\) has no speech/);
      const bad = await run([join(folder, 'episode.vtt'), '--chapters', join(folder, 'episode.vtt')]);
      assert.equal(bad.status, 0, 'a transcript read as a chapters track gives its cues as chapters');
      const missing = await run([join(folder, 'episode.vtt'), '--chapters', join(folder, 'nowhere.json')]);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /cannot read .*nowhere\.json: ENOENT/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('soundbites without the file\'s own timing', () => {
  it('estimates word times within a segment and trims to whole words', () => {
    const transcript = applySoundbites(episode(), [{ start: 69, duration: 5.5, title: 'Babylon' }]);
    assert.ok(validateTranscript(transcript).ok);
    const [quote] = transcript.quotes;
    assert.equal(quote!.segment, 's004');
    assert.match(quote!.text, /^It is a clay tablet from/);
    assert.ok('It is a clay tablet from Babylon, and it shows the whole world.'.includes(quote!.text));
    assert.doesNotMatch(quote!.text, /world/);
  });

  it('a transcript without times gets no quotes, and a warning', () => {
    const warnings: string[] = [];
    const transcript = applySoundbites(parseTranscript('Host: Hello.\n'), [{ start: 1, duration: 2 }], (message) => warnings.push(message));
    assert.deepEqual(transcript.quotes, []);
    assert.deepEqual(warnings, ['The transcript has no times, so its soundbites cannot be found in it.']);
  });
});

describe('choosing transcripts and episodes', () => {
  const link = (type: string, language?: string, rel?: string): FeedTranscriptLink => ({ url: `${type}-${language}-${rel}`, type, ...(language && { language }), ...(rel && { rel }) });

  it('prefers JSON > VTT > SRT > HTML > text in the wanted language; rel="captions" of unknown type counts as captions', () => {
    const links = [link('text/plain', 'en'), link('text/html', 'en'), link('application/octet-stream', 'en', 'captions'), link('application/x-subrip', 'en'), link('application/json', 'es'), link('text/vtt'), link('application/json', 'en-US')];
    assert.deepEqual(transcriptCandidates(links, 'en', undefined).map((candidate) => candidate.url), [
      'application/json-en-US-undefined', 'application/octet-stream-en-captions', 'application/x-subrip-en-undefined',
      'text/html-en-undefined', 'text/plain-en-undefined', 'text/vtt-undefined-undefined', 'application/json-es-undefined',
    ]);
    assert.deepEqual(transcriptCandidates(links, 'en', 'es').map((candidate) => candidate.url), ['application/json-es-undefined', 'text/vtt-undefined-undefined']);
  });

  it('an episode with transcripts only in other languages is skipped, naming them', async () => {
    const feed = readFeed(`<rss xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><item><title>Uno</title>
      <podcast:transcript url="https://x.example/1.vtt" type="text/vtt" language="it"/></item></channel></rss>`);
    const result = await importEpisode(feed, feed.items[0]!, 'uno', { language: 'fr', fetchText: () => assert.fail('nothing to fetch'), displayUrl: (url) => url });
    assert.deepEqual(result, { status: 'skipped', reason: 'no transcript in fr (only it)' });
  });

  it('reads Podcasting 2.0 tags under any prefix bound to the namespace, and under "podcast:" left undeclared', () => {
    const declared = readFeed(`<rss xmlns:pc="https://podcastindex.org/namespace/1.0"><channel><item><title>A</title>
      <pc:transcript url="a.vtt" type="text/vtt"/><pc:soundbite startTime="1.5" duration="2">Hi</pc:soundbite></item></channel></rss>`);
    assert.deepEqual([declared.items[0]!.transcripts, declared.items[0]!.soundbites], [[{ url: 'a.vtt', type: 'text/vtt' }], [{ start: 1.5, duration: 2, title: 'Hi' }]]);
    const undeclared = readFeed('<rss><channel><podcast:person>Ada</podcast:person><item><podcast:chapters url="c.json" type="application/json+chapters"/></item></channel></rss>');
    assert.deepEqual(undeclared.persons, [{ name: 'Ada', role: 'host' }]);
    assert.deepEqual(undeclared.items[0]!.chapters, { url: 'c.json', type: 'application/json+chapters' });
    // Another namespace's "transcript" is not a podcast transcript.
    assert.deepEqual(readFeed('<rss xmlns:x="https://example.org/ns"><channel><item><x:transcript url="a.vtt"/></item></channel></rss>').items[0]!.transcripts, []);
  });

  it('an Atom feed or malformed XML is a clear FeedError', () => {
    assert.throws(() => readFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), /^FeedError: Not an RSS feed: the document's root is <feed>, not <rss> with a <channel>\.$/);
    assert.throws(() => readFeed('<rss><channel><title>x</channel></rss>'), /^FeedError: Not well-formed XML: 1:\d+: unexpected close tag/);
    assert.throws(() => readFeed(''), /FeedError/);
  });

  it('--episode N counts from the oldest when the feed has no episode numbers; latest is the newest date', () => {
    const items: FeedItem[] = [
      { index: 0, guid: 'c', title: 'Third', published: '2025-03-01T00:00:00.000Z', transcripts: [], soundbites: [], persons: [] },
      { index: 1, guid: 'a', title: 'First', published: '2025-01-01T00:00:00.000Z', transcripts: [], soundbites: [], persons: [] },
      { index: 2, guid: 'b', title: 'Second', published: '2025-02-01T00:00:00.000Z', transcripts: [], soundbites: [], persons: [] },
    ];
    assert.deepEqual(selectItems(items, '1').map((item) => item.guid), ['a']);
    assert.deepEqual(selectItems(items, '3').map((item) => item.guid), ['c']);
    assert.deepEqual(selectItems(items, '4'), []);
    assert.deepEqual(selectItems(items, 'latest').map((item) => item.guid), ['c']);
    assert.deepEqual(selectItems(items, 'b').map((item) => item.guid), ['b']);
  });

  it('episode ids are slugs of the title, else the guid, unique in the feed', () => {
    const base = { transcripts: [], soundbites: [], persons: [] };
    const items: FeedItem[] = [
      { index: 0, title: 'Ep. 1: Café <Talk>', ...base },
      { index: 1, title: 'Ep. 1 — café talk', ...base },
      { index: 2, guid: 'urn:uuid:1234', ...base },
      { index: 3, ...base },
    ];
    assert.deepEqual([...episodeIds(items).values()], ['ep-1-cafe-talk', 'ep-1-cafe-talk-2', 'urn-uuid-1234', 'episode-4']);
  });
});
