/** The hostile-data corpus through every element: nothing executes, nothing throws into the page. */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../../src/index.js';
import type { Transcript } from '../../src/core/types.js';
import { BAD_URLS, TRICKY_TEXT, hostileTranscript, hugeSegmentTranscript, invalidTranscripts, manySegmentsTranscript } from './fixtures/hardening/corpus.js';

declare global {
  interface Window { verbatimPwned?: unknown }
}

type DataElement = HTMLElement & { transcript?: Transcript; updateComplete: Promise<boolean> };

/** The four elements, each with the attribute that picks what it shows from the hostile transcript. */
const ELEMENTS: Array<{ tag: string; attributes: Record<string, string> }> = [
  { tag: 'verbatim-quote', attributes: { quote: 'constructor' } },
  { tag: 'verbatim-topic-card', attributes: { topic: 'constructor' } },
  { tag: 'verbatim-quote-carousel', attributes: {} },
  { tag: 'verbatim-transcript', attributes: {} },
];

/** Page errors (uncaught exceptions and rejections) while a test runs. */
const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
const warnings: string[] = [];
const originalWarn = console.warn;

beforeEach(() => {
  pageErrors.length = 0;
  warnings.length = 0;
  delete window.verbatimPwned;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  console.warn = originalWarn;
  document.querySelectorAll('[data-hardening]').forEach((element) => element.remove());
});

function create(tag: string, attributes: Record<string, string>, transcript?: unknown): { element: DataElement; errors: string[] } {
  const element = document.createElement(tag) as DataElement;
  element.dataset.hardening = '';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (transcript !== undefined) element.transcript = transcript as Transcript;
  const errors: string[] = [];
  element.addEventListener('verbatim-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
  document.body.append(element);
  return { element, errors };
}

const rendered = (element: Element): string => element.shadowRoot?.querySelector('[part~=base]')?.textContent ?? '';
/** The reader's sentence in part error, once the element has rendered its error. */
async function errorText(element: Element): Promise<string> {
  await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
  return element.shadowRoot?.querySelector('[part~=error]')?.textContent ?? '';
}
/** What the reader reads instead of the reason, which is the developer's. */
const READER_SENTENCE = /^(This|These) .* could not be loaded\.$|is not in the transcript\.$/;

/** What would show that data became markup: elements or attributes the templates never make. */
function injected(element: Element): string[] {
  const found: string[] = [];
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    if (/^(?:script|img|iframe|style|body|object|embed)$/i.test(node.localName)) found.push(node.localName);
    for (const attribute of node.attributes) {
      if (/^on/i.test(attribute.name) || /^\s*(?:javascript|data|vbscript):/i.test(attribute.value)) found.push(`${node.localName}[${attribute.name}]`);
    }
  }
  return found;
}

describe('hardening: hostile data in every element', () => {
  for (const { tag, attributes } of ELEMENTS) {
    it(`<${tag}> shows markup, bidi, emoji, combining marks and NUL as text, with prototype-named ids`, async () => {
      const { element, errors } = create(tag, attributes, hostileTranscript());
      await waitUntil(() => rendered(element).includes('globalThis.verbatimPwned'), 'the hostile text renders', { timeout: 8000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.deep.equal([]);
      expect(injected(element)).to.deep.equal([]);
      expect(rendered(element)).to.contain('<script>globalThis.verbatimPwned = "script"</script>');
      if (tag !== 'verbatim-quote') expect(rendered(element).replace(/\uFEFF/g, '')).to.contain(TRICKY_TEXT.replace(/\uFEFF/g, ''));
      expect(window.verbatimPwned).to.equal(undefined);
      expect(pageErrors).to.deep.equal([]);
    });

    it(`<${tag}> ignores javascript: and data: URLs in href and src with a readable error`, async () => {
      for (const url of BAD_URLS) {
        const { element } = create(tag, { ...attributes, href: url }, hostileTranscript());
        await waitUntil(() => rendered(element) !== '', 'it renders', { timeout: 8000 });
        expect(injected(element), url).to.deep.equal([]);
      }
      for (const url of BAD_URLS) {
        const { element, errors } = create(tag, { ...attributes, src: url });
        await waitUntil(() => errors.length > 0, `an error for src ${url}`, { timeout: 8000 });
        expect(errors[0]).to.contain('only http(s) and relative URLs are allowed');
        expect(await errorText(element)).to.match(READER_SENTENCE);
        expect(injected(element)).to.deep.equal([]);
      }
      expect(window.verbatimPwned).to.equal(undefined);
      expect(pageErrors).to.deep.equal([]);
    });

    it(`<${tag}> rejects invalid data and unknown ids such as "__proto__" with the documented error`, async () => {
      for (const { name, value, path } of invalidTranscripts()) {
        const { element, errors } = create(tag, attributes, value);
        await waitUntil(() => errors.length > 0, `an error for ${name}`, { timeout: 8000 });
        expect(errors, name).to.have.length(1);
        expect(errors[0], name).to.contain(path);
        expect(await errorText(element), name).to.match(READER_SENTENCE);
      }
      if (tag === 'verbatim-quote' || tag === 'verbatim-topic-card') {
        for (const id of ['__proto__', 'tostring-x', 'hasOwnProperty', 'prototype']) {
          const { element, errors } = create(tag, { [tag === 'verbatim-quote' ? 'quote' : 'topic']: id }, hostileTranscript());
          await waitUntil(() => errors.length > 0, `an error for ${id}`, { timeout: 8000 });
          expect(errors[0], id).to.contain(id);
          expect(await errorText(element), id).to.match(READER_SENTENCE);
        }
      } else {
        for (const id of ['__proto__', 'hasOwnProperty']) {
          const { element, errors } = create(tag, { speaker: id }, hostileTranscript());
          await waitUntil(() => errors.length > 0, `an error for speaker ${id}`, { timeout: 8000 });
          expect(errors[0], id).to.contain(id);
          expect(await errorText(element), id).to.match(READER_SENTENCE);
        }
      }
      expect(pageErrors).to.deep.equal([]);
    });

    it(`<${tag}> renders a 1 MB segment`, async () => {
      const huge = hugeSegmentTranscript();
      const { element, errors } = create(tag, tag === 'verbatim-quote' ? { quote: 'q1' } : tag === 'verbatim-topic-card' ? { topic: 'all' } : {}, huge);
      await waitUntil(() => rendered(element).includes('hologram'), 'the segment renders', { timeout: 8000 });
      expect(errors).to.deep.equal([]);
      if (tag === 'verbatim-transcript') expect(rendered(element).length).to.be.greaterThan(1024 * 1024);
      expect(injected(element)).to.deep.equal([]);
      expect(window.verbatimPwned).to.equal(undefined);
    });
  }

  it('<verbatim-transcript> shows the first of 100,000 segments soon, keeps the page responsive and searches them', async function () {
    this.timeout(30000);
    const many = manySegmentsTranscript();
    const { element, errors } = create('verbatim-transcript', {}, many);
    const segments = () => element.shadowRoot!.querySelectorAll('[part~=segment]').length;
    // The page's own timer, counting the ticks it gets while the transcript is partly rendered:
    // rendering in batches leaves the page tasks in between; one long render would leave none.
    let ticksWhileRendering = 0;
    const tick = () => {
      const shown = segments();
      if (shown > 0 && shown < many.segments.length) ticksWhileRendering++;
      if (ticksWhileRendering < 5) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    await waitUntil(() => segments() > 0, 'the first segments show', { timeout: 10000 });
    expect(segments(), 'segments in the first paint').to.be.lessThan(many.segments.length);
    expect(element.shadowRoot!.querySelector('[data-segment-id="s0"]')!.textContent).to.contain('Segment 0 about holograms <b>0</b>.');
    await waitUntil(() => ticksWhileRendering >= 5, 'the page runs its own timers while the rest renders', { timeout: 10000 });
    expect(errors).to.deep.equal([]);

    const input = element.shadowRoot!.querySelector<HTMLInputElement>('[part~=search]')!;
    input.focus();
    input.value = 'holograms';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => element.shadowRoot!.querySelector('[part~=current-match]'), 'the first match is shown', { timeout: 15000 });
    expect(element.shadowRoot!.querySelector('[part~=match-count]')!.textContent).to.match(/\d/);
    expect(pageErrors).to.deep.equal([]);
  });
});
