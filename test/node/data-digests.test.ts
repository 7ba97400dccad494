import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DIGESTS, QUOTES_DIR, TOPICS_DIR, digestFiles } from '../../scripts/data-digests.js';
import { interviewForTranscript } from '../../src/data/interview-transcript.js';
import { validateTranscript } from '../../src/core/validate.js';
import { compactTranscript, expandTranscript } from '../../src/data/compact.js';
import { interview as shipped } from '../../src/data/interview.js';
import type { Transcript } from '../../src/core/types.js';

const readText = (name: string): string => readFileSync(new URL(`../../src/data/${name}`, import.meta.url), 'utf8');
const read = (name: string): Transcript => JSON.parse(readText(name));
const interview = read('interview.json');

describe('bundled data digests', () => {
  for (const [name, digest] of Object.entries(DIGESTS)) {
    it(`${name} is what npm run data makes of interview.json`, () => {
      assert.deepEqual(read(name), digest(interview), `${name} is stale: run npm run data`);
    });

    it(`${name} is a valid transcript with every quote, word for word`, () => {
      const committed = read(name);
      const result = validateTranscript(committed);
      assert.equal(result.ok, true, JSON.stringify(!result.ok && result.errors.slice(0, 3)));
      assert.deepEqual(committed.quotes.map((quote) => quote.text), interview.quotes.map((quote) => quote.text));
      assert.deepEqual(committed.speakers, interview.speakers);
      for (const segment of committed.segments) {
        const original = interview.segments.find((candidate) => candidate.id === segment.id);
        assert.equal(segment.speaker, original?.speaker, `speaker of ${segment.id}`);
      }
    });

    it(`${name} is smaller than the whole interview`, () => {
      assert.ok(JSON.stringify(read(name)).length < JSON.stringify(interview).length / 2);
    });
  }

  it('the highlights keep the topics and every segment, for topic ranges', () => {
    const highlights = read('interview-highlights.json');
    assert.deepEqual(highlights.topics, interview.topics);
    assert.deepEqual(highlights.segments.map((segment) => segment.id), interview.segments.map((segment) => segment.id));
  });

  it('every file made from interview.json is committed as npm run data makes it, and no other', () => {
    const expected = digestFiles(interview);
    for (const [path, text] of expected) assert.equal(readText(path), text, `${path} is stale: run npm run data`);
    for (const dir of [QUOTES_DIR, TOPICS_DIR]) {
      const files = readdirSync(new URL(`../../src/data/${dir}/`, import.meta.url)).map((name) => `${dir}/${name}`);
      assert.deepEqual(files.sort(), [...expected.keys()].filter((path) => path.startsWith(`${dir}/`)).sort());
    }
  });

  it('each one-quote file is a valid transcript with its quote word for word, its speaker and segment only', () => {
    for (const quote of interview.quotes) {
      const one = read(`${QUOTES_DIR}/${quote.id}.json`);
      const result = validateTranscript(one);
      assert.equal(result.ok, true, `${quote.id}: ${JSON.stringify(!result.ok && result.errors.slice(0, 3))}`);
      assert.deepEqual(one.quotes, [{ id: quote.id, segment: quote.segment, text: quote.text }]);
      const segment = interview.segments.find((candidate) => candidate.id === quote.segment)!;
      assert.deepEqual(one.segments, [{ ...segment, text: quote.text }]);
      assert.deepEqual(one.speakers, interview.speakers.filter((speaker) => speaker.id === segment.speaker));
      assert.deepEqual(
        { ...one, speakers: [], segments: [], quotes: [] },
        { ...interview, speakers: [], segments: [], topics: [], quotes: [] },
        `${quote.id}: the transcript's own fields`,
      );
    }
  });

  it('each one-topic file is a valid transcript with its topic, the segments of its range and its quotes word for word', () => {
    for (const topic of interview.topics) {
      const one = read(`${TOPICS_DIR}/${topic.id}.json`);
      const result = validateTranscript(one);
      assert.equal(result.ok, true, `${topic.id}: ${JSON.stringify(!result.ok && result.errors.slice(0, 3))}`);
      assert.deepEqual(one.topics, [topic]);
      assert.deepEqual(one.speakers, interview.speakers);
      const ids = interview.segments.map((segment) => segment.id);
      const range = ids.slice(ids.indexOf(topic.segments[0]), ids.indexOf(topic.segments[1]) + 1);
      assert.deepEqual(one.segments.map((segment) => segment.id), range, `${topic.id}: its segments`);
      const quotes = interview.quotes.filter((quote) => quote.topic === topic.id || topic.quotes.includes(quote.id));
      assert.deepEqual(one.quotes, quotes, `${topic.id}: its quotes`);
      assert.ok(JSON.stringify(one).length < JSON.stringify(read('interview-highlights.json')).length / 4, `${topic.id}: small`);
    }
  });

  it('the topic loaders name every bundled topic, in order, each with its own file', () => {
    const loaders = readText(`${TOPICS_DIR}/index.ts`);
    const named = [...loaders.matchAll(/'([a-z0-9-]+)': \(\) => import\('\.\/([a-z0-9-]+)\.json'\)/g)];
    assert.deepEqual(named.map(([, id]) => id), interview.topics.map((topic) => topic.id));
    for (const [, id, file] of named) assert.equal(file, id);
  });

  it('the quote loaders name every bundled quote, each with its own file', () => {
    const loaders = readText(`${QUOTES_DIR}/index.ts`);
    const named = [...loaders.matchAll(/'([a-z0-9-]+)': \(\) => import\('\.\/([a-z0-9-]+)\.json'\)/g)];
    assert.deepEqual(named.map(([, id]) => id), interview.quotes.map((quote) => quote.id));
    for (const [, id, file] of named) assert.equal(file, id);
  });

  it('the transcript element\'s interview is interview.json with the topics\' summaries left out', () => {
    const { topics, ...rest } = interviewForTranscript;
    const { topics: wholeTopics, ...wholeRest } = interview;
    assert.deepEqual(rest, wholeRest);
    assert.deepEqual(topics, wholeTopics.map((topic) => ({ ...topic, summary: '' })));
    assert.equal(validateTranscript(interviewForTranscript).ok, true);
  });

  it('the interview that the package exports is interview.json, down to the order of keys', () => {
    assert.deepEqual(shipped, interview);
    assert.equal(JSON.stringify(shipped), JSON.stringify(interview));
  });

  it('the compact form keeps quotes without a topic and refuses fields it cannot keep', () => {
    const [first, second] = interview.quotes;
    const untopical = { id: second!.id, segment: second!.segment, text: second!.text };
    const sample = { ...interview, quotes: [first!, untopical] };
    assert.equal(JSON.stringify(expandTranscript(compactTranscript(sample))), JSON.stringify(sample));
    const [opening, ...rest] = interview.segments;
    const timed = { ...interview, segments: [{ ...opening!, start: 1 }, ...rest] };
    assert.throws(() => compactTranscript(timed), { message: `compactTranscript: segment ${opening!.id} has fields id, speaker, text, note, start, not id, speaker, text or id, speaker, text, note` });
  });

  it('the compact form keeps segment notes (the teaser) and omits them where there are none', () => {
    const compact = compactTranscript(interview);
    assert.deepEqual(compact.segments[0], [interview.segments[0]!.id, 0, interview.segments[0]!.text, 'teaser']);
    const plain = interview.segments.findIndex((segment) => segment.note === undefined);
    assert.equal(compact.segments[plain]!.length, 2, 'a numbered segment without a note: speaker and text');
    assert.deepEqual(expandTranscript(compact).segments, interview.segments);
  });

  it('the compact form leaves out only ids numbered on from the one before, and brings every id back', () => {
    const [s1, s2, s3, s4, s5] = interview.segments;
    const ids = ['s009', 's010', 'intro', 'intro-2', 's11'];
    const segments = [s1!, s2!, s3!, s4!, s5!].map((segment, at) => ({ ...segment, id: ids[at]! }));
    const sample = { ...interview, segments, quotes: [] };
    const compact = compactTranscript(sample);
    assert.deepEqual(compact.segments.map((segment) => (typeof segment[0] === 'string' ? segment[0] : null)), ['s009', null, 'intro', 'intro-2', 's11']);
    assert.equal(JSON.stringify(expandTranscript(compact)), JSON.stringify(sample));
    assert.ok(compactTranscript(interview).segments.slice(1).every((segment) => typeof segment[0] === 'number'), 'the interview\'s ids are all numbered on');
  });
});
