// One episode written in each format a podcast publishes transcripts in: the readers agree.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { detectFormat, parseTranscript, readTranscript } from '../../src/core/index.js';
import { setHtmlScanner } from '../../src/core/formats/html.js';
import { scanWithParse5 } from '../../src/core/formats/html-parse5.js';
import { fixture, paragraphs } from './parse-helpers.js';

const NAMES = ['Mira Okafor', 'Tomás Reyes', 'Jun Park'];

describe('one episode in every format', () => {
  before(() => setHtmlScanner(scanWithParse5));

  it('word-level Podcasting 2.0 JSON becomes one paragraph per turn, punctuation joined', () => {
    const text = fixture('episode-words.json');
    assert.equal(detectFormat(text), 'podcast-json');
    const transcript = parseTranscript(text);
    assert.deepEqual(transcript.speakers, [{ id: 'lena', name: 'Lena' }, { id: 'omar', name: 'Omar' }]);
    assert.deepEqual(transcript.segments, [
      { id: 's001', speaker: 'lena', text: 'Welcome to Tools & Trades. Omar, ready?', start: 0, end: 2.3 },
      { id: 's002', speaker: 'omar', text: 'Always.', start: 2.8, end: 3.1 },
    ]);
  });

  it('WebVTT voice spans give speakers, consecutive cues merge, entities are decoded as text', () => {
    const text = fixture('episode-voices.vtt');
    assert.equal(detectFormat(text), 'vtt');
    const { transcript, warnings } = readTranscript(text);
    assert.deepEqual(warnings, []);
    assert.deepEqual(paragraphs(transcript), [
      'lena: Welcome to Tools & Trades, where we talk shop. Today\'s guest keeps bees <and> repairs clocks.', // a no-break space is whitespace like any other,
      'omar: Both need patience — and a steady hand. Bees sting & clocks don\'t, usually.',
    ]);
    assert.deepEqual(transcript.segments.map((segment) => [segment.start, segment.end]), [[0, 6.9], [7.4, 11.5]]);
    assert.equal(transcript.language, 'en');
  });

  it('SRT "Name:" prefixes give speakers; a long turn is split into paragraphs at sentence ends', () => {
    const text = fixture('episode.srt');
    assert.equal(detectFormat(text), 'srt');
    const transcript = parseTranscript(text);
    assert.deepEqual(transcript.speakers.map((speaker) => speaker.name), NAMES);
    // "Mira Okafor, and today…" starts a cue but is no label: no comma-named speaker appears.
    assert.ok(transcript.segments.every((segment) => !NAMES.some((name) => segment.text.startsWith(`${name}:`))));
    const turns = transcript.segments.filter((segment, index) => segment.speaker !== transcript.segments[index - 1]?.speaker);
    assert.equal(turns.length, 6);
    assert.equal(transcript.segments.length, 8); // the two turns of over 120 words are split once each
    assert.match(transcript.segments[0]!.text, /^Welcome back to Workbench, .* has nothing to do with sound\.$/);
    assert.equal(transcript.segments[1]!.text, 'Tomás, thank you for letting us in.');
    assert.deepEqual([transcript.segments[1]!.start, transcript.segments[1]!.end], [45, 47.5]);
  });

  it('a WebVTT file mixing voice spans with "Name:" prefixes reads as the SRT does', () => {
    const mixed = parseTranscript(fixture('episode-mixed.vtt'));
    const srt = parseTranscript(fixture('episode.srt'));
    assert.deepEqual(mixed.speakers, srt.speakers);
    assert.deepEqual(mixed.segments, srt.segments);
  });

  it('the HTML form gives one paragraph per turn with its speaker and start, and the same words', () => {
    const text = fixture('episode.html');
    assert.equal(detectFormat(text), 'html');
    const html = parseTranscript(text);
    const srt = parseTranscript(fixture('episode.srt'));
    assert.deepEqual(html.speakers, srt.speakers);
    assert.equal(html.segments.length, 6);
    assert.deepEqual(html.segments.map((segment) => [segment.speaker, segment.start]), [
      ['mira-okafor', 0], ['tomas-reyes', 48], ['jun-park', 63], ['tomas-reyes', 74], ['mira-okafor', 144], ['jun-park', 152],
    ]);
    const words = (segments: typeof srt.segments) => segments.map((segment) => segment.text).join(' ');
    assert.equal(words(html.segments), words(srt.segments));
  });
});
