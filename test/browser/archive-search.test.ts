import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/archive-search.js';
import type { VerbatimArchiveSearch } from '../../src/archive-search.js';
import type { ArchiveHit, ArchiveSearch, ArchiveSearchOptions } from '../../src/core/archive/types.js';
import { ARCHIVE_SEARCH_STRINGS } from '../../src/components/archive-search/archive-search.js';
import { expectAccessible } from './helpers/axe.js';
import { recordReports } from './helpers/elements.js';
import { waitUntil } from './helpers/wait.js';

/** The demo archive (demo/archive/index, built by `npm run archive:demo`). */
const DEMO_ARCHIVE = '/demo/archive/index/';

/*
 * The test server turns .json files into JavaScript modules; the archive's files are fetched as
 * JSON from their module, everything else as usual. Counts the archive's requests by file.
 */
const originalFetch = window.fetch;
const archiveRequests: string[] = [];
before(() => {
  window.fetch = async (resource, init) => {
    const url = new URL(String(resource), location.href);
    if (!url.pathname.startsWith(DEMO_ARCHIVE)) return originalFetch(resource, init);
    archiveRequests.push(url.pathname.slice(DEMO_ARCHIVE.length));
    const module = (await import(url.pathname)) as { default: unknown };
    return new Response(JSON.stringify(module.default), { headers: { 'content-type': 'application/json' } });
  };
});
after(() => {
  window.fetch = originalFetch;
});

const shadow = (element: VerbatimArchiveSearch) => element.shadowRoot!;
const input = (element: VerbatimArchiveSearch) => shadow(element).querySelector<HTMLInputElement>('[part~=search]')!;
const status = (element: VerbatimArchiveSearch) => shadow(element).querySelector('[role=status]')!.textContent!.trim();
const results = (element: VerbatimArchiveSearch) => [...shadow(element).querySelectorAll<HTMLElement>('[part~=result]')];
const focused = (element: VerbatimArchiveSearch) => shadow(element).activeElement;

/** Types `text` into the search box as a reader does. */
async function type(element: VerbatimArchiveSearch, text: string): Promise<void> {
  input(element).focus();
  await sendKeys({ type: text });
}

const hit = (overrides: Partial<ArchiveHit> = {}): ArchiveHit => ({
  episode: { id: 'ep1', title: 'Episode one', published: '2024-06-10' },
  segmentId: 's1',
  speaker: 'Ana',
  start: 65,
  text: 'The bees found the garden.',
  ranges: [[4, 8]],
  href: '/episodes/ep1.html?t=65#verbatim-s1',
  score: 0,
  ...overrides,
});

/** A stand-in engine whose searches wait until the test settles them. */
function standIn() {
  const calls: { query: string; options: ArchiveSearchOptions; resolve: (hits: ArchiveHit[]) => void; reject: (error: Error) => void }[] = [];
  const engine: ArchiveSearch = {
    search: (query, options = {}) => new Promise((resolve, reject) => calls.push({ query, options, resolve, reject })),
    facets: async () => ({ speakers: ['Ana', 'Ben'], years: [2024, 2023] }),
  };
  return { engine, calls };
}

/** What the elements told the developer on the console, per test. */
const reports = recordReports();

describe('<verbatim-archive-search> over a static archive', () => {
  it('downloads nothing until the search box is focused, then finds words despite typos', async () => {
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search src=${DEMO_ARCHIVE}>
      <a href="/episodes/">All episodes</a></verbatim-archive-search>`);
    await expectAccessible(element);
    archiveRequests.length = 0;
    await element.updateComplete;
    expect(archiveRequests).to.deep.equal([]);
    expect(shadow(element).querySelector('.fallback')!.hasAttribute('hidden')).to.be.true;

    const searched = oneEvent(element, 'verbatim-archive-search');
    await type(element, 'hospitel');
    const { detail } = await searched;
    expect(detail.query).to.equal('hospitel');
    expect(detail.hits.map((found: ArchiveHit) => found.segmentId)).to.deep.equal(['s2', 's1'], '"hospital" is nearer than "hospitals"');
    expect(archiveRequests.filter((file) => file === 'manifest.json')).to.have.length(1);
    expect(archiveRequests.filter((file) => file.startsWith('vocabulary/'))).to.have.length(1, 'one letter');
    await element.updateComplete;

    expect(status(element)).to.equal('2 results in 1 episode');
    expect(shadow(element).querySelector('.episode')!.textContent).to.contain('Field Notes 2: Talking across languages');
    expect(shadow(element).querySelector('time')!.getAttribute('datetime')).to.equal('2024-05-02');
    const [first] = results(element);
    expect(first!.querySelector('.who')!.textContent).to.equal('Noor Haddad, at 0:08');
    expect([...first!.querySelectorAll('[part~=match]')].map((mark) => mark.textContent)).to.deep.equal(['hospital']);
    expect(first!.getAttribute('href')).to.equal('archive-episode.html?episode=translation&t=8#verbatim-s2:~:text=wrong%2C%20and%20in%20a%20hospital%20the%20tone%20matters');
    await expectAccessible(element);
  });

  it('filters by year and speaker from the archive', async () => {
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search src=${DEMO_ARCHIVE}></verbatim-archive-search>`);
    input(element).focus();
    await waitUntil(() => shadow(element).querySelector('select[name=year]'), 'the year filter appears');
    const years = [...shadow(element).querySelectorAll('select[name=year] option')].map((option) => option.textContent);
    expect(years).to.deep.equal(['Any year', '2025', '2024', '2023']);
    await type(element, 'open source ');
    await waitUntil(() => status(element) === '7 results in 2 episodes', `all results: ${status(element)}`);
    const year = shadow(element).querySelector<HTMLSelectElement>('select[name=year]')!;
    year.value = '2024';
    year.dispatchEvent(new Event('change'));
    await waitUntil(() => status(element) === '2 results in 1 episode', `2024 only: ${status(element)}`);
    const speaker = shadow(element).querySelector<HTMLSelectElement>('select[name=speaker]')!;
    speaker.value = 'Noor Haddad';
    speaker.dispatchEvent(new Event('change'));
    await waitUntil(() => status(element) === '1 result in 1 episode', `Noor in 2024: ${status(element)}`);
    await expectAccessible(element);
  });

  it('downloads only the postings and text of the query the reader stops at, when keys come at once', async () => {
    /** Puts `query` in the box as keys typed quickly do: one input event per letter, in one go. */
    const typeQuickly = (element: VerbatimArchiveSearch, query: string) => {
      input(element).focus();
      for (let at = 1; at <= query.length; at++) {
        input(element).value = query.slice(0, at);
        input(element).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
    };
    const searchedFor = (element: VerbatimArchiveSearch, query: string) => new Promise<ArchiveHit[]>((resolve) =>
      element.addEventListener('verbatim-archive-search', ({ detail }) => detail.query === query && resolve(detail.hits)));
    const downloaded = () => archiveRequests.filter((file) => /^(postings|text)\//.test(file)).sort();

    const typed = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search src=${DEMO_ARCHIVE}></verbatim-archive-search>`);
    archiveRequests.length = 0;
    const typedHits = searchedFor(typed, 'open source');
    typeQuickly(typed, 'open source');
    expect(await typedHits).to.have.length.above(0);
    const whileTyping = downloaded();
    expect(archiveRequests.filter((file) => file.startsWith('vocabulary/')), 'the vocabulary of each word, once').to.have.length(2);

    const entered = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search src=${DEMO_ARCHIVE}></verbatim-archive-search>`);
    archiveRequests.length = 0;
    const enteredHits = searchedFor(entered, 'open source');
    input(entered).focus();
    input(entered).value = 'open source';
    input(entered).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(await enteredHits).to.deep.equal(await typedHits);
    expect(whileTyping, 'the same files as the query entered at once').to.deep.equal(downloaded());
  });

  it('shows an error and fires verbatim-error for a folder that holds no archive', async () => {
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search src="/demo/no-archive/"></verbatim-archive-search>`);
    const failed = oneEvent(element, 'verbatim-error');
    await type(element, 'bees');
    const { detail } = await failed;
    expect(detail.message).to.match(/Could not load the archive file .*\/demo\/no-archive\/manifest\.json \(HTTP 404\)/);
    // The manifest fails for the facets and for the search the typing started, in either order:
    // the error shows from the first failure on.
    await waitUntil(() => shadow(element).querySelector('[part~=error]'), 'the error shows');
    // The reader gets a short sentence; the developer the reason, in the event and on the console.
    expect(shadow(element).querySelector('[part~=error]')!.textContent).to.equal('The archive could not be searched.');
    expect(reports).to.deep.equal([`<verbatim-archive-search>: ${detail.message}`]);
    await expectAccessible(element);
  });
});

describe('<verbatim-archive-search> with an engine', () => {
  it('announces searching, then results grouped by episode, as they arrive', async () => {
    const { engine, calls } = standIn();
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search .engine=${engine}></verbatim-archive-search>`);
    expect(status(element)).to.equal('');
    await type(element, 'bugs');
    // One search per input event. (No doubled letters: WebKit's driver types "zz" as "z".)
    await waitUntil(() => calls.at(-1)?.query === 'bugs', `the last search is for "bugs" (${calls.map((call) => call.query)})`);
    for (const older of calls.slice(0, -1)) {
      expect('bugs'.startsWith(older.query), older.query).to.be.true;
      expect(older.options.signal!.aborted, 'a newer keystroke abandons the older search').to.be.true;
    }
    await element.updateComplete;
    expect(status(element)).to.equal('Searching…');
    await expectAccessible(element);

    const last = calls.at(-1)!;
    last.options.onHits!([hit()]);
    await element.updateComplete;
    expect(results(element)).to.have.length(1);
    const second = hit({ segmentId: 's2', start: undefined, text: 'Bees again', ranges: [[0, 4]] });
    const third = hit({ episode: { id: 'ep2', title: 'Episode two' }, segmentId: 's9', speaker: undefined, start: 3 });
    const searched = oneEvent(element, 'verbatim-archive-search');
    last.resolve([hit(), second, third]);
    const { detail } = await searched;
    expect(detail).to.deep.equal({ query: 'bugs', hits: [hit(), second, third] });
    await element.updateComplete;
    expect(status(element)).to.equal('3 results in 2 episodes');
    const episodes = [...shadow(element).querySelectorAll('.episode')].map((episode) => episode.textContent!.trim().replace(/\s+/g, ' '));
    expect(episodes).to.deep.equal(['Episode oneJun 10, 2024', 'Episode two']);
    expect(results(element).map((result) => result.querySelector('.who')?.textContent)).to.deep.equal(['Ana, at 1:05', 'Ana', 'at 0:03']);
    await expectAccessible(element);
  });

  it('moves through the results with the arrow keys, Home, End and Escape', async () => {
    const { engine, calls } = standIn();
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search .engine=${engine}></verbatim-archive-search>`);
    await type(element, 'b');
    await waitUntil(() => calls.length === 1);
    calls[0]!.resolve([hit(), hit({ segmentId: 's2' }), hit({ segmentId: 's3' })]);
    await waitUntil(() => results(element).length === 3);
    const [first, second, third] = results(element);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(element)).to.equal(first);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(element)).to.equal(second);
    await sendKeys({ press: 'End' });
    expect(focused(element)).to.equal(third);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(element), 'stays on the last').to.equal(third);
    await sendKeys({ press: 'Home' });
    expect(focused(element)).to.equal(first);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(element), 'up from the first goes back to the box').to.equal(input(element));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    expect(focused(element)).to.equal(input(element));
  });

  it('asks the engine to wait before downloading while keys arrive quickly', async () => {
    const { engine, calls } = standIn();
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search .engine=${engine}></verbatim-archive-search>`);
    input(element).focus();
    for (const typed of ['b', 'be', 'bee']) {
      input(element).value = typed;
      input(element).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await waitUntil(() => calls.length === 3);
    expect(calls[0]!.options.delay, 'the first key searches at once').to.equal(undefined);
    expect(calls.slice(1).map((call) => call.options.delay! > 0)).to.deep.equal([true, true]);
    expect(calls.slice(0, 2).every((call) => call.options.signal!.aborted), 'the keys typed past abandon their searches').to.be.true;
    const speaker = oneEvent(element, 'verbatim-archive-search');
    calls[2]!.resolve([hit()]);
    await speaker;
    await waitUntil(() => shadow(element).querySelector('select[name=speaker]'), 'the filters show once results are in');
    const filter = shadow(element).querySelector<HTMLSelectElement>('select[name=speaker]')!;
    filter.value = 'Ana';
    filter.dispatchEvent(new Event('change'));
    await waitUntil(() => calls.length === 4);
    expect(calls[3]!.options.delay, 'a filter searches at once').to.equal(undefined);
  });

  it('says when nothing is found, and clearing the box clears the results', async () => {
    const { engine, calls } = standIn();
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search .engine=${engine}></verbatim-archive-search>`);
    await type(element, 'zq');
    await waitUntil(() => calls.at(-1)?.query === 'zq', `the last search is for "zq" (${calls.map((call) => call.query)})`);
    calls.at(-1)!.resolve([]);
    await waitUntil(() => status(element) === 'No results for “zq”.');
    await expectAccessible(element);
    const cleared = oneEvent(element, 'verbatim-archive-search');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    expect((await cleared).detail).to.deep.equal({ query: '', hits: [] });
    await element.updateComplete;
    expect(status(element)).to.equal('');
    expect(calls.at(-1)!.query, 'an empty box asks the engine nothing').to.equal('z');
  });

  it('shows the engine’s failure and fires verbatim-error', async () => {
    const { engine, calls } = standIn();
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search .engine=${engine}></verbatim-archive-search>`);
    await type(element, 'x');
    await waitUntil(() => calls.length === 1);
    const failed = oneEvent(element, 'verbatim-error');
    calls[0]!.reject(new Error('The search server is down.'));
    expect((await failed).detail).to.deep.equal({ message: 'The search server is down.' });
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~=error]')!.textContent).to.equal('The archive could not be searched.');
    expect(reports).to.deep.equal(['<verbatim-archive-search>: The search server is down.']);
    await expectAccessible(element);

    // The next key searches again: the error (an alert) stays in place while that search runs,
    // rather than leaving and coming back, and goes once a search succeeds.
    const error = shadow(element).querySelector('[part~=error]');
    await type(element, 'y');
    await waitUntil(() => calls.length === 2);
    await element.updateComplete;
    expect(status(element)).to.equal('Searching…');
    expect(shadow(element).querySelector('[part~=error]') === error, 'the same error element, shown throughout').to.equal(true);
    calls[1]!.resolve([hit()]);
    await waitUntil(() => !shadow(element).querySelector('[part~=error]'), 'the error goes once a search succeeds');
    expect(status(element)).to.equal('1 result in 1 episode');
  });

  it('keeps hostile text as text and drops unsafe links', async () => {
    const { engine, calls } = standIn();
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search .engine=${engine}></verbatim-archive-search>`);
    await type(element, 'x');
    await waitUntil(() => calls.length === 1);
    calls[0]!.resolve([hit({
      episode: { id: 'e', title: '<img src=x onerror="window.hacked=1">' },
      speaker: '<b>Mallory</b>',
      text: '<script>window.hacked=1</script> bees',
      ranges: [[33, 37], [-5, 2], [30, 99]],
      href: 'javascript:window.hacked=1',
    })]);
    await waitUntil(() => results(element).length === 1);
    const [result] = results(element);
    expect(result!.tagName).to.equal('DIV', 'no link for a javascript: URL');
    expect(result!.querySelector('.snippet')!.textContent).to.equal('<script>window.hacked=1</script> bees');
    expect([...result!.querySelectorAll('[part~=match]')].map((mark) => mark.textContent)).to.deep.equal(['bees']);
    expect(shadow(element).querySelector('.episode')!.textContent).to.contain('<img src=x');
    expect(shadow(element).querySelector('script, img, b')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('offers the engine’s facets as filters and passes the choice on', async () => {
    const { engine, calls } = standIn();
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search .engine=${engine}></verbatim-archive-search>`);
    await type(element, 'b');
    await waitUntil(() => shadow(element).querySelector('select[name=speaker]'));
    const speaker = shadow(element).querySelector<HTMLSelectElement>('select[name=speaker]')!;
    speaker.value = 'Ben';
    speaker.dispatchEvent(new Event('change'));
    await waitUntil(() => calls.length === 2);
    expect(calls[1]!.options).to.include({ speaker: 'Ben' });
    expect(calls[1]!.options.year).to.equal(undefined);
  });

  it('keeps each element’s filters its own when two share an engine, and a choice through later results', async () => {
    const { engine, calls } = standIn();
    const first = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search .engine=${engine}></verbatim-archive-search>`);
    const second = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search .engine=${engine}></verbatim-archive-search>`);
    const options = (element: VerbatimArchiveSearch) => [...shadow(element).querySelectorAll<HTMLOptionElement>('select[name=speaker] option')];
    input(second).focus();
    await type(first, 'b');
    await waitUntil(() => options(first).length === 3 && options(second).length === 3, 'both list the speakers');
    const speaker = shadow(first).querySelector<HTMLSelectElement>('select[name=speaker]')!;
    speaker.value = 'Ben';
    speaker.dispatchEvent(new Event('change'));
    await waitUntil(() => calls.length === 2);
    calls[1]!.resolve([hit(), hit({ segmentId: 's2' })]);
    await waitUntil(() => results(first).length === 2);
    expect(options(first).map((option) => [option.textContent, option.selected])).to.deep.equal([['Any speaker', false], ['Ana', false], ['Ben', true]]);
    expect(options(second).map((option) => option.selected)).to.deep.equal([true, false, false], 'the other element still offers any speaker');
  });

  it('takes other words through strings', async () => {
    const { engine, calls } = standIn();
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search .engine=${engine}></verbatim-archive-search>`);
    element.strings = { ...element.strings, label: 'Alle Folgen durchsuchen', noResults: (query) => `Nichts gefunden für „${query}“.` };
    await element.updateComplete;
    expect(shadow(element).querySelector('label')!.textContent).to.contain('Alle Folgen durchsuchen');
    await type(element, 'q');
    await waitUntil(() => calls.length === 1);
    calls[0]!.resolve([]);
    await waitUntil(() => status(element) === 'Nichts gefunden für „q“.');
  });
});

describe('<verbatim-archive-search> without an archive', () => {
  it('keeps the fallback link and explains what is missing', async () => {
    const element = await fixture<VerbatimArchiveSearch>(html`<verbatim-archive-search><a href="/episodes/">All episodes</a></verbatim-archive-search>`);
    expect(shadow(element).querySelector('.fallback')!.hasAttribute('hidden')).to.be.false;
    expect(shadow(element).querySelector('[part~=error]')!.textContent).to.equal('The archive could not be searched.');
    await element.updateComplete;
    expect(reports).to.deep.equal(['<verbatim-archive-search>: ' + ARCHIVE_SEARCH_STRINGS.noArchive]);
    await expectAccessible(element);
  });

  it('refuses a javascript: src', async () => {
    const element = document.createElement('verbatim-archive-search');
    const failed = oneEvent(element, 'verbatim-error');
    element.setAttribute('src', 'javascript:alert(1)');
    document.body.append(element);
    expect((await failed).detail.message).to.equal('The archive src "javascript:alert(1)" is not an http(s) or relative URL.');
    element.remove();
  });
});
