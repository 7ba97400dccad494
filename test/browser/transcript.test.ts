import { expect, html, oneEvent } from '@open-wc/testing';
import { pressWithShift } from './helpers/keys.js';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { loadSearchCode } from '../../src/components/transcript/search-controller.js';
import type { VerbatimTranscript } from '../../src/components/transcript/transcript.js';
import type { SearchHit } from '../../src/core/search.js';
import type { Transcript } from '../../src/core/types.js';
import { interview } from '../../src/data/interview.js';
import { count, marks, part, record, sample, segment, segments, transcriptFixture } from './fixtures/transcript-helpers.js';
import { expectAccessible } from './helpers/axe.js';
import { stubClipboard } from './helpers/elements.js';

/** Types `text` into the search box as a reader would. */
async function type(element: VerbatimTranscript, text: string): Promise<void> {
  part<HTMLInputElement>(element, 'search')!.focus();
  // Focus loads the search code; keys typed before it arrives are searched (and announced) once, then.
  await loadSearchCode();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** A typed search reaches the URL once typing pauses, in one write. */
async function urlSettles(hash: string): Promise<void> {
  await waitUntil(() => location.hash === hash, `the URL says ${hash} (it says ${location.hash})`);
}

async function press(element: VerbatimTranscript, key: string, shift = false): Promise<void> {
  const input = part<HTMLInputElement>(element, 'search')!;
  input.focus();
  await (shift ? pressWithShift(key) : sendKeys({ press: key }));
  await element.updateComplete;
}

/** What the polite status region says. */
const announced = (element: Element): string => element.shadowRoot!.querySelector('.visually-hidden[role=status]')!.textContent ?? '';

/** Two transcripts of the sample with ids "first" and "second" in the page (built by hand: fixture() of a <div> waits for a frame a background tab may never draw). */
async function twoTranscripts(): Promise<[VerbatimTranscript, VerbatimTranscript]> {
  const page = document.body.appendChild(document.createElement('div'));
  const both = (['first', 'second'] as const).map((id) => {
    const element = page.appendChild(document.createElement('verbatim-transcript'));
    element.id = id;
    element.transcript = sample;
    return element;
  }) as [VerbatimTranscript, VerbatimTranscript];
  await Promise.all(both.map((element) => element.updateComplete));
  return both;
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
    // The number of segments shown after each task that rendered some.
    const batches: number[] = [];
    const observer = new MutationObserver(() => {
      const shown = segments(element).length;
      if (shown !== batches.at(-1)) batches.push(shown);
    });
    document.body.append(element);
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    const tasks: number[] = [];
    const countTasks = () => {
      tasks.push(segments(element).length);
      if (tasks.at(-1) !== long.segments.length) setTimeout(countTasks);
    };
    setTimeout(countTasks);
    await element.updateComplete;
    const [none, first] = batches;
    expect(none, 'the task that brought the data renders none').to.equal(0);
    expect(segments(element), 'updateComplete: the first batch, in a task of its own').to.have.length(first!);
    await waitUntil(() => segments(element).length === long.segments.length, 'every segment renders', { timeout: 40000 });
    observer.disconnect();
    expect(segment(element, 'p999').textContent).to.contain('Paragraph number 999.');
    // The first batch is a screenful, the rest come in batches with page tasks between them.
    expect(first).to.be.greaterThan(0).and.lessThan(long.segments.length);
    expect(batches.length).to.be.greaterThan(3);
    expect(new Set(tasks).size, 'page tasks ran between batches').to.be.greaterThan(2);
    element.remove();
  });

  it('shows invalid data in part error and fires verbatim-error', async () => {
    const element = document.createElement('verbatim-transcript');
    element.transcript = { ...sample, segments: [{ id: 's1', speaker: 'nobody', text: 'x' }] };
    const fired = oneEvent(element, 'verbatim-error');
    document.body.append(element);
    expect((await fired).detail.message).to.contain('segments[0].speaker');
    await element.updateComplete;
    expect(part(element, 'error')!.textContent).to.equal('This transcript could not be loaded.');
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
    expect(marks(element)).to.deep.equal(['s6:universal translator*']);
    element.search('"source open"');
    await element.updateComplete;
    expect(marks(element)).to.deep.equal([]);
    expect(count(element)).to.equal('No matches');
    element.search('"open source"');
    await element.updateComplete;
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
    await element.updateComplete;
    expect(current()).to.equal(2);
    expect(count(element)).to.equal('3 of 4 matches');
    await press(element, 'Enter');
    await press(element, 'Enter');
    expect(current()).to.equal(0);
    await press(element, 'Enter', true);
    expect(current()).to.equal(3);
    part(element, 'previous-match')!.click();
    await element.updateComplete;
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
    await element.updateComplete;
    await waitUntil(() => {
      // The match is in the last segment: it shows once the later batches are rendered.
      const box = element.shadowRoot!.querySelector('[part~=current-match]')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
    }, 'the current match is in view');
  });

  it('writes a typed search into the URL when typing pauses, not at every keystroke', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const replaceState = history.replaceState;
    let writes = 0;
    history.replaceState = function (this: History, ...args: Parameters<History['replaceState']>) {
      writes++;
      replaceState.apply(this, args);
    };
    try {
      await type(element, 'hologram');
      await urlSettles('#verbatim-search=hologram');
    } finally {
      history.replaceState = replaceState;
    }
    // One write per pause; a busy machine may pause once or twice between keys, not eight times.
    expect(writes).to.be.within(1, 'hologram'.length - 1);
  });

  it('clears the search with Escape, and with it the URL state', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const events = record<{ query: string }>(element, 'verbatim-search');
    await type(element, 'hologram');
    await urlSettles('#verbatim-search=hologram');
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
    expect(marks(element)).to.deep.equal(['s5:Open source*', 's6:Open source']);
    const hits = element.search('calculater');
    expect(hits.map((hit) => hit.segmentId).sort()).to.deep.equal(['s1', 's3', 's4']);
    await element.updateComplete;
    expect(part<HTMLInputElement>(element, 'search')!.value).to.equal('calculater');
    expect(count(element)).to.equal('1 of 4 matches');
    expect(events).to.deep.equal([]);
  });

  it('builds a long transcript\'s index in slices: a search typed at once says "Preparing search…", then shows and announces its hits', async function () {
    this.timeout(30000);
    // Words enough that the index takes several slices in every browser: 20,000 five-word segments took two in Firefox.
    const long: Transcript = { ...sample, topics: [], quotes: [], segments: Array.from({ length: 20000 }, (_, index) => ({
      id: `p${index}`, speaker: index % 2 ? 'host' : 'guest', text: `Paragraph ${index} on ${index % 1000 ? 'glasses and calculators' : 'holograms'}, said at some length by one speaker to another about what comes next.` })) };
    const element = document.createElement('verbatim-transcript');
    element.transcript = long;
    document.body.append(element);
    try {
      await waitUntil(() => part(element, 'search'), 'the search box shows');
      const events = record<{ query: string; hits: SearchHit[] }>(element, 'verbatim-search');
      const input = part<HTMLInputElement>(element, 'search')!;
      input.focus();
      input.value = 'holograms';
      // What the count says, and how many verbatim-search events had fired then.
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(`${count(element)} (${events.length})`));
      observer.observe(part(element, 'match-count')!, { childList: true, subtree: true, characterData: true });
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      // Moved in the page meanwhile (leaving it stops the build): the search still completes.
      element.remove();
      document.body.append(element);
      // The page's own timer gets tasks while the index is built.
      let ticks = 0;
      const tick = () => { ticks++; if (events.length === 0) setTimeout(tick); };
      setTimeout(tick);
      await element.updateComplete;
      observer.disconnect();
      expect(said[0], 'no verbatim-search before the hits are known').to.equal('Preparing search… (0)');
      expect(events, 'verbatim-search fires once the index is built').to.have.length(1);
      expect(ticks, 'page tasks while the index was built').to.be.greaterThan(1);
      expect(events[0]!.query).to.equal('holograms');
      expect(events[0]!.hits.map((hit) => hit.segmentId)).to.deep.equal(Array.from({ length: 20 }, (_, at) => `p${at * 1000}`));
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
    await element.updateComplete;
    expect(marks(element)).to.deep.equal(['s4:hologram*']);
  });

  it('names the closest ids for an unknown speaker or topic and fires verbatim-error once per change', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const errors = record<{ message: string }>(element, 'verbatim-error');
    element.speaker = 'guests';
    await element.updateComplete;
    expect(part(element, 'error')!.textContent).to.equal('This speaker or topic is not in the transcript.');
    expect(errors[0]!.message).to.equal('No speaker "guests" in this transcript. Closest: "guest", "host".');
    element.query = 'hologram';
    await element.updateComplete;
    element.speaker = undefined;
    element.topic = 'machine';
    await element.updateComplete;
    expect(part(element, 'error')!.textContent).to.equal('This speaker or topic is not in the transcript.');
    expect(errors[1]!.message).to.contain('No topic "machine" in this transcript. Closest: "machines"');
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
    await urlSettles('#verbatim-search=universal%20translator');
    const linked = location.href;
    history.replaceState(null, '', initialUrl);
    const again = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    expect(marks(again)).to.deep.equal([]);
    history.replaceState(null, '', linked);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await again.updateComplete;
    expect(marks(again)).to.deep.equal(['s6:universal translator*']);
  });

  it('copies a link to a segment that opens the same segment', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample}></verbatim-transcript>`);
    const copied: string[] = [];
    const restore = stubClipboard(async (text) => void copied.push(text));
    try {
      const button = segment(element, 's3').querySelector('button')!;
      expect(button.getAttribute('aria-label')).to.equal('Copy link to passage 3');
      button.click();
      await waitUntil(() => announced(element) === 'Link copied', 'the copy is announced');
      expect(button.textContent).to.equal('Copied');
    } finally {
      restore();
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
    const restore = stubClipboard(() => Promise.reject(new Error('denied')));
    try {
      segment(element, 's2').querySelector('button')!.click();
      await waitUntil(() => announced(element).includes('Could not copy'), 'the failure is announced');
    } finally {
      restore();
    }
    expect(location.hash).to.equal('#verbatim-s2');
  });

  it('keeps the state of two transcripts on one page apart in the URL', async () => {
    const [first, second] = await twoTranscripts();
    await type(first, 'hologram');
    await urlSettles('#verbatim-first:search=hologram');
    expect(marks(second), 'the second one does not search').to.deep.equal([]);
    await type(second, 'calculator');
    await urlSettles('#verbatim-first:search=hologram&verbatim-second:search=calculator');
    segment(second, 's5').querySelector('button')!.click();
    expect(location.hash).to.equal('#verbatim-first:search=hologram&verbatim-second:s5');
    // The same URL opened again: each transcript takes its own state.
    const linked = location.href;
    first.parentElement!.remove();
    history.replaceState(null, '', linked);
    const [one, two] = await twoTranscripts();
    expect(part<HTMLInputElement>(one, 'search')!.value).to.equal('hologram');
    expect(part<HTMLInputElement>(two, 'search')!.value).to.equal('');
    expect(segment(two, 's5').classList.contains('linked')).to.be.true;
    expect(segment(one, 's5').classList.contains('linked')).to.be.false;
    // A link from a quote names no transcript: both may take it.
    history.replaceState(null, '', '#verbatim-search=calculator');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await Promise.all([one.updateComplete, two.updateComplete]);
    expect(part<HTMLInputElement>(two, 'search')!.value).to.equal('calculator');
    one.parentElement!.remove();
  });
});

describe('<verbatim-transcript> strings', () => {
  it('shows and announces the words a page gives it, e.g. in French', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${sample} .strings=${{
      searchLabel: 'Rechercher dans la transcription', noMatches: 'Aucun résultat', topics: 'Sujets',
      matchCount: (current: number, total: number) => `${current} sur ${total}`, matchesSuffix: ' résultats',
      copyLinkTo: (passage: number) => `Copier le lien du passage ${passage}`, copyLink: 'Copier le lien', linkCopied: 'Lien copié',
    }}></verbatim-transcript>`);
    expect(element.shadowRoot!.querySelector('label[for=search]')!.textContent).to.equal('Rechercher dans la transcription');
    expect(element.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Sujets');
    await type(element, 'hologram');
    expect(count(element)).to.equal('1 sur 4 résultats');
    await type(element, 'zzzzqqq');
    expect(count(element)).to.equal('Aucun résultat');
    expect(part(element, 'next-match')!.getAttribute('aria-label'), 'untranslated words keep the default').to.equal('Next match');
    await expectAccessible(element);
    const restore = stubClipboard(async () => undefined);
    try {
      const button = segment(element, 's2').querySelector('button')!;
      expect(button.getAttribute('aria-label')).to.equal('Copier le lien du passage 2');
      button.click();
      await waitUntil(() => announced(element) === 'Lien copié', 'the copy is announced in French');
    } finally {
      restore();
    }
  });
});
