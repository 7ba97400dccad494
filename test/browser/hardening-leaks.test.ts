/**
 * 500 cycles of adding and removing each element (the carousel rotating, the
 * transcript searching) leave no timer, listener or observer behind, and (where the engine
 * lets a test collect garbage: Chromium with --expose-gc) no removed element stays in memory.
 * Also: no network request but `src` and the package's own modules.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { hostileTranscript } from './fixtures/hardening/corpus.js';
import { installTracker, reset, snapshot } from './fixtures/hardening/resource-tracker.js';

const CYCLES = 500;
/** Garbage collections, a tenth of a second apart after the first three, before what is left counts as kept. */
const GC_ROUNDS = 20;
const transcript = hostileTranscript();

// Before any element module runs, so that everything they start is seen.
before(async () => {
  installTracker();
  await import('../../src/index.js');
});
let rotations = 0;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

type Element_ = HTMLElement & { transcript?: unknown; updateComplete: Promise<boolean> };

/** One cycle's work on an element in the page: what a reader would do with it. */
const EXERCISE: Record<string, (element: Element_) => Promise<void>> = {
  'verbatim-quote': async (element) => {
    await waitUntilShown(element, '[part~=text]');
  },
  'verbatim-topic-card': async (element) => {
    await waitUntilShown(element, '[part~=title]');
  },
  'verbatim-quote-carousel': async (element) => {
    await waitUntilShown(element, '[part~=slide]');
    // autoplay with a 1 ms interval: wait for the next slide to show ("2 / 2").
    const position = () => element.shadowRoot!.querySelector('.position')?.textContent;
    for (let tries = 0; tries < 50 && position() === '1 / 2'; tries++) await nextTask();
    if (position() !== '1 / 2') rotations++;
  },
  'verbatim-transcript': async (element) => {
    await waitUntilShown(element, '[part~=segment]');
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('[part~=search]')!;
    input.focus();
    input.value = 'hologram';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntilShown(element, 'mark[part~=match]');
  },
};

const ATTRIBUTES: Record<string, Record<string, string>> = {
  'verbatim-quote': { quote: 'constructor', href: 'https://example.com/talk' },
  'verbatim-topic-card': { topic: 'constructor', href: 'https://example.com/talk' },
  'verbatim-quote-carousel': { autoplay: '', interval: '1' },
  'verbatim-transcript': {},
};

/** Polls with the page's own timers (tracked, and fired, so they leave nothing). */
async function waitUntilShown(element: Element_, selector: string): Promise<void> {
  for (let tries = 0; tries < 500; tries++) {
    if (element.shadowRoot?.querySelector(selector)) return;
    await nextTask();
  }
  throw new Error(`${element.localName}: ${selector} never showed`);
}

const gc = (window as { gc?: () => void }).gc;

describe('hardening: 500 cycles of adding and removing each element', () => {
  for (const tag of Object.keys(EXERCISE)) {
    it(`<${tag}> leaves no timer, listener or observer behind${gc ? ', nor itself in memory' : ''}`, async function () {
      // 500 transcripts take 47–50 s in WebKit on a slow afternoon of this shared machine (the same
      // before and after this stop's changes): a minute left no room for the load of a whole CI run.
      this.timeout(150000);
      const removed: Array<WeakRef<Element>> = [];
      reset();
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const element = document.createElement(tag) as Element_;
        for (const [name, value] of Object.entries(ATTRIBUTES[tag]!)) element.setAttribute(name, value);
        element.transcript = transcript;
        document.body.append(element);
        await EXERCISE[tag]!(element);
        element.remove();
        removed.push(new WeakRef(element));
      }
      // Timeouts already due (a last render batch, a search index warm-up) may still run.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await nextTask();
      expect(snapshot()).to.deep.equal([]);
      if (tag === 'verbatim-quote-carousel') expect(rotations, 'cycles in which the carousel rotated').to.be.greaterThan(CYCLES / 2);

      if (gc) {
        // Work a removed element started and that has yet to settle (a module still loading on a busy
        // machine: CI once counted 131 carousels) holds it a little longer; collected then, it is no
        // leak. An element kept for good stays through every round.
        // deref() keeps what it returns alive until the end of the task: each count is a task after its collection.
        let alive = removed.length;
        for (let round = 0; round < GC_ROUNDS && alive > 2; round++) {
          await new Promise((resolve) => setTimeout(resolve, round < 3 ? 0 : 100));
          gc();
          await nextTask();
          alive = removed.filter((ref) => ref.deref() !== undefined).length;
        }
        expect(alive, `removed <${tag}> elements still in memory after ${GC_ROUNDS} collections`).to.be.at.most(2);
      }
    });
  }
});

describe('hardening: network', () => {
  it('requests only `src` and the package\'s own modules', async () => {
    performance.clearResourceTimings();
    const before = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
    const src = new URL('./fixtures/formats/talk.vtt', import.meta.url).href;
    const elements = [
      Object.assign(document.createElement('verbatim-transcript'), { src }),
      Object.assign(document.createElement('verbatim-quote-carousel'), { src }),
      Object.assign(document.createElement('verbatim-quote'), { transcript }),
      Object.assign(document.createElement('verbatim-topic-card'), { transcript }),
      document.createElement('verbatim-quote-carousel'), // the bundled interview
    ];
    elements[2]!.setAttribute('quote', 'constructor');
    elements[3]!.setAttribute('topic', 'constructor');
    document.body.append(...elements);
    try {
      await waitUntil(() => elements.every((element) => element.shadowRoot?.querySelector('[part~=base], [part~=error]')), 'every element renders', { timeout: 8000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      elements.forEach((element) => element.remove());
    }
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => !before.has(name));
    const own = (name: string) => {
      const url = new URL(name);
      return url.origin === location.origin && (/^\/(?:src|node_modules)\//.test(url.pathname) || name === src);
    };
    expect(requested.filter((name) => !own(name))).to.deep.equal([]);
    expect(requested.filter((name) => name === src)).to.have.length(1);
  });
});
