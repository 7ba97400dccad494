import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateTranscript } from '../../src/core/validate.js';
import type { Transcript } from '../../src/core/types.js';

const valid = (): Transcript => ({
  version: 1,
  id: 'sample',
  title: 'A sample',
  language: 'en',
  source: { publisher: 'Someone', url: 'https://example.org/episode' },
  speakers: [
    { id: 'ada', name: 'Ada', role: 'host' },
    { id: 'bob', name: 'Bob' },
  ],
  segments: [
    { id: 's1', speaker: 'ada', text: 'Welcome to the show, Bob.', start: 0, end: 2.5 },
    { id: 's2', speaker: 'bob', text: 'Thanks for having me on the show.', start: 2.5, end: 5 },
    { id: 's3', speaker: 'ada', text: 'Let us talk about engines.' },
  ],
  topics: [{ id: 'intro', title: 'Intro', summary: 'They say hello.', segments: ['s1', 's2'], quotes: ['q1'] }],
  quotes: [{ id: 'q1', segment: 's2', text: 'Thanks for having me', topic: 'intro' }],
});

/** Validates a sample broken by `breakIt`; returns the problems as "path: message" lines. */
function problems(breakIt: (t: Record<string, any>) => void): { path: string; message: string }[] {
  const transcript = valid() as unknown as Record<string, any>;
  breakIt(transcript);
  const result = validateTranscript(transcript);
  assert.equal(result.ok, false, 'expected the broken transcript to be rejected');
  return result.ok ? [] : result.errors;
}

function assertProblem(breakIt: (t: Record<string, any>) => void, path: string, pattern: RegExp): void {
  const found = problems(breakIt);
  const match = found.find((problem) => problem.path === path);
  assert.ok(match, `no problem at ${path}; got ${JSON.stringify(found)}`);
  assert.match(match.message, pattern);
}

describe('validateTranscript', () => {
  it('accepts a valid transcript and returns it', () => {
    const transcript = valid();
    const result = validateTranscript(transcript);
    assert.deepEqual(result, { ok: true, transcript });
  });

  it('accepts a transcript without topics, quotes or times', () => {
    const result = validateTranscript({
      version: 1, id: 'bare', title: 'Bare', language: 'en',
      speakers: [{ id: 'x', name: 'X' }], segments: [{ id: 'a', speaker: 'x', text: 'Hi.' }], topics: [], quotes: [],
    });
    assert.equal(result.ok, true);
  });

  it('rejects what is not an object', () => {
    for (const value of [null, [], 'text', 3]) {
      const result = validateTranscript(value);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.errors[0]!.message, /must be a JSON object/);
    }
  });

  it('names a wrong or missing version', () => {
    assertProblem((t) => { t.version = 2; }, 'version', /Version 2 is not supported: it must be 1/);
    assertProblem((t) => { delete t.version; }, 'version', /version is missing/);
  });

  it('names missing fields', () => {
    assertProblem((t) => { delete t.title; }, 'title', /title is missing/);
    assertProblem((t) => { delete t.speakers[1].name; }, 'speakers[1].name', /name is missing/);
    assertProblem((t) => { delete t.segments; }, 'segments', /segments list is missing/);
    assertProblem((t) => { delete t.quotes[0].segment; }, 'quotes[0].segment', /segment is missing/);
  });

  it('names wrong types', () => {
    assertProblem((t) => { t.language = 7; }, 'language', /must be a text, not a number/);
    assertProblem((t) => { t.segments[2].text = null; }, 'segments[2].text', /must be a text, not null/);
    assertProblem((t) => { t.speakers = {}; }, 'speakers', /must be an array of speakers, not an object/);
    assertProblem((t) => { t.segments[1] = 'oops'; }, 'segments[1]', /must be an object, not a string/);
    assertProblem((t) => { t.segments[0].start = '0'; }, 'segments[0].start', /must be a number of seconds/);
    assertProblem((t) => { t.topics[0].quotes = 'q1'; }, 'topics[0].quotes', /array of quote ids/);
    assertProblem((t) => { t.source = 'web'; }, 'source', /must be an object/);
  });

  it('names duplicate ids, pointing at the first use', () => {
    assertProblem((t) => { t.segments[2].id = 's1'; }, 'segments[2].id', /"s1" is already used by segments\[0\]/);
    assertProblem((t) => { t.speakers[1].id = 'ada'; }, 'speakers[1].id', /already used by speakers\[0\]/);
  });

  it('names ids of the wrong shape', () => {
    assertProblem((t) => { t.segments[1].id = 'S 2'; }, 'segments[1].id', /lowercase letters, digits and hyphens/);
    assertProblem((t) => { t.quotes[0].id = '-q'; }, 'quotes[0].id', /lowercase letters/);
    assertProblem((t) => { t.id = 'Not An Id'; }, 'id', /transcript id "Not An Id"/);
  });

  it('names a segment whose speaker does not exist, listing the known ones', () => {
    assertProblem((t) => { t.segments[1].speaker = 'carol'; }, 'segments[1].speaker', /Speaker "carol" does not exist \(known: ada, bob\)/);
  });

  it('names topic ranges and quotes that reference nothing', () => {
    assertProblem((t) => { t.topics[0].segments = ['s1', 's9']; }, 'topics[0].segments[1]', /Segment "s9" does not exist/);
    assertProblem((t) => { t.topics[0].segments = ['s1']; }, 'topics[0].segments', /\[firstSegmentId, lastSegmentId\]/);
    assertProblem((t) => { t.topics[0].quotes = ['q7']; }, 'topics[0].quotes[0]', /Quote "q7" does not exist/);
    assertProblem((t) => { t.quotes[0].segment = 'nope'; }, 'quotes[0].segment', /Segment "nope" does not exist/);
    assertProblem((t) => { t.quotes[0].topic = 'outro'; }, 'quotes[0].topic', /Topic "outro" does not exist/);
  });

  it('names a reversed topic range and a quote outside its topic', () => {
    assertProblem((t) => { t.topics[0].segments = ['s2', 's1']; }, 'topics[0].segments', /reversed/);
    assertProblem((t) => { t.topics[0].segments = ['s3', 's3']; }, 'topics[0].quotes[0]', /outside this topic's range/);
  });

  it('names a quote whose text is not in its segment', () => {
    assertProblem((t) => { t.quotes[0].text = 'Thanks for inviting me'; }, 'quotes[0].text', /does not occur word for word in segment "s2"/);
  });

  it('names negative and reversed times', () => {
    assertProblem((t) => { t.segments[0].start = -1; }, 'segments[0].start', /negative/);
    assertProblem((t) => { t.segments[1].end = 1; }, 'segments[1].end', /end time 1 is before the start time 2.5/);
    assertProblem((t) => { t.segments[1].end = Number.NaN; }, 'segments[1].end', /number of seconds/);
  });

  it('rejects a source URL that is not http(s)', () => {
    assertProblem((t) => { t.source.url = 'javascript:alert(1)'; }, 'source.url', /must start with http/);
  });

  it('accepts the optional fields of feeds: pictures, pages, chapter starts, soundbite titles, media, notes', () => {
    const transcript = valid();
    transcript.speakers[0]!.img = 'https://example.org/ada.jpg';
    transcript.speakers[0]!.href = '/people/ada';
    transcript.segments[0]!.note = 'teaser';
    transcript.topics[0]!.start = 0;
    transcript.topics[0]!.img = 'chapter.png';
    transcript.topics[0]!.href = 'https://example.org/intro';
    transcript.topics[0]!.summary = '';
    transcript.quotes[0]!.title = 'Bob is glad to be here';
    transcript.source!.media = { url: 'https://example.org/episode.mp3', type: 'audio/mpeg' };
    assert.deepEqual(validateTranscript(transcript), { ok: true, transcript });
  });

  it('rejects unsafe or malformed optional fields', () => {
    assertProblem((t) => { t.speakers[0].img = 'javascript:alert(1)'; }, 'speakers[0].img', /picture "javascript:alert\(1\)" must be an http\(s\) URL or a relative one/);
    assertProblem((t) => { t.speakers[1].href = ' data:text/html,<b>'; }, 'speakers[1].href', /page .* must be an http\(s\) URL/);
    assertProblem((t) => { t.topics[0].img = 'vbscript:x'; }, 'topics[0].img', /image .* must be an http\(s\) URL/);
    assertProblem((t) => { t.topics[0].start = -3; }, 'topics[0].start', /negative/);
    assertProblem((t) => { t.topics[0].summary = 4; }, 'topics[0].summary', /summary must be a text, not a number/);
    assertProblem((t) => { delete t.topics[0].summary; }, 'topics[0].summary', /summary is missing/);
    assertProblem((t) => { t.segments[0].note = 5; }, 'segments[0].note', /note must be a text/);
    assertProblem((t) => { t.quotes[0].title = ''; }, 'quotes[0].title', /title is empty/);
    assertProblem((t) => { t.source.media = 'x.mp3'; }, 'source.media', /must be an object \{ url, type \}/);
    assertProblem((t) => { t.source.media = { type: 'audio/mpeg' }; }, 'source.media.url', /media URL is missing/);
    assertProblem((t) => { t.source.media = { url: 'javascript:void 0', type: 'audio/mpeg' }; }, 'source.media.url', /must be an http\(s\) URL/);
    assertProblem((t) => { t.source.media = { url: 'a.mp3' }; }, 'source.media.type', /media type is missing/);
  });

  it('finds each problem of a segment deep in a long transcript, where plain segments are checked quickly', () => {
    const long = (breakIt: (segment: Record<string, any>) => void) => (t: Record<string, any>) => {
      t.segments = Array.from({ length: 500 }, (_, index) => ({ id: `p${index}`, speaker: index % 2 ? 'bob' : 'ada', text: `Passage ${index}.`, start: index, end: index + 1 }));
      t.topics = [];
      t.quotes = [];
      breakIt(t.segments[400]);
    };
    const cases: [(segment: Record<string, any>) => void, string, RegExp][] = [
      [(s) => { s.id = 'P400'; }, 'segments[400].id', /lowercase letters/],
      [(s) => { s.id = 'p3'; }, 'segments[400].id', /"p3" is already used by segments\[3\]/],
      [(s) => { s.speaker = 'carol'; }, 'segments[400].speaker', /Speaker "carol" does not exist/],
      [(s) => { s.speaker = ''; }, 'segments[400].speaker', /speaker is empty/],
      [(s) => { s.text = 4; }, 'segments[400].text', /must be a text, not a number/],
      [(s) => { s.start = Number.NaN; }, 'segments[400].start', /must be a number of seconds/],
      [(s) => { s.end = Number.POSITIVE_INFINITY; }, 'segments[400].end', /must be a number of seconds/],
      [(s) => { s.start = -2; }, 'segments[400].start', /negative/],
      [(s) => { s.end = 399; }, 'segments[400].end', /end time 399 is before the start time 400/],
      [(s) => { s.note = ' '; }, 'segments[400].note', /note is empty/],
    ];
    for (const [breakIt, path, pattern] of cases) assertProblem(long(breakIt), path, pattern);
    assertProblem((t) => { long(() => {})(t); t.segments[400] = 'text'; }, 'segments[400]', /must be an object, not a string/);
    const whole = valid() as unknown as Record<string, any>;
    long(() => {})(whole);
    assert.equal(validateTranscript(whole).ok, true);
  });

  it('reports every problem, not only the first', () => {
    const found = problems((t) => {
      t.version = 0;
      t.segments[0].speaker = 'nobody';
      t.quotes[0].text = 'not there';
    });
    assert.deepEqual(found.map((problem) => problem.path), ['version', 'segments[0].speaker', 'quotes[0].text']);
  });

  it('treats ids named like Object.prototype members as plain ids', () => {
    const found = problems((t) => { t.segments[1].speaker = 'constructor'; });
    assert.deepEqual(found.map((problem) => problem.path), ['segments[1].speaker']);
  });
});
