import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VerbatimTranscript } from '../../src/components/transcript/transcript.js';
import type { Transcript } from '../../src/core/types.js';
import { count, highlighted, marks, part, segment, transcriptFixture } from './fixtures/transcript-helpers.js';
import { waitUntil } from './helpers/wait.js';
import { expectAccessible } from './helpers/axe.js';

/** Three segments: "the" in a and b (twice in b), "cat" in a and b, "dog" in b and c. */
const pets: Transcript = {
  version: 1, id: 'pets', title: 'Pets', language: 'en',
  speakers: [{ id: 'ann', name: 'Ann' }],
  segments: [
    { id: 'a', speaker: 'ann', text: 'Look at the cat.' },
    { id: 'b', speaker: 'ann', text: 'The dog chased the cat.' },
    { id: 'c', speaker: 'ann', text: 'A dog barked.' },
  ],
  topics: [],
  quotes: [],
};

async function type(element: VerbatimTranscript, text: string): Promise<void> {
  part<HTMLInputElement>(element, 'search')!.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Adds `text` to the search box letter by letter, an input event each, as typing does. */
async function typeLetters(element: VerbatimTranscript, text: string): Promise<void> {
  const input = part<HTMLInputElement>(element, 'search')!;
  for (const letter of text) {
    input.value += letter;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: letter, inputType: 'insertText' }));
    await element.updateComplete;
  }
}

/** Resolves after `count` frames: what a search scrolled is settled by then. */
const frames = async (count: number): Promise<void> => {
  for (let at = 0; at < count; at++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

const paints = typeof CSS !== 'undefined' && CSS.highlights !== undefined;

describe('<verbatim-transcript> match highlights', () => {
  it('paints the matches of the passages in view only, and those further down once the reader gets there', async () => {
    const long: Transcript = {
      ...pets,
      segments: Array.from({ length: 400 }, (_, at) => ({ id: `p${at + 1}`, speaker: 'ann', text: `The passage number ${at + 1}, about the weather.` })),
    };
    const element = document.createElement('verbatim-transcript');
    element.transcript = long;
    document.body.append(element);
    // What the browser said of each block (WebKit says which it skips a few frames after they render).
    const skipped = new Map<Element, boolean>();
    element.shadowRoot!.addEventListener('contentvisibilityautostatechange', (event) => {
      skipped.set(event.target as Element, (event as Event & { skipped: boolean }).skipped);
    }, { capture: true });
    try {
      await waitUntil(() => element.shadowRoot!.querySelectorAll('[part~=segment]').length === 400, 'every passage rendered');
      const blocks = element.shadowRoot!.querySelectorAll('.block');
      await waitUntil(() => skipped.get(blocks[blocks.length - 1]!) === true, 'the blocks out of view skipped');
      // First in this file: the search code (and its painter) loads on the first keystroke, after the blocks out of view were skipped.
      await typeLetters(element, 'the');
      await frames(2);
      expect(count(element)).to.equal('1 of 800 matches');
      if (!paints) return;
      const painted = highlighted(element.shadowRoot!).length;
      expect(painted, 'a few blocks of passages, not 400').to.be.above(0).and.below(200);
      expect(highlighted(segment(element, 'p400'))).to.deep.equal([]);
      segment(element, 'p400').scrollIntoView();
      await waitUntil(() => highlighted(segment(element, 'p400')).length === 2, 'the last passage painted once in view');
      expect(highlighted(segment(element, 'p400'))).to.deep.equal(['The', 'the']);
    } finally {
      element.remove();
      scrollTo(0, 0);
    }
  });

  it('paints matches outside the current match\'s segment as highlight ranges over the exact words, the current segment with marks', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${pets}></verbatim-transcript>`);
    await type(element, 'the cat');
    // Adjacent matched words are one mark (one occurrence, as a reader counts them).
    expect(marks(element)).to.deep.equal(['a:the cat*', 'b:The', 'b:the cat']);
    // Where the browser paints highlights, b (no current match) has no marks, only ranges; else marks.
    expect(segment(element, 'b').querySelectorAll('mark')).to.have.length(paints ? 0 : 2);
    expect(highlighted(segment(element, 'b'))).to.deep.equal(paints ? ['The', 'the cat'] : []);
    expect(highlighted(segment(element, 'a')), 'the current segment is marked by elements').to.deep.equal([]);
    await expectAccessible(element);

    // Stepping to b: b gets the marks, a its highlight ranges.
    part<HTMLButtonElement>(element, 'next-match')!.click();
    await element.updateComplete;
    expect(marks(element).filter((mark) => mark.endsWith('*'))).to.have.length(1).and.satisfy((current: string[]) => current[0]!.startsWith('b:'));
    expect(marks(element).filter((mark) => mark.startsWith('a:'))).to.deep.equal(['a:the cat']);
    expect(highlighted(segment(element, 'a'))).to.deep.equal(paints ? ['the cat'] : []);
    await expectAccessible(element);

    // Cleared: nothing of this element's is left in the page's highlight.
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(marks(element)).to.deep.equal([]);
    expect(highlighted(element.shadowRoot!)).to.deep.equal([]);
  });

  it('changes no DOM in a segment whose matches changed but that holds no current match', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${pets}></verbatim-transcript>`);
    await type(element, 'the');
    expect(marks(element)).to.deep.equal(['a:the*', 'b:The', 'b:the']);
    const touched = new Set<string>();
    const note = (records: MutationRecord[]) => records.forEach((record) => {
      const inSegment = (record.target instanceof Element ? record.target : record.target.parentElement)?.closest<HTMLElement>('[data-segment-id]');
      if (inSegment) touched.add(inSegment.dataset.segmentId!);
    });
    const observer = new MutationObserver(note);
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    // Letter by letter: "the c" finds nothing, "the cat" finds a and b again with one match more each; the current match stays in a.
    await type(element, ' cat');
    note(observer.takeRecords());
    observer.disconnect();
    expect(marks(element)).to.deep.equal(['a:the cat*', 'b:The', 'b:the cat']);
    // Only the current match's segment holds elements for its matches; c never matched.
    expect([...touched].sort()).to.deep.equal(paints ? ['a'] : ['a', 'b']);
  });

  it('falls back to marks in every segment where the browser has no highlight API', async () => {
    const own = Object.getOwnPropertyDescriptor(CSS, 'highlights');
    Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true });
    try {
      const element = await transcriptFixture(html`<verbatim-transcript .transcript=${pets}></verbatim-transcript>`);
      await type(element, 'the cat');
      expect(marks(element)).to.deep.equal(['a:the cat*', 'b:The', 'b:the cat']);
      expect(segment(element, 'b').querySelectorAll('mark[part~=match]')).to.have.length(2);
      await expectAccessible(element);
    } finally {
      if (own) Object.defineProperty(CSS, 'highlights', own);
      else delete (CSS as { highlights?: unknown }).highlights;
    }
  });

  it('scrolls as the reader types only when the current match moves to another segment, and on every step', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${pets}></verbatim-transcript>`);
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      scrolled.push(this.closest<HTMLElement>('[data-segment-id]')?.dataset.segmentId ?? '');
      original.call(this, options);
    };
    try {
      await typeLetters(element, 'the');
      await frames(8);
      expect(scrolled.length, 'the first match is scrolled to').to.be.greaterThan(0);
      expect(new Set(scrolled)).to.deep.equal(new Set(['a']));
      scrolled.length = 0;
      await typeLetters(element, ' cat'); // the current match stays in a
      await frames(8);
      expect(scrolled).to.deep.equal([]);
      expect(marks(element)).to.deep.equal(['a:the cat*', 'b:The', 'b:the cat']);
      part<HTMLButtonElement>(element, 'next-match')!.click(); // b's occurrence
      await element.updateComplete;
      await frames(8);
      expect(scrolled).to.include('b');
      scrolled.length = 0;
      part<HTMLButtonElement>(element, 'next-match')!.click(); // back to a: a step scrolls wherever it goes
      await element.updateComplete;
      expect(scrolled).to.include('a');
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});
