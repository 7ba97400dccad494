// The Podcasting 2.0 specification's own example transcripts (public domain).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectFormat, parseTranscript } from '../../src/core/index.js';
import { specExample } from './parse-helpers.js';

describe('Podcasting 2.0 example files', () => {
  it('example.json: word-level JSON becomes one paragraph per speaker turn', () => {
    const text = specExample('example.json');
    assert.equal(detectFormat(text), 'podcast-json');
    const transcript = parseTranscript(text);
    assert.deepEqual(transcript.speakers, [{ id: 'darth-vader', name: 'Darth Vader' }, { id: 'luke', name: 'Luke' }]);
    assert.deepEqual(transcript.segments, [
      { id: 's001', speaker: 'darth-vader', text: 'I am your father.', start: 0.5, end: 2.5 },
      { id: 's002', speaker: 'luke', text: 'Nooooo', start: 2.75, end: 3 },
    ]);
  });

  it('example.vtt: voice tags give speakers, cues merge, entities are decoded', () => {
    const text = specExample('example.vtt');
    assert.equal(detectFormat(text), 'vtt');
    const transcript = parseTranscript(text);
    assert.deepEqual(transcript.speakers.map((speaker) => speaker.name), ['Sarah', 'Gillian']);
    assert.equal(transcript.segments.length, 2);
    const [sarah, gillian] = transcript.segments;
    assert.match(sarah!.text, /^In today's episode, you'll learn .* Welcome to Podcasting Q&A, where .* comes from Gillian\.$/);
    assert.deepEqual([sarah!.start, sarah!.end, gillian!.start, gillian!.end], [0, 18.63, 19.08, 25.35]);
  });

  it('example.srt: "Name:" prefixes give speakers; long turns become paragraphs', () => {
    const text = specExample('example.srt');
    assert.equal(detectFormat(text), 'srt');
    const transcript = parseTranscript(text);
    assert.deepEqual(transcript.speakers.map((speaker) => speaker.name), ['Travis', 'Sarah', 'Gilon']);
    assert.match(transcript.segments[0]!.text, /^When you first get started in podcasting, it's almost guaranteed/);
    assert.ok(transcript.segments.every((segment) => !/^(Travis|Sarah|Gilon):/.test(segment.text)));
    // Ten speaker turns; turns of over about 120 words are split into paragraphs.
    const turns = transcript.segments.filter((segment, index) => segment.speaker !== transcript.segments[index - 1]?.speaker);
    assert.equal(turns.length, 10);
    assert.ok(transcript.segments.length > turns.length);
    assert.ok(transcript.segments.every((segment) => segment.text.split(' ').length <= 240));
  });

  it('example-long.vtt mixes voice tags with "Name:" prefixes and reads as the SRT does', () => {
    const fromVtt = parseTranscript(specExample('example-long.vtt'));
    const fromSrt = parseTranscript(specExample('example.srt'));
    assert.deepEqual(fromVtt.speakers, fromSrt.speakers);
    assert.deepEqual(fromVtt.segments, fromSrt.segments);
  });
});
