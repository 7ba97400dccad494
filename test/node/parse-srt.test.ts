// SRT read as leniently as mainstream players and parsers: one rule a test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectFormat, readTranscript } from '../../src/core/index.js';
import { fixture, paragraphs, times } from './parse-helpers.js';

const read = (text: string) => readTranscript(text, { format: 'srt' });
const texts = (text: string) => read(text).transcript.segments.map((segment) => segment.text);
/** Cues far enough apart (3 s) that each is a paragraph of its own. */
const apart = (...cues: string[]) => cues.join('\n\n');

describe('SRT: cue numbers and timings', () => {
  it('reads missing, zero-padded, negative, dotted and space-trailed cue numbers', () => {
    const text = apart('00:00:01,000 --> 00:00:02,000\nNone.', '0002\n00:00:05,000 --> 00:00:06,000\nPadded.',
      '-3\n00:00:09,000 --> 00:00:10,000\nNegative.', '4.4\n00:00:13,000 --> 00:00:14,000\nDotted.', '5 \t\n00:00:17,000 --> 00:00:18,000\nSpaced.');
    assert.deepEqual(read(text).warnings, []);
    assert.deepEqual(texts(text), ['None.', 'Padded.', 'Negative.', 'Dotted.', 'Spaced.']);
  });

  it('reads times without milliseconds or hours, with 2-digit fractions, "." and full-width punctuation', () => {
    const text = apart('1\n00:00:01 --> 00:00:02\nA.', '2\n00:05,5 --> 00:06,25\nB.', '3\n0:00:09.100 --> 0:00:10.200\nC.',
      '4\n00：00：13，000 --> 00：00：14，000\nD.', '5\n00:00:017,000 --> 00:00:018,000\nE.');
    assert.deepEqual(times(read(text).transcript), [[1, 2], [5.5, 6.25], [9.1, 10.2], [13, 14], [17, 18]]);
  });

  it('reads "-->" without spaces, "->" and "- >" arrows, and positions after the end time', () => {
    const text = apart('1\n00:00:01,000-->00:00:02,000\nA.', '2\n00:00:05,000 -> 00:00:06,000\nB.', '3\n00:00:09,000 - > 00:00:10,000  X1:63 X2:223 Y1:43 Y2:58\nC.');
    assert.deepEqual(times(read(text).transcript), [[1, 2], [5, 6], [9, 10]]);
  });

  it('reads CR-only line endings, a byte order mark and a cue that follows without a blank line', () => {
    assert.deepEqual(texts('\uFEFF1\r00:00:01,000 --> 00:00:02,000\rOne.\r\r2\r00:00:05,000 --> 00:00:06,000\rTwo.\r00:00:09,000 --> 00:00:10,000\rThree.'), ['One.', 'Two.', 'Three.']);
  });

  it('keeps a blank line inside a cue as part of its text', () => {
    assert.deepEqual(texts(apart('1\n00:00:01,000 --> 00:00:02,000\nFirst part.\n\nSecond part.', '2\n00:00:05,000 --> 00:00:06,000\nNext.')),
      ['First part. Second part.', 'Next.']);
  });
});

describe('SRT: what is skipped', () => {
  it('skips a cue without a timing line with a warning naming its line; the others stay', () => {
    const { transcript, warnings } = read(fixture('missing-timing.srt'));
    assert.deepEqual(paragraphs(transcript), ['speaker: Fine.']);
    assert.deepEqual(warnings, [{ line: 5, reason: 'Cue 2 has no timing line like "00:00:01,000 --> 00:00:04,000"; it is skipped.' }]);
  });

  it('skips a cue whose timing cannot be read (negative, half missing) and a cue number at the very end', () => {
    const text = apart('1\n-00:00:01,000 --> 00:00:02,000\nNegative.', '2\n         --> 00:00:06,000\nNo start.',
      '3\n00:00:09,000 --> 00:00:10,000\nKept.', '4\n00:00:13,000 -->\nNo end.', '5');
    const { transcript, warnings } = read(text);
    assert.deepEqual(paragraphs(transcript), ['speaker: Kept.']);
    assert.deepEqual(warnings.map((warning) => warning.line), [2, 6, 14, 17]);
    assert.match(warnings[0]!.reason, /^"-00:00:01,000 --> 00:00:02,000" is not a timing line like/);
  });

  it('reports text before the first cue and keeps a line after a blank as the cue\'s text', () => {
    const { transcript, warnings } = read(`Subtitles by someone\n\n${fixture('stray-line.srt')}`);
    assert.deepEqual(paragraphs(transcript), ['speaker: Fine. A stray line.']);
    assert.deepEqual(warnings, [{ line: 1, reason: '"Subtitles by someone" comes before the first cue; it is skipped.' }]);
  });

  it('keeps a cue that ends before it starts, without its end time', () => {
    const { transcript, warnings } = read('1\n00:00:05,000 --> 00:00:02,000\nBackwards.\n');
    assert.deepEqual(times(transcript), [[5, undefined]]);
    assert.equal(warnings[0]!.line, 2);
  });

  it('strips <i>, <b>, <u>, <s> and <font> tags and {\\an8} overrides, keeping other text', () => {
    assert.deepEqual(texts('1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<font color="#ff0"><i>Styled</i></font> <B>text</B> { \\kept}\n'), ['Styled text { \\kept}']);
  });
});

describe('SRT: detection without a format', () => {
  for (const [name, text] of [
    ['CR-only line endings', '1\r00:00:01,000 --> 00:00:02,000\rHello.\r'],
    ['no cue numbers', '00:00:01,000 --> 00:00:02,000\nHello.\n'],
    ['no spaces around the arrow', '1\n00:00:01,000-->00:00:02,000\nHello.\n'],
    ['leading blank lines', '\n \t\n1\n00:00:01,000 --> 00:00:02,000\nHello.\n'],
    ['a broken first timing', '1\n-0:00:04,567 --> -0:00:03,456\nSkipped.\n\n2\n00:00:05,000 --> 00:00:06,000\nHello.\n'],
  ]) {
    it(`recognises SRT with ${name}`, () => assert.equal(detectFormat(text!), 'srt'));
  }

  it('does not take text that merely mentions times for SRT', () => {
    assert.equal(detectFormat('At 10:30 we met.\nThen 11:00 --> lunch.\n'), 'text');
  });
});
