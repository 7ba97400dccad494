// WebVTT as the W3C specification's parser reads it: one rule a test, with warnings for what is skipped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/index.js';
import { fixture, paragraphs, times } from './parse-helpers.js';

const read = (text: string) => readTranscript(text, { format: 'vtt' });
/** The words of every segment, in order. */
const words = (text: string): string => read(text).transcript.segments.map((segment) => segment.text).join(' | ');

describe('WebVTT: blocks', () => {
  it('skips a block with a bad timing line and reports it with its line, keeping the rest', () => {
    const { transcript, warnings } = read(fixture('bad-timing.vtt'));
    assert.deepEqual(paragraphs(transcript), ['speaker: Fine.']);
    assert.deepEqual(warnings, [{ line: 6, reason: '"00:00:02.000 --> 00:00:0x.000" is not a cue timing line like "00:00:01.000 --> 00:00:04.000"; the cue is skipped.' }]);
  });

  it('skips a cue id without a timing line, with a warning naming the block', () => {
    const { transcript, warnings } = read('WEBVTT\n\nintro\nNo timing here.\n\n00:01.000 --> 00:02.000\nKept.\n');
    assert.deepEqual(paragraphs(transcript), ['speaker: Kept.']);
    assert.deepEqual(warnings.map((warning) => warning.line), [3]);
    assert.match(warnings[0]!.reason, /^The block "intro" has no cue timing line/);
  });

  it('skips a block of spaces between cues without a warning', () => {
    assert.deepEqual(read('WEBVTT\n\n00:01.000 --> 00:02.000\nOne.\n\n   \n\n00:03.000 --> 00:04.000\nTwo.\n').warnings, []);
  });

  it('skips NOTE, STYLE and REGION blocks without a warning', () => {
    const text = 'WEBVTT\n\nREGION\nid:left\n\nSTYLE\n::cue { color: red }\n\nNOTE a comment\nover two lines\n\n00:01.000 --> 00:02.000\nOnly this.\n\nNOTE\nafter a cue\n';
    assert.deepEqual(read(text), { transcript: read(text).transcript, format: 'vtt', warnings: [] });
    assert.equal(words(text), 'Only this.');
  });

  it('keeps a cue whose end is before its start, without its end time, and says so', () => {
    const { transcript, warnings } = read(fixture('end-before-start.vtt'));
    assert.deepEqual(times(transcript), [[5, undefined]]);
    assert.deepEqual(warnings, [{ line: 3, reason: 'The cue ends before it starts; its end time is ignored.' }]);
  });

  it('a timing line inside a cue starts the next cue; a timing line in the header starts the first', () => {
    assert.deepEqual(paragraphs(read('WEBVTT\n00:01.000 --> 00:02.000\n<v A>One.\n00:05.000 --> 00:06.000\n<v B>Two.\n').transcript), ['a: One.', 'b: Two.']);
  });

  it('reads a byte order mark, CR and CRLF line ends, and no newline at the end', () => {
    assert.equal(words('\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nOne.\r\r00:03.000 --> 00:04.000\rTwo.'), 'One. Two.');
  });

  it('rejects a file without the WEBVTT signature as a whole, naming line 1', () => {
    assert.throws(() => read('WEBVTTX\n\n00:01.000 --> 00:02.000\nText.\n'), { name: 'TranscriptError', message: 'line 1: A WebVTT file must start with "WEBVTT".' });
  });
});

describe('WebVTT: timings', () => {
  it('reads one-digit and many-digit hours, and minutes without hours', () => {
    const text = 'WEBVTT\n\n0:00:01.000 --> 0:00:02.500\nA.\n\n00:10.000 --> 00:11.000\nB.\n\n100:00:00.000 --> 100:00:01.000\nC.\n';
    assert.deepEqual(times(read(text).transcript), [[1, 2.5], [10, 11], [360000, 360001]]);
  });

  it('reads settings written right after the end time, and no spaces around the arrow', () => {
    const text = 'WEBVTT\n\n00:01.000-->00:02.000align:start\nA.\n\n00:03.000 --> 00:04.000 line:0 position:10%\nB.\n';
    assert.deepEqual(times(read(text).transcript), [[1, 4]]);
    assert.equal(words(text), 'A. B.');
  });

  it('skips times the specification rejects: one-digit minutes with hours, 2-digit fractions, over 59', () => {
    for (const timing of ['00:0:01.000 --> 00:00:02.000', '00:01.00 --> 00:02.000', '00:61.000 --> 01:02.000', '00:01,000 --> 00:02,000']) {
      const { transcript, warnings } = read(`WEBVTT\n\n00:00.000 --> 00:00.500\nKept.\n\n${timing}\nSkipped.\n`);
      assert.equal(transcript.segments.map((segment) => segment.text).join(), 'Kept.', timing);
      assert.equal(warnings[0]?.line, 6, timing);
    }
  });

  it('does not take a vertical tab for whitespace', () => {
    const { transcript, warnings } = read('WEBVTT\n\n00:00.000 --> 00:00.500\nKept.\n\n00:01.000\v--> 00:02.000\nSkipped.\n');
    assert.deepEqual(paragraphs(transcript), ['speaker: Kept.']);
    assert.equal(warnings.length, 1);
    assert.equal(words('WEBVTT\n\n00:01.000 --> 00:02.000\n<v\vAda>Hi.\n'), 'Hi.'); // "<v\vAda>" is no voice span
    assert.deepEqual(read('WEBVTT\n\n00:01.000 --> 00:02.000\n<v\tAda>Hi.\n').transcript.speakers.map((speaker) => speaker.name), ['Ada']);
  });

  it('reads a podcast file whose cue times are plain seconds, with one warning', () => {
    const text = 'WEBVTT\n\n0.860 --> 7.380\n<v SPEAKER_1>First.\n\n7.500 --> 62.250\n<v SPEAKER_1>Second.\n\n62.500 --> 1:04.000\n<v SPEAKER_2>Third.\n';
    const { transcript, warnings } = read(text);
    assert.deepEqual(times(transcript), [[0.86, 62.25], [62.5, 64]]);
    assert.deepEqual(warnings, [{ line: 3, reason: 'Cue times are written as plain seconds or with one-digit minutes, not as "00:00:01.000"; they are read leniently (and in 2 more cues).' }]);
  });

  it('reads plain seconds only in a file that starts with them', () => {
    const { transcript, warnings } = read('WEBVTT\n\n00:00.000 --> 00:01.000\nKept.\n\n1.500 --> 2.000\nSkipped.\n');
    assert.deepEqual(paragraphs(transcript), ['speaker: Kept.']);
    assert.match(warnings[0]!.reason, /is not a cue timing line/);
  });
});

describe('WebVTT: cue text', () => {
  const cue = (text: string) => `WEBVTT\n\n00:01.000 --> 00:02.000\n${text}\n`;

  it('decodes character references as text, the old ones even without a semicolon', () => {
    assert.equal(words(cue('&amp; &lt;b&gt; &quot;x&quot; &#39;y&#x27; &lrm;a&rlm; &hellip; &amp &lt; &nbs; &bogus; a&b')),
      '& <b> "x" \'y\' \u200ea\u200f … & < &nbs; &bogus; a&b');
  });

  it('takes speakers from voice spans, classed or closed, and splits a cue with two voices', () => {
    const { transcript } = read(cue('<v.loud Ada  Lovelace>Hello</v> <v Charles>Hi</v> after'));
    assert.deepEqual(transcript.speakers.map((speaker) => speaker.name), ['Ada Lovelace', 'Charles']);
    // Text after a closed voice belongs to no voice: it continues the last speaker.
    assert.deepEqual(paragraphs(transcript), ['ada-lovelace: Hello', 'charles: Hi after']);
  });

  it('decodes references in a voice name; an empty voice continues the previous speaker', () => {
    assert.deepEqual(paragraphs(read('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Tom &amp; Jo>We sing.\n\n00:02.000 --> 00:03.000\n<v>Still us.\n').transcript),
      ['tom-jo: We sing. Still us.']);
  });

  it('strips <c>, <i>, <b>, <u>, <lang> and unknown tags to their text, and timestamps inside cues', () => {
    assert.equal(words(cue('<c.red.big>one</c> <i>two</i> <b>three</b> <u>four</u> <lang en-GB>five</lang> <00:01.500>six <font>seven</font> <b.x>eight')),
      'one two three four five six seven eight');
  });

  it('drops ruby text inside <ruby>, but keeps the text of an <rt> outside one', () => {
    assert.equal(words(cue('<ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby> and <rt>kept</rt>')), '漢字 and kept');
  });

  it('reads an unclosed tag to the end of the cue, as the specification does', () => {
    assert.equal(words(cue('Before <b unclosed')), 'Before');
  });

  it('reads the Language header; a header without one leaves the language undetermined', () => {
    assert.equal(read('WEBVTT\nLanguage: fr\n\n00:01.000 --> 00:02.000\nBonjour.\n').transcript.language, 'fr');
    assert.equal(read(cue('Hello.')).transcript.language, 'und');
  });
});
