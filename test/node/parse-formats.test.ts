import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectFormat, parseTranscript } from '../../src/core/index.js';
import type { Transcript } from '../../src/core/index.js';
import { validateTranscript } from '../../src/core/validate.js';
import { formatFromResponse } from '../../src/core/load.js';
import { fixture } from './parse-helpers.js';

/** Segments as "speaker-id: text", the way a reader sees them. */
const paragraphs = (transcript: Transcript): string[] => transcript.segments.map((segment) => `${segment.speaker}: ${segment.text}`);
const times = (transcript: Transcript) => transcript.segments.map((segment) => [segment.start, segment.end]);

describe('parseTranscript: Podcasting 2.0 JSON', () => {
  it('merges word-level segments into speaker paragraphs, split at a long pause', () => {
    const transcript = parseTranscript(fixture('words.json'));
    assert.deepEqual(transcript.speakers, [{ id: 'ada-lovelace', name: 'Ada Lovelace' }, { id: 'charles-babbage', name: 'Charles Babbage' }]);
    assert.deepEqual(paragraphs(transcript), [
      'ada-lovelace: Hello, Charles.', // no space before punctuation words
      'charles-babbage: Good morning!', // a word without a speaker continues the previous one
      'charles-babbage: Shall we begin?', // after 3.6 s of silence
      'ada-lovelace: Yes',
    ]);
    assert.deepEqual(times(transcript), [[0, 1.2], [1.5, 2.4], [6, 7.2], [7.5, 7.9]]);
    assert.deepEqual(transcript.segments.map((segment) => segment.id), ['s001', 's002', 's003', 's004']);
  });

  it('gives the defaults or the options for id and title, and no topics or quotes', () => {
    const defaults = parseTranscript(fixture('words.json'));
    assert.equal(defaults.id, 'transcript');
    assert.equal(defaults.title, 'Transcript');
    assert.deepEqual([defaults.topics, defaults.quotes], [[], []]);
    const named = parseTranscript(fixture('words.json'), { id: 'episode-1', title: 'Episode 1' });
    assert.deepEqual([named.id, named.title], ['episode-1', 'Episode 1']);
    assert.ok(validateTranscript(named).ok);
  });
});

describe('parseTranscript: WebVTT', () => {
  const transcript = parseTranscript(fixture('styled.vtt'));

  it('takes speakers from voice tags, including classed ones, and joins multi-line cues', () => {
    assert.deepEqual(transcript.speakers.map((speaker) => speaker.name), ['Ada Lovelace', 'Charles Babbage']);
    assert.equal(transcript.segments[0]!.text.startsWith('Welcome to Engines & Ideas, a show about machines. '), true);
  });

  it('drops styling tags, ruby text and timestamps, and decodes entities as text', () => {
    assert.equal(transcript.segments[0]!.text,
      'Welcome to Engines & Ideas, a show about machines. Today: the 算 <analytical> engine!');
  });

  it('merges consecutive cues of one speaker and splits a cue with two voices', () => {
    assert.deepEqual(paragraphs(transcript).slice(1), [
      'charles-babbage: Thank you, Ada.',
      'ada-lovelace: You\'re welcome — begin.',
      'charles-babbage: Much later.',
    ]);
    assert.deepEqual(times(transcript), [[1, 6], [7, 62.25], [7, 62.25], [3600, 3601]]);
  });

  it('skips NOTE and STYLE blocks, cue ids and settings; reads the Language header', () => {
    assert.ok(!transcript.segments.some((segment) => /comment|font-weight|intro|align/.test(segment.text)));
    assert.equal(transcript.language, 'en-GB');
  });

  it('without voices has one speaker, "Speaker", split at long pauses; short timestamps are read', () => {
    const unnamed = parseTranscript(fixture('unnamed.vtt'));
    assert.deepEqual(unnamed.speakers, [{ id: 'speaker', name: 'Speaker' }]);
    assert.deepEqual(paragraphs(unnamed), ['speaker: First cue, no voice. Second cue continues.', 'speaker: After a long pause.']);
    assert.deepEqual(times(unnamed), [[1, 3.5], [10, 11]]);
    assert.equal(unnamed.language, 'und');
  });

  it('reads a cue that follows the previous one without a blank line, as the spec does', () => {
    const text = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>One.\n00:05.000 --> 00:06.000\n<v B>Two.\n';
    assert.deepEqual(paragraphs(parseTranscript(text)), ['a: One.', 'b: Two.']);
  });
});

describe('parseTranscript: SRT', () => {
  it('takes a leading "Name:" as the speaker; a cue without one continues the speaker', () => {
    const transcript = parseTranscript(fixture('named.srt'));
    assert.deepEqual(paragraphs(transcript), [
      'ada-lovelace: Welcome to the show. Glad to be here, she said.',
      'charles-babbage: Thank you. Step 1: listen.', // "Step 1:" is no name; styling is dropped
    ]);
    assert.deepEqual(times(transcript), [[0.5, 3], [3.2, 6]]);
  });

  it('without names has one speaker', () => {
    const transcript = parseTranscript(fixture('plain.srt'));
    assert.deepEqual(transcript.speakers, [{ id: 'speaker', name: 'Speaker' }]);
    assert.deepEqual(paragraphs(transcript), ['speaker: No speakers here. Just captions.']);
  });

  it('reads CRLF line endings and a missing blank line between cues', () => {
    const text = '1\r\n00:00:01,000 --> 00:00:02,000\r\nTom: Hi.\r\n2\r\n00:00:02,500 --> 00:00:03,000\r\nJo: Hello.\r\n';
    assert.deepEqual(paragraphs(parseTranscript(text)), ['tom: Hi.', 'jo: Hello.']);
  });
});

describe('parseTranscript: plain text', () => {
  it('"Name:" lines give speakers and blank lines give paragraphs', () => {
    const transcript = parseTranscript(fixture('conversation.txt'));
    assert.deepEqual(paragraphs(transcript), [
      'ada-lovelace: Welcome to the show.',
      'charles-babbage: Thank you for having me. It is good to be here.',
      'charles-babbage: At 10:30 we started, and Step 1: was to listen.',
      'ada-lovelace: A label on its own line.',
    ]);
    assert.ok(transcript.segments.every((segment) => segment.start === undefined));
  });

  it('a text that names nobody has one speaker', () => {
    const transcript = parseTranscript(fixture('unnamed.txt'));
    assert.deepEqual(paragraphs(transcript), ['speaker: The first paragraph runs over two lines.', 'speaker: The second paragraph.']);
  });
});

describe('speaker paragraphs', () => {
  it('gives distinct names distinct ids, even when they slug alike', () => {
    const transcript = parseTranscript('Zoë: One.\n\nZoe: Two.\n\n李: Three.\n\nSpeaker: Four.\n');
    assert.deepEqual(transcript.speakers, [
      { id: 'zoe', name: 'Zoë' }, { id: 'zoe-2', name: 'Zoe' }, { id: 'speaker', name: '李' }, { id: 'speaker-2', name: 'Speaker' },
    ]);
  });

  it('ends a long paragraph at a sentence end after about 120 words', () => {
    const sentence = 'one two three four five six seven eight nine ten.';
    const cues = Array.from({ length: 30 }, (_, index) => `${index + 1}\n00:00:${String(index).padStart(2, '0')},000 --> 00:00:${String(index).padStart(2, '0')},900\n${sentence}\n`);
    const transcript = parseTranscript(cues.join('\n'));
    assert.deepEqual(transcript.segments.map((segment) => segment.text.split(' ').length), [120, 120, 60]);
  });

  it('rejects an id option that is not an id, naming the field', () => {
    assert.throws(() => parseTranscript('Hello.', { id: 'My Talk' }), { name: 'TranscriptError', message: /^id: .*"My Talk"/ });
  });
});

describe('detectFormat', () => {
  for (const [name, format] of [
    ['words.json', 'podcast-json'], ['invalid.json', 'verbatim'], ['styled.vtt', 'vtt'],
    ['named.srt', 'srt'], ['conversation.txt', 'text'],
  ] as const) {
    it(`reads ${name} as ${format}`, () => assert.equal(detectFormat(fixture(name)), format));
  }

  it('a given format overrides detection', () => {
    assert.deepEqual(paragraphs(parseTranscript('WEBVTT is a format.', { format: 'text' })), ['speaker: WEBVTT is a format.']);
  });
});

describe('formatFromResponse', () => {
  it('takes the format from the content type, else the extension, from the one registry', () => {
    assert.equal(formatFromResponse('https://example.com/a', 'text/vtt; charset=utf-8'), 'vtt');
    assert.equal(formatFromResponse('https://example.com/a', 'application/x-subrip'), 'srt');
    assert.equal(formatFromResponse('https://example.com/a', 'text/html'), 'html');
    assert.equal(formatFromResponse('https://example.com/episode.srt?v=2', 'text/plain'), 'srt'); // text/plain says nothing
    assert.equal(formatFromResponse('https://example.com/episode.htm', null), 'html');
    assert.equal(formatFromResponse('https://example.com/notes.txt', null), 'text');
  });

  it('leaves JSON, shared by two formats, and unknown types to the content', () => {
    assert.equal(formatFromResponse('https://example.com/episode.json', 'application/json'), undefined);
    assert.equal(formatFromResponse('https://example.com/episode', 'application/octet-stream'), undefined);
  });
});
