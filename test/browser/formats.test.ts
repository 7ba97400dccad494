// The readers in the browser: HTML with DOMParser, and warnings passed on by the loader.
import { expect } from '@open-wc/testing';
import { readTranscript } from '../../src/core/parse.js';
import { loadTranscriptWithWarnings } from '../../src/core/load.js';
import '../../src/transcript.js';
import type { VerbatimTranscript } from '../../src/transcript.js';
import { recordWarnings } from './helpers/elements.js';

// The HTML transcript format in the browser, read with DOMParser (no parser is registered here).
describe('HTML transcripts with DOMParser', () => {
  it('reads <cite>, <time> and <p> into speakers, starts and text', () => {
    const { transcript, warnings } = readTranscript('<cite>Ada:</cite><time>1:05</time><p>Hello &amp; welcome.</p><cite>Bob:</cite><time>later</time><p>Hi.</p>');
    expect(transcript.segments.map((segment) => [segment.speaker, segment.text, segment.start])).to.deep.equal([
      ['ada', 'Hello & welcome.', 65], ['bob', 'Hi.', undefined],
    ]);
    expect(warnings.map((warning) => warning.reason)).to.deep.equal(['The time "later" before paragraph 2 is not like "1:02:03"; that paragraph has no start time.']);
  });

  it('keeps hostile markup as text and runs nothing', async () => {
    const page = window as unknown as { hostile?: number };
    const { transcript } = readTranscript('<script>window.hostile = 1</script><cite>Eve:</cite>'
      + '<p>Click <a href="javascript:window.hostile=2">here</a> <img src=x onerror="window.hostile=3"><b><i>now</i></b> &lt;script&gt;<template><p>hidden</p></template></p>', { format: 'html' });
    expect(transcript.segments.map((segment) => segment.text)).to.deep.equal(['Click here now <script>']);
    // One turn of the event loop: an inert document loads no image and fires no handler.
    await new Promise((resolve) => setTimeout(resolve));
    expect(page.hostile).to.equal(undefined);
  });

  it('loads an .html URL as HTML and passes on what the reader skipped', async () => {
    const url = URL.createObjectURL(new Blob(['<time>soon</time><p>Words.</p>'], { type: 'text/html' }));
    const { transcript, format, warnings } = await loadTranscriptWithWarnings(url);
    expect([format, transcript.segments[0]!.text, warnings.length]).to.deep.equal(['html', 'Words.', 1]);
  });
});

describe('loadTranscriptWithWarnings', () => {
  it('gives every caller of one URL the same reading, so that its warnings can be reported once', async () => {
    const url = URL.createObjectURL(new Blob(['WEBVTT\n\n00:01.000 --> 00:02.000\nKept.\n\n00:03.000 --> 00:0x.000\nSkipped.\n'], { type: 'text/vtt' }));
    const [first, second] = await Promise.all([loadTranscriptWithWarnings(url), loadTranscriptWithWarnings(url)]);
    expect(first).to.equal(second);
    expect(first.warnings.map((warning) => warning.line)).to.deep.equal([6]);
    expect(first.transcript.segments.map((segment) => segment.text)).to.deep.equal(['Kept.']);
  });
});

describe('an element reading a file with skipped parts', () => {
  it('shows the rest of the transcript and says what was skipped once on the console, however many elements show it', async () => {
    const url = URL.createObjectURL(new Blob(['WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ada>Kept.\n\n00:03.000 --> 00:0x.000\n<v Ada>Skipped.\n'], { type: 'text/vtt' }));
    const { warnings, restore } = recordWarnings();
    const elements: VerbatimTranscript[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const element = document.createElement('verbatim-transcript');
        element.src = url;
        document.body.append(element);
        elements.push(element);
      }
      await Promise.all(elements.map((element) => element.updateComplete));
      for (const element of elements) {
        const texts = [...element.shadowRoot!.querySelectorAll('[data-segment-id]')].map((segment) => segment.textContent);
        expect(texts.some((text) => text!.includes('Kept.')), 'the cue that was read is shown').to.be.true;
        expect(element.shadowRoot!.querySelector('[part~=error]'), 'no error for the reader').to.equal(null);
      }
      const fromReader = warnings.filter((warning) => warning.startsWith(`verbatim: ${url}`));
      expect(fromReader).to.have.length(1);
      expect(fromReader[0]).to.match(/read with 1 warning; the rest is shown:\n {2}line 6: /);
    } finally {
      restore();
      for (const element of elements) element.remove();
    }
  });
});
