import { expect, html } from '@open-wc/testing';
import type { Transcript } from '../../src/core/types.js';
import { loadInterviewProvenance } from '../../src/data/provenance.js';
import { expectAccessible } from './helpers/axe.js';
import { waitUntil } from './helpers/wait.js';
import { count, part, segment, transcriptFixture } from './fixtures/transcript-helpers.js';

/** A cold open that repeats a line said later, then the talk itself. */
const coldOpen: Transcript = {
  version: 1,
  id: 'cold-open',
  title: 'Compilers and us',
  language: 'en',
  speakers: [{ id: 'host', name: 'Ada Host', role: 'host' }, { id: 'guest', name: 'Grace Guest', role: 'guest' }],
  segments: [
    { id: 't1', speaker: 'guest', text: 'Compilers will change everything.', note: 'teaser' },
    { id: 's1', speaker: 'host', text: 'Welcome to the show.' },
    { id: 's2', speaker: 'guest', text: 'I believe compilers will change everything we do.' },
  ],
  topics: [],
  quotes: [],
};

const noteOf = (element: Element, id: string) => segment(element, id).querySelector('[part~=note]');
const currentSegment = (element: Element) =>
  element.shadowRoot!.querySelector('[part~=current-match]')!.closest<HTMLElement>('[part~=segment]')!.dataset.segmentId;

describe('<verbatim-transcript> segment notes', () => {
  it('labels a teaser segment "Teaser", inside the segment a screen reader reads, and no other', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${coldOpen}></verbatim-transcript>`);
    const note = noteOf(element, 't1')!;
    expect(note.textContent).to.equal('Teaser');
    expect(note.closest('[aria-hidden]')).to.equal(null);
    expect(segment(element, 't1').textContent).to.match(/Grace Guest\s+Teaser/);
    expect(noteOf(element, 's1')).to.equal(null);
    expect(noteOf(element, 's2')).to.equal(null);
    await expectAccessible(element);
  });

  it('says when the current match is in the teaser, and stops saying it at a match outside', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${coldOpen}></verbatim-transcript>`);
    element.search('compilers');
    await element.updateComplete;
    const seen = new Map<string, string>();
    for (let step = 0; step < 2; step++) {
      seen.set(currentSegment(element)!, count(element));
      part(element, 'next-match')!.click();
      await element.updateComplete;
    }
    expect(seen.get('t1')).to.match(/^\d of 2 matches in the teaser$/);
    expect(seen.get('s2')).to.match(/^\d of 2 matches$/);
    // The count is the search's live region: the hint is announced with it.
    expect(part(element, 'match-count')!.getAttribute('role')).to.equal('status');
    await expectAccessible(element);
  });

  it('takes the label and the search hint from `strings`', async () => {
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${coldOpen}
      .strings=${{ segmentNote: (note: string) => `[${note}]`, matchNote: () => ' dans la bande-annonce' }}></verbatim-transcript>`);
    expect(noteOf(element, 't1')!.textContent).to.equal('[teaser]');
    element.search('everything');
    await element.updateComplete;
    while (currentSegment(element) !== 't1') {
      part(element, 'next-match')!.click();
      await element.updateComplete;
    }
    expect(count(element)).to.contain('dans la bande-annonce');
  });

  it('shows any other note as written, as text', async () => {
    const note = '<img src=x onerror="window.pwned=1"> ad break';
    const noted = { ...coldOpen, segments: coldOpen.segments.map((entry) => (entry.id === 's1' ? { ...entry, note } : entry)) };
    const element = await transcriptFixture(html`<verbatim-transcript .transcript=${noted}></verbatim-transcript>`);
    expect(noteOf(element, 's1')!.textContent).to.equal(note);
    expect(noteOf(element, 's1')!.querySelector('img')).to.equal(null);
  });
});

describe('<verbatim-transcript> provenance of the bundled interview', () => {
  it('lists every correction for the bundled interview, in a closed disclosure', async function () {
    // axe over the whole interview and its 98 corrections, twice: slow on a busy machine.
    this.timeout(30000);
    const bundled = await transcriptFixture(html`<verbatim-transcript></verbatim-transcript>`);
    await waitUntil(() => part(bundled, 'provenance'), 'the bundled interview shows its provenance');
    await bundled.updateComplete;
    const { corrections } = await loadInterviewProvenance();
    expect(corrections.length).to.be.above(50);

    const details = part<HTMLDetailsElement>(bundled, 'provenance')!;
    expect(details.localName).to.equal('details');
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal(`Corrected from the automatic captions in ${corrections.length} places`);
    await expectAccessible(bundled);
    // The list loads when the reader opens the disclosure.
    expect(details.querySelectorAll('li')).to.have.length(0);
    details.querySelector('summary')!.click();
    await waitUntil(() => details.querySelectorAll('li').length > 0, 'the corrections load when opened');
    const items = [...details.querySelectorAll('li')];
    expect(items).to.have.length(corrections.length);
    const stark = corrections.findIndex((correction) => correction.raw === 'Tony Start');
    const text = items[stark]!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Tony Start').and.to.contain('corrected to').and.to.contain('Tony Stark').and.to.contain('speech recognition');
    expect(details.open).to.equal(true);
    await expectAccessible(bundled);
  });

  it('is never loaded for a transcript the page brings', async () => {
    const own = await transcriptFixture(html`<verbatim-transcript .transcript=${coldOpen}></verbatim-transcript>`);
    const srcOwn = await transcriptFixture(html`<verbatim-transcript src="/test/browser/fixtures/formats/talk.vtt"></verbatim-transcript>`);
    const bundled = await transcriptFixture(html`<verbatim-transcript></verbatim-transcript>`);
    await waitUntil(() => part(bundled, 'provenance'), 'the bundled interview shows its provenance');
    // The bundled one shows its disclosure by now: had the other two asked for it, they would show it too.
    own.requestUpdate();
    srcOwn.requestUpdate();
    await Promise.all([own.updateComplete, srcOwn.updateComplete]);
    expect(part(own, 'provenance')).to.equal(null);
    expect(part(srcOwn, 'provenance')).to.equal(null);
    expect(part(srcOwn, 'segment')).to.not.equal(null);
  });

  it('marks the interview\'s cold open as a teaser', async () => {
    const bundled = await transcriptFixture(html`<verbatim-transcript></verbatim-transcript>`);
    expect(noteOf(bundled, 's001')!.textContent).to.equal('Teaser');
    expect(noteOf(bundled, 's012')!.textContent).to.equal('Teaser');
    await waitUntil(() => segment(bundled, 's013'), 'the segments after the cold open are rendered');
    expect(noteOf(bundled, 's013')).to.equal(null);
  });
});
