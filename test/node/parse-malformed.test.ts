// Input that cannot be read throws a TranscriptError whose fields and message say where and why.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TranscriptError, parseTranscript } from '../../src/core/index.js';
import type { TranscriptFormat } from '../../src/core/index.js';
import { fixture } from './parse-helpers.js';

const cases: Array<[file: string, format: TranscriptFormat | undefined, where: { line?: number; path?: string }, reason: RegExp]> = [
  ['no-header.vtt', 'vtt', { line: 1 }, /^A WebVTT file must start with "WEBVTT"\.$/],
  // Its only block is skipped, so nothing is left: the error says why the block was skipped.
  ['id-without-timing.vtt', undefined, { line: 3 }, /^The file holds no transcript text\. The block "intro" has no cue timing line like "00:00:01\.000 --> 00:00:04\.000"; it is skipped\.$/],
  ['syntax-error.json', undefined, { line: 4 }, /^This is not valid JSON/],
  ['invalid.json', undefined, { path: 'id' }, /^The transcript id "Bad Id" must be .* \(and 2 more problems\)$/],
  ['missing-start.json', undefined, { path: 'segments[1].startTime' }, /^"startTime" is missing: it must be a number of seconds\.$/],
  ['number-body.json', undefined, { path: 'segments[0].body' }, /^"body" must be a text, not 42\.$/],
  ['segments-object.json', 'podcast-json', { path: 'segments' }, /^"segments" must be an array/],
  ['empty.txt', undefined, {}, /^The file holds no transcript text\.$/],
  ['binary.txt', undefined, { line: 2 }, /^This is a binary file, not text\.$/],
  ['conversation.txt', 'srt', { line: 1 }, /^This file has no cue timing line like "00:00:01,000 --> 00:00:04,000"\. "Ada Lovelace: Welcome to the show\." comes before the first cue; it is skipped\.$/],
];

describe('malformed transcripts', () => {
  for (const [file, format, where, reason] of cases) {
    it(`${file}: ${reason.source.slice(1, 40)}…`, () => {
      assert.throws(() => parseTranscript(fixture(file), format ? { format } : {}), (error: unknown) => {
        assert.ok(error instanceof TranscriptError);
        assert.equal(error.name, 'TranscriptError');
        assert.deepEqual({ line: error.line, path: error.path }, { line: where.line, path: where.path });
        assert.match(error.reason, reason);
        // The message names the place, then the reason.
        const place = where.line !== undefined ? `line ${where.line}: ` : where.path ? `${where.path}: ` : '';
        assert.equal(error.message, `${place}${error.reason}`);
        return true;
      });
    });
  }

  it('a JSON root that is no object and an unknown format', () => {
    assert.throws(() => parseTranscript('[1, 2]', { format: 'podcast-json' }), { message: /must be a JSON object with "segments"/ });
    assert.throws(() => parseTranscript('x', { format: 'docx' as TranscriptFormat }), {
      name: 'TranscriptError', message: 'Unknown format "docx": expected one of podcast-json, verbatim, vtt, srt, html, text.',
    });
  });
});

describe('TranscriptError', () => {
  it('takes its place as fields or as text, and names it first in its message', () => {
    assert.deepEqual({ ...new TranscriptError('Bad.', 'line 7') }, { name: 'TranscriptError', reason: 'Bad.', source: undefined, line: 7, path: undefined });
    assert.equal(new TranscriptError('Bad.', 'segments[2].body').path, 'segments[2].body');
    assert.equal(new TranscriptError('Bad.', { source: 'talk.vtt', line: 3 }).message, 'talk.vtt: line 3: Bad.');
    assert.equal(new TranscriptError('Bad.').message, 'Bad.');
  });
});
