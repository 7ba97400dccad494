import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VerbatimTranscript } from '../../src/components/transcript/transcript.js';
import type { VerbatimEventDetails } from '../../src/components/common/events.js';
import type { Transcript } from '../../src/core/types.js';
import { record, sample, segment, transcriptFixture } from './fixtures/transcript-helpers.js';
import { expectAccessible } from './helpers/axe.js';
import { stubClipboard } from './helpers/elements.js';
import { pressWithShift } from './helpers/keys.js';
import { waitUntil } from './helpers/wait.js';

type QuoteSelect = VerbatimEventDetails['verbatim-quote-select'];

/** One turn of three segments by the guest, then the host; a sentence said twice by the guest. */
const turns: Transcript = {
  version: 1, id: 'turns', title: 'Turns', language: 'en',
  speakers: [{ id: 'host', name: 'Ada', role: 'host' }, { id: 'guest', name: 'Charles' }],
  segments: [
    { id: 'a1', speaker: 'host', text: 'Tell me about engines.', start: 0, end: 4 },
    { id: 'b1', speaker: 'guest', text: 'The engine weaves numbers.', start: 4, end: 9 },
    { id: 'b2', speaker: 'guest', text: 'It weaves them as a loom weaves flowers.', start: 9, end: 15 },
    { id: 'a2', speaker: 'host', text: 'And then? The engine weaves numbers.', start: 83, end: 90 },
  ],
  topics: [], quotes: [],
};

const HOSTILE = '<img src=x onerror="alert(1)"> said <script>alert(2)</script> javascript:alert(3)';
const hostile: Transcript = {
  version: 1, id: 'hostile', title: 'Hostile "title" <b>', language: 'en',
  speakers: [{ id: 'x', name: '<b>Mallory</b>' }],
  segments: [{ id: 'h1', speaker: 'x', text: HOSTILE }],
  topics: [], quotes: [],
};

const page = (): string => location.href.split('#')[0]!;
const toolbar = (element: Element): HTMLElement | null => element.shadowRoot!.querySelector('.quote-toolbar');
const buttons = (element: Element): string[] => [...toolbar(element)?.querySelectorAll('button') ?? []].map((button) => button.textContent!.trim());
const announced = (element: Element): string => element.shadowRoot!.querySelector('.visually-hidden[role=status]')!.textContent ?? '';
const textOf = (element: Element, id: string): HTMLElement => segment(element, id).querySelector<HTMLElement>('.text')!;

/** The text node and offset at character `at` of a segment's rendered text. */
function point(element: Element, id: string, at: number): [Node, number] {
  const walker = document.createTreeWalker(textOf(element, id), NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (at <= seen + length) return [node, at - seen];
    seen += length;
  }
  throw new Error(`no character ${at} in ${id}`);
}

/** Selects, as a mouse drag would, from character `from` of one segment to `to` of another. */
function select(element: Element, [fromId, from]: [string, number], [toId, to]: [string, number]): void {
  const [startNode, startOffset] = point(element, fromId, from);
  const [endNode, endOffset] = point(element, toId, to);
  document.getSelection()!.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
}

/** Selects by dragging: pointer down on the text, the selection made, the pointer released. */
async function drag(element: VerbatimTranscript, from: [string, number], to: [string, number]): Promise<void> {
  textOf(element, from[0]).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  const changed = oneEvent(document, 'selectionchange');
  select(element, from, to);
  await changed;
  await element.updateComplete;
  expect(toolbar(element), 'no toolbar while the pointer is down').to.equal(null);
  window.dispatchEvent(new PointerEvent('pointerup'));
  // The quoting code loads at the first press: the selection is read on release, or on its arrival.
  await waitUntil(() => toolbar(element), 'the toolbar appears once the pointer is released');
}

/** Presses a key on the focused element, with Shift held when asked. */
async function press(key: string, shift = false): Promise<void> {
  return shift ? pressWithShift(key) : sendKeys({ press: key });
}

/** The clipboard's writes until restore(). */
function clipboard(): { copied: string[]; restore: () => void } {
  const copied: string[] = [];
  const restore = stubClipboard(async (text) => void copied.push(text));
  return { copied, restore };
}

const initialUrl = location.href;
afterEach(() => {
  document.getSelection()?.removeAllRanges();
  history.replaceState(null, '', initialUrl);
});

describe('<verbatim-transcript> quoting a selection', () => {
  it('shows the toolbar for words selected in one segment, whole words, and fires verbatim-quote-select', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const events = record<QuoteSelect>(element, 'verbatim-quote-select');
    // "ologram is lig": cut words are taken whole.
    select(element, ['s2', 3], ['s2', 16]);
    await waitUntil(() => toolbar(element), 'the toolbar appears');
    expect(events).to.deep.equal([{ text: 'hologram is light', segmentId: 's2', start: 2, end: 19, segments: [{ id: 's2', start: 2, end: 19 }] }]);
    const bar = toolbar(element)!;
    expect(bar.getAttribute('role')).to.equal('toolbar');
    expect(bar.getAttribute('aria-label')).to.equal('Quote the selection');
    // A transcript given as a property has no address for an embed.
    expect(buttons(element)).to.deep.equal(['Copy quote', 'Copy link']);
    await expectAccessible(element);
  });

  it('reads a mouse selection when the pointer is released, and places the toolbar next to it without covering it', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const events = record<QuoteSelect>(element, 'verbatim-quote-select');
    await drag(element, ['s4', 4], ['s4', 19]);
    expect(events.map((event) => event.text)).to.deep.equal(['calculator came']);
    const bar = toolbar(element)!.getBoundingClientRect();
    const range = document.createRange();
    range.setStart(...point(element, 's4', 4));
    range.setEnd(...point(element, 's4', 19));
    for (const rect of range.getClientRects()) {
      const overlaps = bar.left < rect.right && rect.left < bar.right && bar.top < rect.bottom && rect.top < bar.bottom;
      expect(overlaps, 'the toolbar leaves the words visible').to.be.false;
    }
    const words = range.getBoundingClientRect();
    expect(Math.min(Math.abs(bar.bottom - words.top), Math.abs(bar.top - words.bottom))).to.be.below(24);
    const host = element.getBoundingClientRect();
    expect(bar.left).to.be.at.least(host.left - 1);
    expect(bar.right).to.be.at.most(host.right + 1);
  });

  it('hides the toolbar when the selection is cleared, and ignores a selection outside the words', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    select(element, ['s1', 0], ['s1', 7]);
    await waitUntil(() => toolbar(element), 'the toolbar appears');
    const cleared = oneEvent(document, 'selectionchange');
    document.getSelection()!.removeAllRanges();
    await cleared;
    await element.updateComplete;
    expect(toolbar(element)).to.equal(null);
    const speaker = segment(element, 's1').querySelector('[part~=speaker]')!.firstChild!;
    const changed = oneEvent(document, 'selectionchange');
    document.getSelection()!.setBaseAndExtent(speaker, 0, speaker, 3);
    await changed;
    await element.updateComplete;
    expect(toolbar(element), 'a speaker name is not a quote').to.equal(null);
  });

  it('copies the quote with its attribution and link, and the link alone', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${turns}></verbatim-transcript>`);
    select(element, ['b1', 4], ['b1', 26]);
    await waitUntil(() => toolbar(element), 'the toolbar appears');
    const { copied, restore } = clipboard();
    try {
      toolbar(element)!.querySelectorAll('button')[0]!.click();
      await waitUntil(() => announced(element) === 'Quote copied', 'the copy is announced');
      toolbar(element)!.querySelectorAll('button')[1]!.click();
      await waitUntil(() => announced(element) === 'Link copied', 'the copy is announced');
    } finally {
      restore();
    }
    const link = `${page()}#verbatim-b1&t=4:~:text=engine%20weaves%20numbers.`;
    expect(copied).to.deep.equal([`“engine weaves numbers.”\n— Charles, Turns\n${link}`, link]);
    expect(toolbar(element), 'the toolbar stays for another action').to.not.equal(null);
  });

  it('copies an embed snippet naming the file, the page and, for words said twice, which occurrence it is', async () => {
    const src = new URL('./fixtures/formats/turns.vtt', import.meta.url).href;
    const element = await transcriptFixture(html`<verbatim-transcript src=${src}></verbatim-transcript>`);
    const events = record<QuoteSelect>(element, 'verbatim-quote-select');
    const { copied, restore } = clipboard();
    try {
      for (const [index, [id, from, to]] of ([['s002', 46, 50], ['s003', 14, 36]] as const).entries()) {
        select(element, [id, from], [id, to]);
        await waitUntil(() => events.length === index + 1 && buttons(element).length === 3, 'the toolbar is for the new passage');
        toolbar(element)!.querySelectorAll('button')[2]!.click();
        await waitUntil(() => copied.length === index + 1 && announced(element) === 'Embed code copied', 'the copy is announced');
      }
    } finally {
      restore();
    }
    expect(buttons(element)).to.deep.equal(['Copy quote', 'Copy link', 'Embed']);
    const [unique, repeated] = copied;
    expect(unique!.startsWith(`<verbatim-quote text="loom" src="${src}" href="${page()}"`)).to.be.true;
    expect(unique).to.contain('<blockquote');
    expect(unique).to.contain('Charles');
    expect(unique).to.contain('<script type="module"');
    expect(repeated).to.match(/^<verbatim-quote text="engine weaves numbers\." occurrence="2" /);
    expect(repeated).to.contain('#verbatim-s003&amp;t=83');
    await expectAccessible(element);
  });

  it('quotes a passage across the segments of one turn', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${turns}></verbatim-transcript>`);
    const events = record<QuoteSelect>(element, 'verbatim-quote-select');
    select(element, ['b1', 4], ['b2', 9]);
    await waitUntil(() => events.length === 1, 'the passage is chosen');
    expect(events[0]).to.deep.equal({
      text: 'engine weaves numbers. It weaves', segmentId: 'b1', start: 4, end: 26,
      segments: [{ id: 'b1', start: 4, end: 26 }, { id: 'b2', start: 0, end: 9 }],
    });
  });

  it('explains that a selection across speakers cannot be quoted', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const events = record<QuoteSelect>(element, 'verbatim-quote-select');
    select(element, ['s1', 0], ['s2', 10]);
    await waitUntil(() => toolbar(element), 'the explanation appears');
    expect(toolbar(element)!.textContent!.trim()).to.equal('A quote must come from one speaker: select words from a single turn.');
    expect(buttons(element)).to.deep.equal([]);
    expect(events).to.deep.equal([]);
    await waitUntil(() => announced(element).startsWith('A quote must come from one speaker'), 'it is announced');
    await expectAccessible(element);
  });

  it('quotes by keyboard: the first sentence, Shift+arrows by words, Enter copies, Escape cancels', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const events = record<QuoteSelect>(element, 'verbatim-quote-select');
    const quoteButton = segment(element, 's2').querySelector<HTMLButtonElement>('.quote-passage')!;
    expect(quoteButton.getAttribute('aria-label')).to.equal('Quote passage 2');
    quoteButton.focus();
    await press('Enter');
    await waitUntil(() => element.shadowRoot!.activeElement?.textContent === 'Copy quote', 'the toolbar has the focus');
    expect(events.at(-1)?.text).to.equal('A hologram is light that remembers a shape.');
    await waitUntil(() => announced(element).startsWith('Selected: “A hologram is light that remembers a shape.”'), 'the passage is announced');
    await expectAccessible(element);

    await press('ArrowLeft', true);
    expect(events.at(-1)?.text).to.equal('A hologram is light that remembers a');
    await press('ArrowRight', true);
    await press('ArrowRight', true);
    expect(events.at(-1)?.text).to.equal('A hologram is light that remembers a shape. My');
    await press('ArrowDown', true);
    expect(events.at(-1)).to.deep.equal({
      text: 'hologram is light that remembers a shape. My', segmentId: 's2', start: 2, end: 46, segments: [{ id: 's2', start: 2, end: 46 }],
    });
    await waitUntil(() => announced(element) === 'Selected: “hologram is light that remembers a shape. My”.', 'each change is announced');

    const { copied, restore } = clipboard();
    try {
      await press('Enter');
      await waitUntil(() => copied.length === 1, 'Enter copies the quote');
    } finally {
      restore();
    }
    expect(copied[0]).to.equal(`“hologram is light that remembers a shape. My”\n— Théo Martin (guest), Lights and machines\n${page()}#verbatim-s2:~:text=hologram%20is%20light%20that%20remembers%20a%20shape.%20My`);

    await press('Escape');
    await element.updateComplete;
    expect(toolbar(element)).to.equal(null);
    expect(element.shadowRoot!.activeElement).to.equal(quoteButton);
    expect(document.getSelection()!.isCollapsed || document.getSelection()!.rangeCount === 0).to.be.true;
  });

  it('moves between the toolbar buttons with the arrow keys', async () => {
    const src = new URL('./fixtures/formats/turns.vtt', import.meta.url).href;
    const element = await transcriptFixture(html`<verbatim-transcript src=${src}></verbatim-transcript>`);
    segment(element, 's001').querySelector<HTMLButtonElement>('.quote-passage')!.click();
    await waitUntil(() => element.shadowRoot!.activeElement?.textContent === 'Copy quote', 'the toolbar has the focus');
    await press('ArrowRight');
    expect(element.shadowRoot!.activeElement?.textContent).to.equal('Copy link');
    await press('ArrowLeft');
    await press('ArrowLeft');
    expect(element.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Embed');
  });

  it('keeps hostile text as text in the toolbar, the event and the clipboard', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${hostile}></verbatim-transcript>`);
    const events = record<QuoteSelect>(element, 'verbatim-quote-select');
    select(element, ['h1', 0], ['h1', HOSTILE.length]);
    await waitUntil(() => toolbar(element), 'the toolbar appears');
    expect(events[0]?.text).to.equal(HOSTILE);
    expect(element.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    const { copied, restore } = clipboard();
    try {
      toolbar(element)!.querySelectorAll('button')[0]!.click();
      await waitUntil(() => copied.length === 1, 'the quote is copied');
    } finally {
      restore();
    }
    expect(copied[0]!.startsWith(`“${HOSTILE}”\n— <b>Mallory</b>, Hostile "title" <b>\n`)).to.be.true;
    await expectAccessible(element);
  });

  it('follows the reading direction and the words a page gives it', async () => {
    const strings = { copyQuote: 'Copier la citation', quoteToolbar: 'Citer la sélection', quotePassage: 'Citer', quotePassageTo: (n: number) => `Citer le passage ${n}` };
    const element = await transcriptFixture(html`<verbatim-transcript dir="rtl" .strings=${strings} .transcript=${sample}></verbatim-transcript>`);
    const events = record<QuoteSelect>(element, 'verbatim-quote-select');
    const quoteButton = segment(element, 's4').querySelector<HTMLButtonElement>('.quote-passage')!;
    expect(quoteButton.textContent).to.equal('Citer');
    expect(quoteButton.getAttribute('aria-label')).to.equal('Citer le passage 4');
    quoteButton.click();
    await waitUntil(() => element.shadowRoot!.activeElement?.textContent === 'Copier la citation', 'the toolbar has the focus');
    expect(toolbar(element)!.getAttribute('aria-label')).to.equal('Citer la sélection');
    expect(events.at(-1)?.text).to.equal('The calculator came later, after the hologram.');
    // Right to left, Shift+Left moves the end onwards and Shift+Right back.
    await press('ArrowRight', true);
    expect(events.at(-1)?.text).to.equal('The calculator came later, after the');
    await press('ArrowLeft', true);
    expect(events.at(-1)?.text).to.equal('The calculator came later, after the hologram.');
    await expectAccessible(element);
  });
});
