// Malformed input of every format throws a TranscriptError naming the line or JSON path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TranscriptError, parseTranscript } from '../../src/core/index.js';
import type { TranscriptFormat } from '../../src/core/index.js';
import { fixture } from './parse-helpers.js';

const cases: Array<[file: string, format: TranscriptFormat | undefined, message: RegExp]> = [
  ['bad-timing.vtt', undefined, /^line 6: The end time "00:00:0x\.000" is not a timestamp like "00:00:01\.000"\.$/],
  ['no-header.vtt', 'vtt', /^line 1: A WebVTT file must start with "WEBVTT"\.$/],
  ['id-without-timing.vtt', undefined, /^line 3: The cue "intro" has no timing line like "00:00:01\.000 --> 00:00:04\.000"\.$/],
  ['end-before-start.vtt', undefined, /^line 3: The cue ends \(00:00:02\.000\) before it starts \(00:00:05\.000\)\.$/],
  ['bad-timing.srt', undefined, /^line 6: The end time "00:00:03" is not a timestamp like "00:00:01,000"\.$/],
  ['missing-timing.srt', undefined, /^line 6: Cue 2 \(line 5\) has no timing line/],
  ['stray-line.srt', undefined, /^line 5: Expected a cue number or a timing line .*, not "A stray line\."\.$/],
  ['syntax-error.json', undefined, /^line 4: This is not valid JSON/],
  ['invalid.json', undefined, /^id: The transcript id "Bad Id" must be .* \(and 2 more problems\)$/],
  ['missing-start.json', undefined, /^segments\[1\]\.startTime: "startTime" is missing: it must be a number of seconds\.$/],
  ['number-body.json', undefined, /^segments\[0\]\.body: "body" must be a text, not 42\.$/],
  ['segments-object.json', 'podcast-json', /^segments: "segments" must be an array/],
  ['empty.txt', undefined, /^The file holds no transcript text\.$/],
  ['binary.txt', undefined, /^line 2: This is a binary file, not text\.$/],
];

describe('malformed transcripts', () => {
  for (const [file, format, message] of cases) {
    it(`${file}: ${message.source.slice(1, 40)}…`, () => {
      assert.throws(() => parseTranscript(fixture(file), format ? { format } : {}), (error: unknown) => {
        assert.ok(error instanceof TranscriptError);
        assert.equal(error.name, 'TranscriptError');
        assert.match(error.message, message);
        return true;
      });
    });
  }

  it('a timing line with no arrow target, a JSON root that is no object and an unknown format', () => {
    assert.throws(() => parseTranscript('WEBVTT\n\n00:01.000 -->\nText\n'), { message: /^line 3: "00:01\.000 -->" is not a cue timing line/ });
    assert.throws(() => parseTranscript('[1, 2]', { format: 'podcast-json' }), { message: /must be a JSON object with "segments"/ });
    assert.throws(() => parseTranscript('x', { format: 'html' as TranscriptFormat }), { message: /Unknown format "html"/ });
  });
});
