import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { SearchHit } from '../../src/core/search.js';
import type { Transcript } from '../../src/core/types.js';
import { interview } from '../../src/data/interview.js';
import { count, marks, part, record, sample, segment, segments, settle, transcriptFixture } from './fixtures/transcript-helpers.js';
import { expectAccessible } from './helpers/axe.js';

/** Types `text` into the search box as a reader would. */
async function type(element: HTMLElement, text: string): Promise<void> {
  part<HTMLInputElement>(element, 'search')!.focus();
  await sendKeys({ type: text });
  await settle(element as never);
}

async function press(element: HTMLElement, key: string, shift = false): Promise<void> {
  const input = part<HTMLInputElement>(element, 'search')!;
  input.focus();
  if (!shift) await sendKeys({ press: key });
  else {
    try {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: key });
      await sendKeys({ up: 'Shift' });
    } catch {
      // WebDriver (WebKit here) cannot hold a modifier: send the key event the page would get.
      input.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: true, bubbles: true, composed: true, cancelable: true }));
    }
  }
  await settle(element as never);
}

const initialUrl = location.href;
afterEach(() => history.replaceState(null, '', initialUrl));

describe('<verbatim-transcript> reading', () => {
  it('shows every segment with its speaker, topic headings and a navigation of the topics', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    expect(segments(element).map((item) => item.dataset.segmentId)).to.deep.equal(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(segment(element, 's2').querySelector('[part~=speaker]')!.textContent).to.equal('Théo Martin');
    expect(segment(element, 's2').textContent).to.contain('A hologram is light that remembers a shape.');
    const headings = [...element.shadowRoot!.querySelectorAll('h2')].map((heading) => heading.textContent);
    expect(headings).to.deep.equal(['Light that remembers', 'Machines']);
    const nav = element.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Topics');
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).to.deep.equal(['Light that remembers', 'Machines']);
    expect(new URL(links[1]!.href).hash).to.equal('#verbatim-s3');
    expect(count(element)).to.equal('');
    await expectAccessible(element);
  });

  it('jumps to a topic from the navigation, focusing its heading and keeping it in the URL', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    element.shadowRoot!.querySelectorAll('nav a')[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(element.shadowRoot!.activeElement!.textContent).to.equal('Machines');
    expect(location.hash).to.equal('#verbatim-s3');
  });

  it('shows the bundled interview by default', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript></verbatim-transcript>`);
    await waitUntil(() => segments(element).length === interview.segments.length, 'every segment renders', { timeout: 40000 });
    expect(element.shadowRoot!.querySelectorAll('h2').length).to.equal(interview.topics.length);
  });

  it('renders a long transcript in batches, keeping all its text in the page', async function () {
    this.timeout(45000);
    const copies = 10;
    const long: Transcript = { ...sample, segments: Array.from({ length: copies * 100 }, (_, index) => ({ id: `p${index}`, speaker: 'host', text: `Paragraph number ${index}.` })), topics: [] };
    const element = document.createElement('verbatim-transcript');
    element.transcript = long;
    document.body.append(element);
    await element.updateComplete;
    // The task that brought the data renders none: the first batch comes in a task of its own.
    expect(segments(element)).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    const first = segments(element).length;
    expect(first).to.be.greaterThan(0).and.lessThan(long.segments.length);
    await waitUntil(() => segments(element).length === long.segments.length, 'every segment renders', { timeout: 40000 });
    expect(segment(element, 'p999').textContent).to.contain('Paragraph number 999.');
    element.remove();
  });

  it('shows invalid data in part error and fires verbatim-error', async () => {
    const element = document.createElement('verbatim-transcript');
    element.transcript = { ...sample, segments: [{ id: 's1', speaker: 'nobody', text: 'x' }] };
    const fired = oneEvent(element, 'verbatim-error');
    document.body.append(element);
    expect((await fired).detail.message).to.contain('segments[0].speaker');
    await element.updateComplete;
    expect(part(element, 'error')!.textContent).to.contain('nobody');
    await expectAccessible(element);
    element.remove();
  });
});

describe('<verbatim-transcript> search', () => {
  it('highlights every occurrence as the reader types, despite a typo, and announces the count', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const events = record<{ query: string; hits: SearchHit[] }>(element, 'verbatim-search');
    await type(element, 'holagram');
    expect(marks(element)).to.deep.equal(['s1:holograms*', 's2:hologram', 's2:hologram', 's4:hologram']);
    expect(count(element)).to.equal('1 of 4 matches');
    expect(part(element, 'match-count')!.getAttribute('role')).to.equal('status');
    expect(events.length).to.equal('holagram'.length);
    expect(events.at(-1)!.query).to.equal('holagram');
    expect(events.at(-1)!.hits.map((hit) => hit.segmentId).sort()).to.deep.equal(['s1', 's2', 's4']);
    expect(element.query).to.equal('holagram');
    await expectAccessible(element);
  });

  it('matches several words in any order, and a quoted phrase exactly', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    await type(element, 'translater universal');
    expect(marks(element)).to.deep.equal(['s6:universal*', 's6:translator']);
    element.search('"source open"');
    await settle(element);
    expect(marks(element)).to.deep.equal([]);
    expect(count(element)).to.equal('No matches');
    element.search('"open source"');
    await settle(element);
    expect(marks(element)).to.deep.equal(['s5:Open source*', 's6:Open source']);
  });

  it('moves between matches with the buttons, Enter and Shift+Enter, wrapping around', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    await type(element, 'calculator');
    const current = () => marks(element).findIndex((mark) => mark.endsWith('*'));
    expect(marks(element)).to.deep.equal(['s1:calculators*', 's3:calculator', 's3:calculator', 's4:calculator']);
    expect(count(element)).to.equal('1 of 4 matches');
    await press(element, 'Enter');
    expect(current()).to.equal(1);
    part(element, 'next-match')!.click();
    await settle(element);
    expect(current()).to.equal(2);
    expect(count(element)).to.equal('3 of 4 matches');
    await press(element, 'Enter');
    await press(element, 'Enter');
    expect(current()).to.equal(0);
    await press(element, 'Enter', true);
    expect(current()).to.equal(3);
    part(element, 'previous-match')!.click();
    await settle(element);
    expect(current()).to.equal(2);
    expect(count(element)).to.equal('3 of 4 matches');
  });

  it('scrolls the current match into view', async () => {
    const long: Transcript = {
      ...sample,
      segments: [...Array.from({ length: 60 }, (_, index) => ({ id: `p${index}`, speaker: 'host', text: `Filler paragraph ${index} about nothing much at all.` })),
        { id: 'end', speaker: 'guest', text: 'At last, the hologram.' }],
      topics: [],
    };
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${long}></verbatim-transcript>`);
    element.search('hologram');
    await settle(element);
    await waitUntil(() => {
      const box = element.shadowRoot!.querySelector('[part~=current-match]')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, 'the current match is in view');
  });

  it('clears the search with Escape, and with it the URL state', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const events = record<{ query: string }>(element, 'verbatim-search');
    await type(element, 'hologram');
    expect(location.hash).to.equal('#verbatim-search=hologram');
    await press(element, 'Escape');
    expect(part<HTMLInputElement>(element, 'search')!.value).to.equal('');
    expect(marks(element)).to.deep.equal([]);
    expect(count(element)).to.equal('');
    expect(location.hash).to.equal('');
    expect(events.at(-1)!.query).to.equal('');
  });

  it('searches from the query attribute and the search() method without firing verbatim-search', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript query="open source" .transcript=${sample}></verbatim-transcript>`);
    const events = record(element, 'verbatim-search');
    expect(part<HTMLInputElement>(element, 'search')!.value).to.equal('open source');
    expect(marks(element)).to.deep.equal(['s5:Open*', 's5:source', 's6:Open', 's6:source']);
    const hits = element.search('calculater');
    expect(hits.map((hit) => hit.segmentId).sort()).to.deep.equal(['s1', 's3', 's4']);
    await settle(element);
    expect(part<HTMLInputElement>(element, 'search')!.value).to.equal('calculater');
    expect(count(element)).to.equal('1 of 4 matches');
    expect(events).to.deep.equal([]);
  });

  it('builds a long transcript\'s index in slices: a search typed at once says "Preparing search…", then shows and announces its hits', async function () {
    this.timeout(30000);
    const long: Transcript = { ...sample, topics: [], quotes: [], segments: Array.from({ length: 20000 }, (_, index) => ({
      id: `p${index}`, speaker: index % 2 ? 'host' : 'guest', text: `Paragraph ${index} on ${index % 1000 ? 'glasses and calculators' : 'holograms'}.` })) };
    const element = document.createElement('verbatim-transcript');
    element.transcript = long;
    document.body.append(element);
    try {
      await waitUntil(() => part(element, 'search'), 'the search box shows');
      const events = record<{ query: string; hits: SearchHit[] }>(element, 'verbatim-search');
      const input = part<HTMLInputElement>(element, 'search')!;
      input.focus();
      input.value = 'holograms';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(count(element)).to.equal('Preparing search…');
      expect(events, 'no verbatim-search before the hits are known').to.have.length(0);
      // Moved in the page meanwhile (leaving it stops the build): the search still completes.
      element.remove();
      document.body.append(element);
      // The page's own timer gets tasks while the index is built.
      let ticks = 0;
      const tick = () => { ticks++; if (events.length === 0) setTimeout(tick); };
      setTimeout(tick);
      await waitUntil(() => events.length === 1, 'verbatim-search fires once the index is built', { timeout: 20000 });
      expect(ticks, 'page tasks while the index was built').to.be.greaterThan(1);
      expect(events[0]!.query).to.equal('holograms');
      expect(events[0]!.hits.map((hit) => hit.segmentId)).to.deep.equal(Array.from({ length: 20 }, (_, at) => `p${at * 1000}`));
      await element.updateComplete;
      expect(count(element)).to.equal('1 of 20 matches');
      expect(element.search('calculater')).to.have.length(19980);
    } finally {
      element.remove();
    }
  });

  it('filters by speaker and by topic', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript speaker="guest" query="hologram" .transcript=${sample}></verbatim-transcript>`);
    expect(marks(element)).to.deep.equal(['s2:hologram*', 's2:hologram', 's4:hologram']);
    element.removeAttribute('speaker');
    element.setAttribute('topic', 'machines');
    await settle(element);
    expect(marks(element)).to.deep.equal(['s4:hologram*']);
  });

  it('names the closest ids for an unknown speaker or topic and fires verbatim-error once per change', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const errors = record<{ message: string }>(element, 'verbatim-error');
    element.speaker = 'guests';
    await settle(element);
    expect(part(element, 'error')!.textContent).to.equal('No speaker "guests" in this transcript. Closest: "guest", "host".');
    element.query = 'hologram';
    await settle(element);
    element.speaker = undefined;
    element.topic = 'machine';
    await settle(element);
    expect(part(element, 'error')!.textContent).to.contain('No topic "machine" in this transcript. Closest: "machines"');
    expect(errors.map((error) => error.message)).to.have.length(2);
    await expectAccessible(element);
  });
});

describe('<verbatim-transcript> links', () => {
  it('opens a link to a segment: scrolls to it, marks it and focuses it', async () => {
    history.replaceState(null, '', '#verbatim-s4');
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const target = segment(element, 's4');
    expect(target.classList.contains('linked')).to.be.true;
    expect(element.shadowRoot!.activeElement).to.equal(target);
    expect(segments(element).filter((item) => item.classList.contains('linked'))).to.have.length(1);
  });

  it('opens a link to a search, and keeps a typed search in the URL', async () => {
    history.replaceState(null, '', '#verbatim-search=%22open%20source%22');
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    expect(part<HTMLInputElement>(element, 'search')!.value).to.equal('"open source"');
    expect(marks(element)).to.deep.equal(['s5:Open source*', 's6:Open source']);
    await press(element, 'Escape');
    await type(element, 'universal translator');
    const linked = location.href;
    history.replaceState(null, '', initialUrl);
    const again = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    expect(marks(again)).to.deep.equal([]);
    history.replaceState(null, '', linked);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(again);
    expect(marks(again)).to.deep.equal(['s6:universal*', 's6:translator']);
  });

  it('copies a link to a segment that opens the same segment', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      const button = segment(element, 's3').querySelector('button')!;
      expect(button.getAttribute('aria-label')).to.equal('Copy link to passage 3');
      button.click();
      // Generous: timers in a background tab (the runner tests two files at once) may fire late.
      await waitUntil(() => element.shadowRoot!.querySelector('.visually-hidden[role=status]')!.textContent === 'Link copied', 'the copy is announced', { timeout: 5000 });
      expect(button.textContent).to.equal('Copied');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    const url = new URL(copied[0]!);
    expect(url.href.split('#')[0]).to.equal(initialUrl.split('#')[0]);
    expect(url.hash).to.equal('#verbatim-s3');
    expect(location.hash).to.equal('#verbatim-s3');
    element.remove();
    const opened = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    expect(segment(opened, 's3').classList.contains('linked')).to.be.true;
    await expectAccessible(opened);
  });

  it('says so when the clipboard refuses, leaving the link in the address bar', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    try {
      segment(element, 's2').querySelector('button')!.click();
      await waitUntil(() => element.shadowRoot!.querySelector('.visually-hidden[role=status]')!.textContent!.includes('Could not copy'), 'the failure is announced', { timeout: 5000 });
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(location.hash).to.equal('#verbatim-s2');
  });
});
