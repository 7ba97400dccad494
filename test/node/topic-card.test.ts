import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTopicCardEmail } from '../../src/core/email.js';
import { renderTopicCardText } from '../../src/core/email-text.js';
import { formatTimeRange } from '../../src/core/time.js';
import { topicCardContent } from '../../src/core/topic-card.js';
import type { Transcript } from '../../src/core/types.js';
import { validateTranscript } from '../../src/core/validate.js';
import { readTranscript } from './helpers/files.js';
import { visibleText } from './helpers/html.js';

const fixture = readTranscript('test/node/fixtures/email-transcript.json');

/** A podcast read from chapters: timed segments, topics with a title and no summary. */
const chapters: Transcript = {
  version: 1,
  id: 'chapters',
  title: 'Chapters',
  language: 'en',
  speakers: [{ id: 'host', name: 'Host' }, { id: 'guest', name: 'Guest', role: 'guest' }],
  segments: [
    { id: 's1', speaker: 'host', text: 'Welcome.', start: 0, end: 4 },
    { id: 's2', speaker: 'guest', text: 'Thanks for having me.', start: 4, end: 65 },
    { id: 's3', speaker: 'host', text: 'Next.', start: 3725 },
  ],
  topics: [
    { id: 'intro', title: 'Intro', summary: '', segments: ['s1', 's2'], quotes: [], start: 1 },
    { id: 'outro', title: 'Outro', summary: ' ', segments: ['s3', 's3'], quotes: [] },
  ],
  quotes: [],
};

describe('topicCardContent', () => {
  it('gives the title, summary, speakers, key quote with its attribution and the link', () => {
    assert.deepEqual(topicCardContent(fixture, 'engines', { href: 'https://example.org/t.html#old' }), {
      topicId: 'engines',
      language: 'en',
      title: 'Engines that compute',
      summary: 'Ada and Zoë discuss what computing engines change.',
      speakers: ['Ada Lovelace', fixture.speakers[1]!.name],
      quote: {
        id: 'q-engines',
        text: 'Engines that compute will change how we think',
        attribution: { speaker: fixture.speakers[1]!.name, role: fixture.speakers[1]!.role, work: fixture.title },
      },
      firstSegment: 's001',
      link: 'https://example.org/t.html#verbatim-s001',
    });
  });

  it('shows the first topic when none is named; no quote and no link when there are none', () => {
    assert.equal(topicCardContent(fixture, undefined).topicId, 'engines');
    const goodbye = topicCardContent(fixture, 'goodbye');
    assert.equal(goodbye.quote, undefined);
    assert.equal(goodbye.link, undefined);
    assert.deepEqual(goodbye.speakers, ['Ada Lovelace']);
  });

  it('gives the time range of a topic with an empty summary, from the topic start or its first segment', () => {
    assert.ok(validateTranscript(chapters).ok);
    assert.deepEqual(topicCardContent(chapters, 'intro').time, { start: 1, end: 65 });
    assert.deepEqual(topicCardContent(chapters, 'outro').time, { start: 3725 });
    assert.equal(topicCardContent(fixture, 'engines').time, undefined, 'a summary takes the place of the time');
    const untimed = { ...fixture, topics: [{ ...fixture.topics[0]!, summary: '' }] };
    assert.equal(topicCardContent(untimed, 'engines').time, undefined);
  });

  it('says why there is no card: an unknown topic with the closest ids, or no topics at all', () => {
    assert.throws(() => topicCardContent(fixture, 'engine'), { name: 'RangeError', message: /^No topic "engine" in this transcript\. Closest: "engines"/ });
    assert.throws(() => topicCardContent({ ...fixture, topics: [] }, undefined), { name: 'RangeError', message: /has no topics/ });
  });
});

describe('a topic card without a summary, by email', () => {
  it('shows the time range in the summary\'s place, and nothing there when the part is untimed', () => {
    assert.equal(formatTimeRange({ start: 1, end: 65 }), '0:01–1:05');
    assert.equal(formatTimeRange({ start: 3725 }), '1:02:05');
    assert.equal(renderTopicCardText(chapters, 'intro'), 'Intro\n=====\n\n0:01–1:05\n\nWith Host and Guest\n');
    assert.equal(visibleText(renderTopicCardEmail(chapters, 'outro')), 'Outro 1:02:05 With Host');
    const untimed = { ...chapters, segments: chapters.segments.map(({ id, speaker, text }) => ({ id, speaker, text })), topics: [{ ...chapters.topics[1]!, start: undefined }] };
    assert.equal(renderTopicCardText(untimed, 'outro'), 'Outro\n=====\n\nWith Host\n');
    assert.doesNotMatch(renderTopicCardEmail(untimed, 'outro'), /<p[^>]*><\/p>/);
  });
});
