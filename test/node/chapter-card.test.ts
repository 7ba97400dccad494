import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { topicKeyQuote } from '../../src/core/chapter-card.js';
import { topicCardContent } from '../../src/core/topic-card.js';
import { renderTopicCardEmail } from '../../src/core/email.js';
import { renderTopicCardText } from '../../src/core/email-text.js';
import { applyChapters } from '../../src/core/feed/chapters.js';
import type { Transcript } from '../../src/core/types.js';

const LONG = Array.from({ length: 50 }, (_, index) => `word${index + 1}`).join(' ');

/** A timed episode without topics; its chapters are applied in each test. */
const episode: Transcript = {
  version: 1,
  id: 'bridges',
  title: 'Bridges that sing',
  language: 'en',
  speakers: [{ id: 'host', name: 'Noor Host', role: 'host' }, { id: 'guest', name: 'Elif Guest', role: 'guest' }],
  segments: [
    { id: 's1', speaker: 'host', text: 'Hi. Okay. Today: why do some bridges hum in the wind?', start: 0, end: 10 },
    { id: 's2', speaker: 'guest', text: 'Vortices shed off the deck and push it, again and again.', start: 10, end: 20 },
    { id: 's3', speaker: 'guest', text: `${LONG}. And then it stopped.`, start: 20, end: 50 },
    { id: 's4', speaker: 'host', text: 'Wow.', start: 50, end: 52 },
  ],
  topics: [],
  quotes: [{ id: 'vortices', segment: 's2', text: 'Vortices shed off the deck', title: 'Why bridges hum' }],
};
const chapters = JSON.stringify({ version: '1.2.0', chapters: [
  { startTime: 0, title: 'Humming bridges' },
  { startTime: 20, title: 'A long answer' },
  { startTime: 50, title: 'Wow' },
] });
const chaptered = applyChapters(episode, chapters);
const topic = (id: string) => chaptered.topics.find((entry) => entry.id === id)!;

describe('a chapter\'s card: time range and key quote', () => {
  it('takes the chapter\'s soundbite as its quote', () => {
    assert.equal(topicKeyQuote(chaptered, topic('humming-bridges'))?.text, 'Vortices shed off the deck');
  });

  it('takes the first sentence of a few words otherwise, cut after 40 words', () => {
    assert.equal(topicKeyQuote(chaptered, topic('a-long-answer'))?.text, `${LONG.split(' ').slice(0, 40).join(' ')}…`);
    assert.equal(topicKeyQuote(chaptered, topic('a-long-answer'))?.segment, 's3');
    // Only short sentences: the first one.
    assert.equal(topicKeyQuote(chaptered, topic('wow'))?.text, 'Wow.');
  });

  it('skips sentences too short to say anything', () => {
    const noSoundbite = applyChapters({ ...episode, quotes: [] }, chapters);
    assert.equal(topicKeyQuote(noSoundbite, noSoundbite.topics[0]!)?.text, 'Today: why do some bridges hum in the wind?');
  });

  it('keeps a summarised topic without quotes without a quote', () => {
    const summarised = { ...chaptered, topics: chaptered.topics.map((entry) => ({ ...entry, summary: 'About bridges.', quotes: [] })) };
    assert.equal(topicKeyQuote(summarised, summarised.topics[1]!), undefined);
  });

  it('gives the card content the part\'s time range and the opening sentence', () => {
    const card = topicCardContent(chaptered, 'a-long-answer');
    assert.deepEqual(card.time, { start: 20, end: 50 });
    assert.equal(card.quote?.text, `${LONG.split(' ').slice(0, 40).join(' ')}…`);
    assert.equal(card.quote?.attribution.speaker, 'Elif Guest');
  });

  it('shows the same in the email export, HTML and text', () => {
    const email = renderTopicCardEmail(chaptered, 'a-long-answer');
    assert.match(email, /0:20&#x2013;0:50/);
    assert.match(email, /word1 word2 word3/);
    assert.match(email, /Elif Guest \(guest\)/);
    const text = renderTopicCardText(chaptered, 'humming-bridges');
    assert.match(text, /^0:00–0:20$/m);
    assert.match(text, /^“Vortices shed off the deck”$/m);
    assert.match(text, /^With Noor Host and Elif Guest$/m);
  });
});
