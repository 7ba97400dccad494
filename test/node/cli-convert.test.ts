import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateTranscript } from '../../src/core/validate.js';
import type { Transcript } from '../../src/core/types.js';
import { verbatim } from './helpers/cli.js';

const FORMATS = 'test/node/fixtures/formats';

describe('verbatim convert', () => {
  it('writes a WebVTT file as valid Verbatim JSON', async () => {
    const { status, stdout, stderr } = await verbatim(['convert', `${FORMATS}/styled.vtt`]);
    assert.equal(status, 0, stderr);
    const transcript = JSON.parse(stdout) as Transcript;
    assert.ok(validateTranscript(transcript).ok);
    assert.deepEqual(transcript.speakers.map((speaker) => speaker.name), ['Ada Lovelace', 'Charles Babbage']);
    assert.equal(transcript.segments[1]!.text, 'Thank you, Ada.');
  });

  it('--format overrides detection; --id and --title name the transcript', async () => {
    const { status, stdout } = await verbatim(['convert', `${FORMATS}/plain.srt`, '--format', 'text', '--id', 'captions', '--title', 'Captions']);
    assert.equal(status, 0);
    const transcript = JSON.parse(stdout) as Transcript;
    assert.deepEqual([transcript.id, transcript.title], ['captions', 'Captions']);
    assert.equal(transcript.segments.length, 2); // read as two paragraphs of text, timing lines and all
    assert.match(transcript.segments[0]!.text, /^1 00:00:01,000 --> 00:00:02,000 No speakers here\.$/);
  });

  it('reads standard input for "-"', async () => {
    const { status, stdout } = await verbatim(['convert', '-'], 'Host: Hello.\n\nGuest: Hi.\n');
    assert.equal(status, 0);
    assert.deepEqual((JSON.parse(stdout) as Transcript).speakers.map((speaker) => speaker.id), ['host', 'guest']);
  });

  it('exits with 1 for a malformed file, naming the file and the line', async () => {
    const { status, stdout, stderr } = await verbatim(['convert', `${FORMATS}/bad-timing.srt`]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `verbatim convert: ${FORMATS}/bad-timing.srt: line 6: The end time "00:00:03" is not a timestamp like "00:00:01,000".\n`);
  });

  it('exits with 1 for a missing file and with 2 for a wrong command line', async () => {
    assert.deepEqual(await verbatim(['convert', 'nowhere.vtt']), { status: 1, stdout: '', stderr: 'verbatim convert: cannot read nowhere.vtt: ENOENT\n' });
    const wrongFormat = await verbatim(['convert', `${FORMATS}/plain.srt`, '--format', 'html']);
    assert.equal(wrongFormat.status, 2);
    assert.match(wrongFormat.stderr, /--format must be one of verbatim, podcast-json, vtt, srt, text, not "html"/);
    const noFile = await verbatim(['convert']);
    assert.equal(noFile.status, 2);
    assert.match(noFile.stderr, /expected one FILE[^]*Usage: verbatim convert FILE/);
  });
});

describe('verbatim check', () => {
  it('reports a readable file with a summary and exit status 0', async () => {
    const { status, stdout } = await verbatim(['check', `${FORMATS}/words.json`]);
    assert.equal(status, 0);
    assert.equal(stdout, `${FORMATS}/words.json: no problems (read as podcast-json: 4 segments, 2 speakers, timed).\n`);
  });

  it('reports every problem of a Verbatim JSON file, then their number, and exits with 1', async () => {
    const { status, stdout } = await verbatim(['check', `${FORMATS}/invalid.json`]);
    assert.equal(status, 1);
    const file = `${FORMATS}/invalid.json`;
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      `${file}: id: The transcript id "Bad Id" must be lowercase letters, digits and hyphens.`,
      `${file}: title: The title is empty.`,
      `${file}: segments[0].speaker: Speaker "nobody" does not exist (there are none).`,
      `${file}: 3 problems (read as verbatim).`,
    ]);
  });

  it('reports the problem of another format with its line', async () => {
    const { status, stdout } = await verbatim(['check', `${FORMATS}/id-without-timing.vtt`]);
    assert.equal(status, 1);
    assert.equal(stdout, `${FORMATS}/id-without-timing.vtt: line 3: The cue "intro" has no timing line like "00:00:01.000 --> 00:00:04.000".\n`
      + `${FORMATS}/id-without-timing.vtt: 1 problem (read as vtt).\n`);
  });

  it('reports a JSON syntax error with its line; --format reads the file as another format', async () => {
    const syntax = await verbatim(['check', `${FORMATS}/syntax-error.json`]);
    assert.equal(syntax.status, 1);
    assert.match(syntax.stdout, /syntax-error\.json: line 4: This is not valid JSON/);
    const asVtt = await verbatim(['check', `${FORMATS}/conversation.txt`, '--format', 'vtt']);
    assert.equal(asVtt.status, 1);
    assert.match(asVtt.stdout, /conversation\.txt: line 1: A WebVTT file must start with "WEBVTT"\./);
  });
});
