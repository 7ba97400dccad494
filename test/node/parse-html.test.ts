// The Podcasting 2.0 HTML transcript, read in Node with parse5: only text comes out.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TranscriptError, detectFormat, readTranscript } from '../../src/core/index.js';
import { setHtmlScanner } from '../../src/core/formats/html.js';
import { scanWithParse5 } from '../../src/core/formats/html-parse5.js';
import { paragraphs } from './parse-helpers.js';

const read = (html: string) => readTranscript(html, { format: 'html' });

describe('HTML transcripts', () => {
  before(() => setHtmlScanner(scanWithParse5));
  after(() => setHtmlScanner(undefined));

  it('gives each <p> the speaker of the last <cite> and the start of its <time>', () => {
    const html = '<!doctype html><html><body>\n<cite>Ada Lovelace:</cite><time>0:00</time><p>Hello.</p>\n'
      + '<time>1:02:03.5</time><p>Still Ada.</p>\n<cite>Charles:</cite><time>75</time><p>Hi &amp; welcome.</p></body></html>';
    assert.equal(detectFormat(html), 'html');
    assert.equal(detectFormat('\uFEFF<!-- exported -->\n<cite>Ada:</cite>'), 'html');
    assert.equal(detectFormat('<i>not html</i> but text'), 'text');
    const { transcript, warnings } = read(html);
    assert.deepEqual(warnings, []);
    assert.deepEqual(paragraphs(transcript), ['ada-lovelace: Hello.', 'ada-lovelace: Still Ada.', 'charles: Hi & welcome.']);
    assert.deepEqual(transcript.segments.map((segment) => segment.start), [0, 3723.5, 75]);
  });

  it('reports a time it cannot read, and keeps the paragraph without a start', () => {
    const { transcript, warnings } = read('<cite>Ada:</cite><time>soon</time><p>Words.</p>');
    assert.deepEqual(transcript.segments.map((segment) => [segment.text, segment.start]), [['Words.', undefined]]);
    assert.deepEqual(warnings, [{ reason: 'The time "soon" before paragraph 1 is not like "1:02:03"; that paragraph has no start time.' }]);
  });

  it('keeps hostile markup as text: scripts and styles are dropped, links and nesting give their words', () => {
    const html = '<script>alert(1)</script><style>p{}</style><cite>Eve<script>x()</script>:</cite>'
      + '<p>Click <a href="javascript:alert(1)">here</a> <b><i>now</i></b> <img src=x onerror="alert(2)">&lt;script&gt;alert(3)&lt;/script&gt;<template><p>hidden</p></template></p>';
    const { transcript } = read(html);
    assert.deepEqual(transcript.speakers.map((speaker) => speaker.name), ['Eve']);
    assert.equal(transcript.segments[0]!.text, 'Click here now <script>alert(3)</script>');
    assert.ok(!JSON.stringify(transcript).includes('javascript:'));
    assert.ok(!JSON.stringify(transcript).includes('alert(1)'));
  });

  it('a paragraph nested in another element is read; one without text is skipped', () => {
    const { transcript } = read('<div><section><p>First.</p><p>  </p><p>Second<br>line.</p></section></div>');
    assert.deepEqual(transcript.segments.map((segment) => segment.text), ['First.', 'Second line.']);
  });

  it('HTML without paragraphs is an error that says so', () => {
    assert.throws(() => read('<html><body><div>Just a page.</div></body></html>'),
      (error: unknown) => error instanceof TranscriptError && error.reason === 'This HTML has no <p> paragraphs to read as a transcript.');
  });

  it('without a DOMParser or a registered parser, says what is missing', () => {
    setHtmlScanner(undefined);
    try {
      assert.throws(() => read('<p>Hi.</p>'), { name: 'TranscriptError', message: /needs an HTML parser/ });
    } finally {
      setHtmlScanner(scanWithParse5);
    }
  });
});
