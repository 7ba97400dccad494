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
    const { status, stdout, stderr } = await verbatim(['convert', `${FORMATS}/no-header.vtt`]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `verbatim convert: ${FORMATS}/no-header.vtt: line 1: A WebVTT file must start with "WEBVTT".\n`);
  });

  it('lists what the reader skipped on stderr, one warning a line, and converts the rest', async () => {
    const { status, stdout, stderr } = await verbatim(['convert', `${FORMATS}/missing-timing.srt`]);
    assert.equal(status, 0);
    assert.equal(stderr, `verbatim convert: ${FORMATS}/missing-timing.srt: line 5: warning: Cue 2 has no timing line like "00:00:01,000 --> 00:00:04,000"; it is skipped.\n`);
    assert.deepEqual((JSON.parse(stdout) as Transcript).segments.map((segment) => segment.text), ['Fine.']);
  });

  it('reads an HTML transcript with the parser the command line brings, as text only', async () => {
    const { status, stdout, stderr } = await verbatim(['convert', '-'], '<cite>Eve:</cite><time>0:05</time><p>Hi <script>alert(1)</script><b>there</b>.</p>');
    assert.equal(status, 0, stderr);
    const transcript = JSON.parse(stdout) as Transcript;
    assert.deepEqual(transcript.segments.map((segment) => [segment.speaker, segment.text, segment.start]), [['eve', 'Hi there.', 5]]);
  });

  it('reads a file named for a format as that format when its content looks like plain text', async () => {
    const { status, stderr } = await verbatim(['convert', `${FORMATS}/no-header.vtt`]);
    assert.equal(status, 1);
    assert.match(stderr, /A WebVTT file must start with "WEBVTT"/);
  });

  it('lists the formats of the registry in its help', async () => {
    const { status, stdout } = await verbatim(['convert', '--help']);
    assert.equal(status, 0);
    assert.match(stdout, /Formats: podcast-json \(Podcasting 2\.0 JSON\), verbatim \(Verbatim JSON\), vtt \(WebVTT\), srt \(SubRip \(SRT\)\), html \(Podcasting 2\.0 HTML\), text \(plain text\)\./);
  });

  it('exits with 1 for a missing file and with 2 for a wrong command line', async () => {
    assert.deepEqual(await verbatim(['convert', 'nowhere.vtt']), { status: 1, stdout: '', stderr: 'verbatim convert: cannot read nowhere.vtt: ENOENT\n' });
    const wrongFormat = await verbatim(['convert', `${FORMATS}/plain.srt`, '--format', 'docx']);
    assert.equal(wrongFormat.status, 2);
    assert.match(wrongFormat.stderr, /--format must be one of podcast-json, verbatim, vtt, srt, html, text, not "docx"/);
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
    const { status, stdout } = await verbatim(['check', `${FORMATS}/no-header.vtt`]);
    assert.equal(status, 1);
    assert.equal(stdout, `${FORMATS}/no-header.vtt: line 1: A WebVTT file must start with "WEBVTT".\n`
      + `${FORMATS}/no-header.vtt: 1 problem (read as vtt).\n`);
  });

  it('lists warnings with their lines before the summary, and exits with 0', async () => {
    const { status, stdout } = await verbatim(['check', `${FORMATS}/bad-timing.vtt`]);
    assert.equal(status, 0);
    const file = `${FORMATS}/bad-timing.vtt`;
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      `${file}: line 6: warning: "00:00:02.000 --> 00:00:0x.000" is not a cue timing line like "00:00:01.000 --> 00:00:04.000"; the cue is skipped.`,
      `${file}: no problems, 1 warning (read as vtt: 1 segment, 1 speaker, timed).`,
    ]);
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
