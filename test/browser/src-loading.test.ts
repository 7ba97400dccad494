import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { html as litHtml } from 'lit';
import { defineElement } from '../../src/components/common/define.js';
import { TaskStatus } from '../../src/components/common/task.js';
import { VerbatimElement } from '../../src/components/common/verbatim-element.js';
import type { Transcript } from '../../src/core/types.js';
import { expectAccessible } from './helpers/axe.js';
import { recordErrors } from './helpers/elements.js';

const FORMATS = '/test/browser/fixtures/formats';

/** A minimal element on the shared base element that shows what a reader would see. */
class TestSrcElement extends VerbatimElement {
  protected override loadDefault(): Promise<Transcript> {
    return Promise.reject(new Error('no bundled data in this test'));
  }

  override render() {
    return this.data.status === TaskStatus.PENDING ? litHtml`<p part="base" aria-busy="true">Loading the transcript…</p>` : super.render();
  }

  protected override renderView(transcript: Transcript) {
    const names = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]));
    return litHtml`<div part="base">${transcript.segments.map((segment) =>
      litHtml`<p data-segment-id=${segment.id}>${names.get(segment.speaker)}: ${segment.text}</p>`)}</div>`;
  }
}
defineElement('test-src-element', TestSrcElement);

const shown = (element: Element): string[] =>
  [...element.shadowRoot!.querySelectorAll('p')].map((paragraph) => paragraph.textContent!.trim());

const READY = ['Ada Lovelace: Welcome to the show.', 'Charles Babbage: Thank you & hello.'];

/** Every fetch the page makes, with its signal; responses for virtual URLs; a gate to hold requests. */
const requests: { url: string; signal: AbortSignal | undefined }[] = [];
const virtual = new Map<string, { body: string; type: string }>();
let gate: Promise<void> | undefined;
const originalFetch = window.fetch;

function holdRequests(): () => void {
  let release!: () => void;
  gate = new Promise((resolve) => (release = resolve));
  return () => {
    gate = undefined;
    release();
  };
}

/** Waits for the gate unless the request is aborted first, as a slow network would. */
function waitForGate(signal: AbortSignal | undefined): Promise<void> {
  if (!gate) return Promise.resolve();
  return new Promise((resolve, reject) => {
    gate!.then(resolve);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Elements on the page sharing one src (built by hand: fixture() of a plain <div> waits for a frame, which a background tab may never draw). */
const added: Element[] = [];
function elementsSharing(src: string, count: number): TestSrcElement[] {
  const elements = Array.from({ length: count }, () => {
    const element = document.createElement('test-src-element') as TestSrcElement;
    element.src = src;
    return element;
  });
  const page = document.createElement('div');
  page.append(...elements);
  document.body.append(page);
  added.push(page);
  return elements;
}

let run = 0;
/** A URL no earlier test has requested, so that each test starts without shared requests. */
const fresh = (path: string): string => `${path}?run=${++run}`;

describe('src loading', () => {
  before(() => {
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      requests.push({ url, signal: init?.signal ?? undefined });
      await waitForGate(init?.signal ?? undefined);
      const made = virtual.get(url.split('?')[0]!);
      if (made) return new Response(made.body, { headers: { 'content-type': made.type } });
      return originalFetch(input, init);
    };
  });

  after(() => {
    window.fetch = originalFetch;
  });

  beforeEach(() => {
    requests.length = 0;
  });

  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
  });

  // The test server turns .json files into JavaScript modules, so JSON is served here.
  const podcastJson = { type: 'application/json', body: JSON.stringify({ version: '1.0.0', segments: [
    { speaker: 'Ada Lovelace', startTime: 0, endTime: 1, body: 'Welcome to' },
    { speaker: 'Ada Lovelace', startTime: 1, endTime: 2, body: 'the show.' },
    { speaker: 'Charles Babbage', startTime: 2.5, endTime: 4, body: 'Thank you & hello.' },
  ] }) };

  for (const file of ['talk.vtt', 'talk.srt', 'talk.txt']) {
    it(`reads ${file}, the format told by the server's content type and the extension`, async () => {
      const element = await fixture<TestSrcElement>(html`<test-src-element src=${fresh(`${FORMATS}/${file}`)}></test-src-element>`);
      await element.updateComplete;
      await element.updateComplete;
      expect(shown(element)).to.deep.equal(READY);
      await expectAccessible(element);
    });
  }

  it('reads Podcasting 2.0 JSON, detected from the content', async () => {
    virtual.set('/virtual/talk.json', podcastJson);
    const element = await fixture<TestSrcElement>(html`<test-src-element src=${fresh('/virtual/talk.json')}></test-src-element>`);
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(READY);
  });

  it('takes the format from the content type when the URL has no extension', async () => {
    // Without "1" numbers, the content alone would be read as plain text, not SRT.
    virtual.set('/virtual/captions', {
      type: 'application/x-subrip; charset=utf-8',
      body: '00:00:00,000 --> 00:00:02,000\nAda Lovelace: Welcome to the show.\n\n00:00:02,500 --> 00:00:04,000\nCharles Babbage: Thank you & hello.\n',
    });
    const element = await fixture<TestSrcElement>(html`<test-src-element src=${fresh('/virtual/captions')}></test-src-element>`);
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(READY);
  });

  it('detects the format from the content when neither type nor extension tells', async () => {
    virtual.set('/virtual/anything', { type: 'application/octet-stream', body: 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ada Lovelace>Hello.\n' });
    const element = await fixture<TestSrcElement>(html`<test-src-element src=${fresh('/virtual/anything')}></test-src-element>`);
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(['Ada Lovelace: Hello.']);
  });

  it('shows a loading state until the file arrives', async () => {
    const release = holdRequests();
    const [element] = elementsSharing(fresh(`${FORMATS}/talk.vtt`), 1) as [TestSrcElement];
    await waitUntil(() => requests.length === 1, 'the request starts');
    const loading = element.shadowRoot!.querySelector('[aria-busy=true]');
    expect(loading?.textContent).to.equal('Loading the transcript…');
    await expectAccessible(element);
    release();
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(READY);
  });

  it('reports a malformed file\'s problem, with the URL and line, in verbatim-error and on the console; the reader gets a sentence', async () => {
    const src = fresh(`${FORMATS}/broken.vtt`);
    const element = document.createElement('test-src-element') as TestSrcElement;
    element.src = src;
    const fired = oneEvent(element, 'verbatim-error');
    const console = recordErrors();
    document.body.append(element);
    try {
      const event = await fired;
      const message = `${src}: line 1: A WebVTT file must start with "WEBVTT".`;
      expect(event.detail.message).to.equal(message);
      await element.updateComplete;
      const error = element.shadowRoot!.querySelector('[part=error]')!;
      expect(error.textContent).to.equal('This could not be loaded.');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(console.errors).to.deep.equal([`<test-src-element>: ${message}`]);
      await expectAccessible(element);
    } finally {
      console.restore();
      element.remove();
    }
  });

  it('shows a missing file as an error', async () => {
    const element = document.createElement('test-src-element') as TestSrcElement;
    element.src = fresh(`${FORMATS}/missing.vtt`);
    const fired = oneEvent(element, 'verbatim-error');
    added.push(document.body.appendChild(element));
    const event = await fired;
    expect(event.detail.message).to.match(/^Could not load .*missing\.vtt\?run=\d+: the server answered 404\.$/);
  });

  it('a change of src aborts the old request and shows only the new file', async () => {
    const release = holdRequests();
    const first = fresh(`${FORMATS}/talk.srt`);
    const [element] = elementsSharing(first, 1) as [TestSrcElement];
    await waitUntil(() => requests.length === 1, 'the first request starts');
    element.src = fresh(`${FORMATS}/talk.txt`);
    await waitUntil(() => requests.length === 2, 'the second request starts');
    expect(requests[0]!.url).to.equal(first);
    expect(requests[0]!.signal?.aborted, 'the first request is aborted').to.equal(true);
    expect(requests[1]!.signal?.aborted).to.equal(false);
    release();
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(READY);
  });

  it('elements that share a src share one request', async () => {
    virtual.set('/virtual/shared.json', podcastJson);
    const src = fresh('/virtual/shared.json');
    const release = holdRequests();
    const elements = elementsSharing(src, 3);
    await waitUntil(() => requests.length === 1, 'the request starts');
    release();
    await Promise.all(elements.map((element) => element.updateComplete));
    for (const element of elements) expect(shown(element)).to.deep.equal(READY);
    expect(requests.map((request) => request.url)).to.deep.equal([src]);
    // An element added later gets the same transcript without a new request.
    const late = await fixture<TestSrcElement>(html`<test-src-element src=${src}></test-src-element>`);
    await late.updateComplete;
    expect(requests).to.have.length(1);
  });

  it('a shared request goes on while one element still waits, and stops when the last gives up', async () => {
    const src = fresh(`${FORMATS}/talk.vtt`);
    const release = holdRequests();
    const [first, second] = elementsSharing(src, 2);
    const page = first!.parentElement!;
    await waitUntil(() => requests.length === 1, 'the request starts');
    first!.remove();
    expect(requests[0]!.signal?.aborted, 'one element still waits').to.equal(false);
    second!.remove();
    expect(requests[0]!.signal?.aborted, 'nobody waits any more').to.equal(true);
    // Put back, the element asks again: the abandoned request was forgotten.
    page.append(second!);
    await waitUntil(() => requests.length === 2, 'a new request starts');
    release();
    await second!.updateComplete;
    expect(shown(second!)).to.deep.equal(READY);
  });
});
