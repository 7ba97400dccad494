// A "Name:" prefix is a speaker only where it looks like a speaker label in that file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTranscript } from '../../src/core/index.js';
import { parseNamePrefix, speakerLabels } from '../../src/core/formats/speakers.js';

const names = (text: string): string[] => parseTranscript(text, { format: 'text' }).speakers.map((speaker) => speaker.name);
const srt = (...cues: string[]) => cues.map((cue, index) => `${index + 1}\n00:00:0${index},000 --> 00:00:0${index},900\n${cue}\n`).join('\n');

describe('parseNamePrefix', () => {
  it('splits a prefix of one to four words or a handle from the words after it', () => {
    assert.deepEqual(parseNamePrefix('Aaron van Wirdum: Hello.'), { name: 'Aaron van Wirdum', text: 'Hello.' });
    assert.deepEqual(parseNamePrefix('@bitstein: yes'), { name: '@bitstein', text: 'yes' });
    assert.deepEqual(parseNamePrefix('Zoë:'), { name: 'Zoë', text: '' });
  });

  it('finds none in times, URLs, numbered steps and long phrases', () => {
    for (const text of ['10:30 we met', 'https://example.com', 'Step 1: go', 'One two three four five: no', 'No colon here']) {
      assert.equal(parseNamePrefix(text), undefined, text);
    }
  });
});

describe('speaker labels: positives', () => {
  it('a name that recurs is a speaker, though the file does not open with it', () => {
    assert.deepEqual(names('Some words first.\n\nCleo: Hi.\n\nCleo: Again.\n'), ['Speaker', 'Cleo']);
    assert.deepEqual(names('Some words first.\n\nCleo: Hi.\n'), ['Speaker']);
  });

  it('a name that opens the file is a speaker, even once', () => {
    assert.deepEqual(names('Mark Zuckerberg: Hello there.\n\nAnd more words.\n'), ['Mark Zuckerberg']);
  });

  it('once a file labels its turns, a name that speaks once is a speaker too', () => {
    assert.deepEqual(names('Ada: One.\n\nBob: Two.\n\nAda: Three.\n\nDr. Grace Hopper: Four.\n'), ['Ada', 'Bob', 'Dr. Grace Hopper']);
  });

  it('names with particles, accents and scripts without case are names', () => {
    assert.deepEqual(names('Aaron van Wirdum: A.\n\nJosé Núñez: B.\n\n李: C.\n\nAaron van Wirdum: D.\n'), ['Aaron van Wirdum', 'José Núñez', '李']);
  });

  it('a lowercase handle is a speaker when it recurs', () => {
    assert.deepEqual(names('Pierre: So.\n\nbitstein: Right.\n\nPierre: Yes.\n\nbitstein: Indeed.\n'), ['Pierre', 'bitstein']);
  });

  it('SRT and WebVTT cues follow the same rules', () => {
    assert.deepEqual(parseTranscript(srt('Host: Welcome.', 'Glad to be here.', 'Guest: Thanks.')).speakers.map((speaker) => speaker.name), ['Host', 'Guest']);
    // A WebVTT voice names a speaker, and so a "Name:" of the same name in a cue without a voice.
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Sam>Hi.\n\n00:05.000 --> 00:06.000\nKim: Hello.\n\n00:09.000 --> 00:10.000\nSam: Bye.\n';
    assert.deepEqual(parseTranscript(vtt).segments.map((segment) => `${segment.speaker}: ${segment.text}`), ['sam: Hi.', 'kim: Hello.', 'sam: Bye.']);
  });
});

describe('speaker labels: negatives', () => {
  it('"Source:", "Note:" and their kind are never speakers, even opening a file or recurring', () => {
    assert.deepEqual(names('Source: the archive.\n\nNote: one.\n\nNote: two.\n\nSource: again.\n'), ['Speaker']);
  });

  it('a phrase is no name: "Say after me:", "Here\'s the thing:", "So:"', () => {
    const text = 'Say after me: bonjour.\n\nSay after me: merci.\n\nHere\'s the thing: it works.\n\nSo: there.\n';
    const transcript = parseTranscript(text, { format: 'text' });
    assert.deepEqual(transcript.speakers.map((speaker) => speaker.name), ['Speaker']);
    assert.equal(transcript.segments[0]!.text, 'Say after me: bonjour.');
  });

  it('a name that ends a sentence in a cue and appears once is text', () => {
    assert.deepEqual(parseTranscript(srt('We went to see the doctor.', 'He said: rest.', 'And we did.')).speakers.map((speaker) => speaker.name), ['Speaker']);
    assert.deepEqual(names('It was all in the notes.\n\nMAN:\nHow did we end up here?\n'), ['Speaker']);
  });

  it('a lowercase word that appears once is text', () => {
    const transcript = parseTranscript('Ada: Hello.\n\nAda: The podcast: a medium.\n\nwell: maybe.\n', { format: 'text' });
    assert.deepEqual(transcript.speakers.map((speaker) => speaker.name), ['Ada']);
    assert.equal(transcript.segments.at(-1)!.text, 'well: maybe.');
  });

  it('speakerLabels decides once per file and applies the same answer to every text', () => {
    const labelOf = speakerLabels(['Source: a', 'Kim: b', 'Kim: c']);
    assert.equal(labelOf('Source: d'), undefined);
    assert.deepEqual(labelOf('Kim: e'), { name: 'Kim', text: 'e' });
  });
});
