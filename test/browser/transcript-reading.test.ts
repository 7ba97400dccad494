import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VerbatimTranscript } from '../../src/components/transcript/transcript.js';
import type { Transcript } from '../../src/core/types.js';
import { count, marks, part, sample, segment, segments, setHash, transcriptFixture } from './fixtures/transcript-helpers.js';
import { expectAccessible } from './helpers/axe.js';
import { pressWithShift } from './helpers/keys.js';
import { waitUntil } from './helpers/wait.js';

const LONG = 'We kept talking about light, glasses and machines, and about what people will build with them over the next ten years. ';
/** Three chapters of twelve passages each, long enough to scroll, spoken in runs: host, host, guest, guest, guest, host… */
const long: Transcript = {
  ...sample,
  segments: Array.from({ length: 36 }, (_, index) => ({
    id: `p${index}`, speaker: [0, 1, 5].includes(index % 6) ? 'host' : 'guest', text: `${index}. ${LONG.repeat(3)}`,
  })),
  topics: ['first', 'second', 'third'].map((id, index) => ({ id, title: `Chapter ${id}`, summary: '', segments: [`p${index * 12}`, `p${index * 12 + 11}`], quotes: [] })),
};

const root = (element: Element): ShadowRoot => element.shadowRoot!;
const active = (element: Element): Element | null => root(element).activeElement;
const bar = (element: Element): HTMLElement => root(element).querySelector<HTMLElement>('.toolbar')!;

/** Presses `key`; "Shift+Tab" holds Shift while pressing Tab. */
async function press(element: VerbatimTranscript, key: string): Promise<void> {
  if (key === 'Shift+Tab') {
    // Where Shift cannot be held, focus goes to the tab stop before, as Shift+Tab does.
    await pressWithShift('Tab', () => {
      const stops = tabStops(element);
      (stops[stops.indexOf(active(element)!) - 1] as HTMLElement | undefined)?.focus();
    });
  } else {
    await sendKeys({ press: key });
  }
  await element.updateComplete;
  // What the reader sees: the next frame (WebKit applies a focus's scrolling by then, not at once).
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Everything a keyboard user can Tab to inside the element. */
const tabStops = (element: Element): Element[] =>
  [...root(element).querySelectorAll<HTMLElement>('button, a[href], input, select, summary, [tabindex="0"]')].filter((item) => item.tabIndex >= 0);

/** Fails when the focused element is (partly) under the sticky bar. */
function expectFocusClear(element: VerbatimTranscript, what: string): void {
  const focused = active(element) as HTMLElement | null;
  if (!focused || bar(element).contains(focused) || focused.closest('.menus')) return;
  const under = bar(element).getBoundingClientRect();
  const rect = focused.getBoundingClientRect();
  expect(rect.top >= under.bottom - 1 || rect.bottom <= under.top, `${what}: ${focused.outerHTML.slice(0, 80)} at ${rect.top}, bar ends at ${under.bottom}`).to.equal(true);
}

const initialUrl = location.href;
afterEach(() => history.replaceState(null, '', initialUrl));

describe('<verbatim-transcript> reading: navigation', () => {
  it('keeps the chapters in a one-line menu that names the chapter being read', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${long}></verbatim-transcript>`);
    await waitUntil(() => segments(element).length === 36, 'every passage renders');
    const menu = root(element).querySelector<HTMLDetailsElement>('details.chapters')!;
    expect(menu.open).to.equal(false);
    expect(menu.querySelector('summary')!.textContent!.trim()).to.equal('Chapters');
    // One line: the menu takes no more height than its button while closed.
    expect(menu.getBoundingClientRect().height).to.be.below(40);
    menu.querySelector('summary')!.click();
    expect(menu.open).to.equal(true);
    await expectAccessible(element);
    expect([...menu.querySelectorAll('a')].map((link) => link.textContent)).to.deep.equal(['Chapter first', 'Chapter second', 'Chapter third']);
    menu.querySelectorAll('a')[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(menu.open).to.equal(false);
    expect(location.hash).to.equal('#verbatim-p12');
    window.scrollBy(0, 40);
    await waitUntil(() => menu.querySelector('summary')!.textContent!.trim() === 'Chapter: Chapter second', 'the bar names the chapter');
    expect(menu.querySelector('a[aria-current]')!.textContent).to.equal('Chapter second');
  });

  it('names the chapter being read when its heading is far above, in an earlier block of passages', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${long}></verbatim-transcript>`);
    // Room below, so that the last passages can reach the top of the window.
    const room = document.createElement('div');
    room.style.height = '200vh';
    document.body.append(room);
    try {
      await waitUntil(() => segments(element).length === 36, 'every passage renders');
      const summary = () => root(element).querySelector('details.chapters summary')!.textContent!.trim();
      // Scrolled until the passage is at the top, below the bar (its scroll margin): WebKit may not
      // scroll into a block it skips (off screen) before that block is laid out.
      const scrollToTop = (id: string) => waitUntil(() => {
        segment(element, id).scrollIntoView();
        const top = segment(element, id).getBoundingClientRect().top;
        return top > bar(element).getBoundingClientRect().bottom && top < innerHeight / 2;
      }, `${id} at the top of the view`);
      // Passages go into blocks of 32: "Chapter third" begins at p24, in the first block; p32 and p33 are in the second.
      await scrollToTop('p33');
      await waitUntil(() => summary() === 'Chapter: Chapter third', `the bar names the chapter of p33, not "${summary()}"`);
      await scrollToTop('p13');
      await waitUntil(() => summary() === 'Chapter: Chapter second', `the bar names the chapter of p13, not "${summary()}"`);
      await expectAccessible(element);
    } finally {
      room.remove();
      scrollTo(0, 0);
    }
  });

  it('closes a menu with Escape, the focus back on its button', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const menu = root(element).querySelector<HTMLDetailsElement>('details.filters')!;
    menu.querySelector('summary')!.focus();
    await press(element, 'Enter');
    expect(menu.open).to.equal(true);
    (menu.querySelector('select') as HTMLElement).focus();
    await press(element, 'Escape');
    expect(menu.open).to.equal(false);
    expect(active(element)).to.equal(menu.querySelector('summary'));
  });

  it('groups a speaker\'s consecutive passages under one name', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${long}></verbatim-transcript>`);
    await waitUntil(() => segments(element).length === 36, 'every passage renders');
    const shownName = (id: string) => !segment(element, id).querySelector('[part~=speaker]')!.classList.contains('visually-hidden');
    expect(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map(shownName)).to.deep.equal([true, false, true, false, false, true, false]);
    // A chapter heading starts a new group.
    expect(shownName('p12')).to.equal(true);
    // Screen readers still hear each passage's speaker.
    expect(segment(element, 'p1').querySelector('[part~=speaker]')!.textContent).to.equal('Inès Araújo');
  });

  it('skips past the transcript', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const skip = root(element).querySelector<HTMLButtonElement>('.skip')!;
    expect(tabStops(element)[0]).to.equal(skip);
    skip.focus();
    await expectAccessible(element);
    await press(element, 'Enter');
    expect(active(element)!.textContent).to.equal('End of the transcript');
  });
});

describe('<verbatim-transcript> reading: filters', () => {
  it('filters by speaker and chapter from the bar, keeping them in the URL', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    root(element).querySelector<HTMLDetailsElement>('details.filters')!.open = true;
    const speaker = root(element).querySelector<HTMLSelectElement>('#speaker-filter')!;
    expect([...speaker.options].map((option) => option.text)).to.deep.equal(['Everyone', 'Inès Araújo', 'Théo Martin']);
    speaker.value = 'guest';
    speaker.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.speaker).to.equal('guest');
    expect(segments(element).map((item) => item.dataset.segmentId)).to.deep.equal(['s2', 's4', 's6']);
    expect([...root(element).querySelectorAll('.collapsed')].map((line) => line.textContent)).to.deep.equal(['1 passage hidden', '1 passage hidden', '1 passage hidden']);
    expect(location.hash).to.equal('#verbatim-speaker=guest');
    expect(root(element).querySelector('details.filters summary')!.textContent).to.equal('Filters (1)');
    await expectAccessible(element);
    const topic = root(element).querySelector<HTMLSelectElement>('#topic-filter')!;
    topic.value = 'machines';
    topic.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(segments(element).map((item) => item.dataset.segmentId)).to.deep.equal(['s4', 's6']);
    expect(location.hash).to.equal('#verbatim-speaker=guest;topic=machines');
    // Set by the page, not in the menu: the menu follows.
    element.speaker = undefined;
    await element.updateComplete;
    expect([speaker.value, topic.value]).to.deep.equal(['', 'machines']);
    expect(root(element).querySelector('details.filters summary')!.textContent).to.equal('Filters (1)');
    element.setAttribute('filters', 'topic');
    await element.updateComplete;
    expect([...root(element).querySelectorAll('select')].map((select) => select.id)).to.deep.equal(['topic-filter']);
  });

  it('opens filters and "Show matches only" from a link', async () => {
    setHash('#verbatim-search=hologram;speaker=guest;only=matches');
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    expect(element.speaker).to.equal('guest');
    expect(element.matchesOnly).to.equal(true);
    expect(root(element).querySelector<HTMLSelectElement>('#speaker-filter')!.value).to.equal('guest');
    expect(segments(element).map((item) => item.dataset.segmentId)).to.deep.equal(['s2', 's4']);
  });

  it('lists a long transcript\'s chapters in the filter a batch at a time, the one a link chose from the start', async () => {
    const many: Transcript = {
      ...sample, quotes: [],
      segments: Array.from({ length: 200 }, (_, index) => ({ id: `p${index}`, speaker: index % 2 ? 'host' : 'guest', text: `Passage ${index}.` })),
      topics: Array.from({ length: 100 }, (_, index) => ({ id: `t${index}`, title: `Chapter ${index}`, summary: '', segments: [`p${index * 2}`, `p${index * 2 + 1}`], quotes: [] })),
    };
    setHash('#verbatim-topic=t90');
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${many}></verbatim-transcript>`);
    const select = root(element).querySelector<HTMLSelectElement>('#topic-filter')!;
    expect(select.value).to.equal('t90');
    await waitUntil(() => select.options.length === 101 && segments(element).length === 2, 'every chapter is listed, the chosen one\'s passages shown');
    expect(segments(element).map((item) => item.dataset.segmentId)).to.deep.equal(['p180', 'p181']);
    expect([select.value, select.options[100]!.text]).to.deep.equal(['t90', 'Chapter 99']);
    root(element).querySelector<HTMLDetailsElement>('details.filters')!.open = true;
    await expectAccessible(element);
  });

  it('shows only the filter controls the filters attribute names', async () => {
    const none = await transcriptFixture(html`<verbatim-transcript filters="none" .transcript=${sample}></verbatim-transcript>`);
    expect(root(none).querySelectorAll('select').length).to.equal(0);
    const speakerOnly = await transcriptFixture(html`<verbatim-transcript filters="speaker" .transcript=${sample}></verbatim-transcript>`);
    expect([...root(speakerOnly).querySelectorAll('select')].map((select) => select.id)).to.deep.equal(['speaker-filter']);
  });
});

describe('<verbatim-transcript> reading: search counts what a reader sees', () => {
  it('counts adjacent words once, whatever their order, and steps per occurrence', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript query="open source" .transcript=${sample}></verbatim-transcript>`);
    expect(count(element)).to.equal('1 of 2 matches');
    expect(marks(element)).to.deep.equal(['s5:Open source*', 's6:Open source']);
    part<HTMLButtonElement>(element, 'next-match')!.click();
    await element.updateComplete;
    expect(marks(element)).to.deep.equal(['s5:Open source', 's6:Open source*']);
    element.search('source open');
    await element.updateComplete;
    expect(count(element)).to.equal('1 of 2 matches');
    await expectAccessible(element);
  });

  it('counts words found apart once per passage, all of them marked as current', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript query="shape hologram" .transcript=${sample}></verbatim-transcript>`);
    expect(count(element)).to.equal('1 of 1 matches');
    expect(marks(element)).to.deep.equal(['s2:hologram*', 's2:shape*', 's2:hologram*']);
  });

  it('keeps the count and the search box the same width as the count changes', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const widths = () => [part(element, 'match-count')!, part(element, 'search')!].map((item) => item.getBoundingClientRect().width);
    const before = widths();
    for (const query of ['hologram', 'zzzzzz', 'calculator']) {
      element.search(query);
      await element.updateComplete;
      expect(widths(), query).to.deep.equal(before);
    }
  });

  it('draws the current match inside its own words, not over the spaces around them', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript query="universal" .transcript=${sample}></verbatim-transcript>`);
    const current = root(element).querySelector<HTMLElement>('[part~=current-match]')!;
    const style = getComputedStyle(current);
    expect(style.outlineStyle === 'none' || Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth) <= 0).to.equal(true);
    expect(style.textDecorationLine).to.contain('underline');
  });

  it('shows matches only, the rest collapsed and the chapter headings kept', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript query="calculator" .transcript=${sample}></verbatim-transcript>`);
    const filters = root(element).querySelector<HTMLDetailsElement>('details.filters')!;
    filters.open = true;
    const only = root(element).querySelector<HTMLInputElement>('.matches-only input')!;
    expect(only.labels![0]!.textContent).to.equal('Show matches only');
    only.click();
    await element.updateComplete;
    expect(segments(element).map((item) => item.dataset.segmentId)).to.deep.equal(['s1', 's3', 's4']);
    expect([...root(element).querySelectorAll('h2, .collapsed')].map((item) => item.textContent)).to.deep.equal(['Light that remembers', '1 passage hidden', 'Machines', '2 passages hidden']);
    expect(location.hash).to.equal('#verbatim-search=calculator;only=matches');
    await expectAccessible(element);
  });
});

describe('<verbatim-transcript> reading: one tab stop', () => {
  it('is one tab stop that arrow keys move through, Enter into its buttons, Escape back', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const inList = tabStops(element).filter((item) => item.closest('.segments'));
    expect(inList.map((item) => (item as HTMLElement).dataset.segmentId ?? item.className)).to.deep.equal(['s1', 'copy-link', 'quote-passage']);
    segment(element, 's1').focus();
    await press(element, 'ArrowDown');
    expect(active(element)).to.equal(segment(element, 's2'));
    expect(segment(element, 's2').tabIndex).to.equal(0);
    expect(segment(element, 's1').tabIndex).to.equal(-1);
    await press(element, 'End');
    expect(active(element)).to.equal(segment(element, 's6'));
    await press(element, 'ArrowDown');
    expect(active(element)).to.equal(segment(element, 's6'));
    await press(element, 'Home');
    expect(active(element)).to.equal(segment(element, 's1'));
    await press(element, 'PageDown');
    expect((active(element) as HTMLElement).dataset.segmentId).to.not.equal('s1');
    await press(element, 'PageUp');
    expect(active(element)).to.equal(segment(element, 's1'));
    await press(element, 'Enter');
    expect(active(element)!.className).to.equal('copy-link');
    expect(getComputedStyle(active(element)!.parentElement!).opacity).to.equal('1');
    await expectAccessible(element);
    await press(element, 'Tab');
    expect(active(element)!.className).to.equal('quote-passage');
    await press(element, 'Escape');
    expect(active(element)).to.equal(segment(element, 's1'));
    // The other passages' buttons are not shown.
    expect(getComputedStyle(segment(element, 's3').querySelector('.actions')!).opacity).to.equal('0');
  });
});

describe('<verbatim-transcript> reading: focus never hidden', () => {
  it("gives the passages a scroll margin of the bar's height, and follows the bar when it grows", async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${long}></verbatim-transcript>`);
    const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);
    /** The passages' top scroll margin less the bar's height: the gap a jump leaves under the bar. */
    const gap = () => parseFloat(getComputedStyle(segment(element, 'p0')).scrollMarginTop) - bar(element).getBoundingClientRect().height;
    // 0.5rem below the bar, as the stylesheet asks (not the 8rem kept until the bar is measured).
    await waitUntil(() => Math.abs(gap() - rem() / 2) <= 1, `a scroll margin 0.5rem taller than the bar, not ${gap()} px`);
    const before = bar(element).getBoundingClientRect().height;
    // A reader's larger text: the bar grows, and so must the margin.
    document.documentElement.style.fontSize = '28px';
    try {
      await waitUntil(() => bar(element).getBoundingClientRect().height > before + 20, 'the bar grows with the text');
      await waitUntil(() => Math.abs(gap() - rem() / 2) <= 1, `the margin follows the taller bar, not ${gap()} px below it`);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps the focused control clear of the sticky bar, tabbing both ways and arrowing', async function () {
    this.timeout(30000);
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${long}></verbatim-transcript>`);
    await waitUntil(() => segments(element).length === 36, 'every passage renders');
    segment(element, 'p0').focus();
    for (let step = 0; step < 20; step++) {
      await press(element, 'ArrowDown');
      expectFocusClear(element, `ArrowDown ${step}`);
    }
    for (let step = 0; step < 8; step++) {
      await press(element, 'ArrowUp');
      expectFocusClear(element, `ArrowUp ${step}`);
    }
    // Scrolled so that the active passage's top is under the bar, backwards into it.
    await press(element, 'Enter');
    await press(element, 'Tab');
    const passage = (active(element) as HTMLElement).closest<HTMLElement>('[part~=segment]')!;
    window.scrollBy(0, passage.getBoundingClientRect().top - bar(element).getBoundingClientRect().bottom + 20);
    for (const key of ['Shift+Tab', 'Shift+Tab', 'Tab', 'Tab', 'Tab']) {
      await press(element, key);
      expectFocusClear(element, key);
    }
  });
});
