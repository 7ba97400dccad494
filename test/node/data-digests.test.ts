import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DIGESTS } from '../../scripts/data-digests.js';
import { validateTranscript } from '../../src/core/validate.js';
import type { Transcript } from '../../src/core/types.js';

const read = (name: string): Transcript => JSON.parse(readFileSync(new URL(`../../src/data/${name}`, import.meta.url), 'utf8'));
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
});
