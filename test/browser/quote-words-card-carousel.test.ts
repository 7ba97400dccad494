import { expect } from '@open-wc/testing';
import '../../src/components/quote-carousel/quote-carousel.js';
import '../../src/components/topic-card/topic-card.js';
import type { Transcript } from '../../src/core/types.js';
import { fallbackShown, part } from './fixtures/quote-helpers.js';
import { expectAccessible } from './helpers/axe.js';
import { record } from './helpers/elements.js';

/** "The light never sleeps" occurs three times; Tom Hale's first turn starts at 0:12. */
const VTT = '/test/browser/fixtures/quote-words.vtt';

const harbour: Transcript = {
  version: 1,
  id: 'harbour',
  title: 'Tidewater',
  language: 'en',
  speakers: [{ id: 'rosa', name: 'Rosa Diaz', role: 'host' }, { id: 'tom', name: 'Tom Hale', role: 'guest' }],
  segments: [
    { id: 'r1', speaker: 'rosa', text: 'Welcome back to Tidewater.', start: 0, end: 5 },
    { id: 't1', speaker: 'tom', text: 'The light never sleeps, so neither do I.', start: 5, end: 9 },
    { id: 't2', speaker: 'tom', text: 'People think it’s lonely — it isn’t.', start: 9, end: 14 },
    { id: 'r2', speaker: 'rosa', text: 'The light never sleeps?', start: 14, end: 16 },
  ],
  topics: [{ id: 'light', title: 'Keeping the light', summary: 'Why a keeper never sleeps.', segments: ['r1', 'r2'], quotes: [] }],
  quotes: [],
};

/** The elements a test added, removed after it. */
const mounted: Element[] = [];
const unmount = () => mounted.splice(0).forEach((element) => element.remove());

const flat = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** Mounts `element` (with its events recorded from the start) and waits until what it shows is final. */
async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(element: T) {
  const errors = record<{ message: string }>(element, 'verbatim-error');
  // Appended by hand: open-wc's fixture() waits for a frame before a plain element is ready, and a
  // page in the background (the runner runs files side by side) paints none.
  mounted.push(element);
  document.body.append(element);
  await element.updateComplete;
  return { element, errors };
}

function card(quoteText: string) {
  const element = document.createElement('verbatim-topic-card');
  element.setAttribute('quote-text', quoteText);
  element.transcript = harbour;
  return element;
}

function carousel(quotes: { text: string; id?: string; occurrence?: string }[], attributes: Record<string, string> = {}) {
  const element = document.createElement('verbatim-quote-carousel');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const list = document.createElement('ul');
  for (const quote of quotes) {
    const blockquote = document.createElement('blockquote');
    if (quote.id) blockquote.id = quote.id;
    if (quote.occurrence) blockquote.dataset.occurrence = quote.occurrence;
    blockquote.append(Object.assign(document.createElement('p'), { textContent: quote.text }));
    blockquote.append(Object.assign(document.createElement('footer'), { textContent: '— someone' }));
    const item = document.createElement('li');
    item.append(blockquote);
    list.append(item);
  }
  element.append(list);
  return element;
}

describe('<verbatim-topic-card quote-text>', () => {
  afterEach(unmount);

  it('takes its key quote by its words, in the transcript’s own words, marked as verified', async () => {
    const { element, errors } = await mount(card('people think its lonely -- it isnt'));
    const quote = part(element, 'quote')!;
    expect(flat(quote.querySelector('blockquote'))).to.equal('People think it’s lonely — it isn’t.');
    expect(flat(quote.querySelector('figcaption'))).to.equal('— Tom Hale (guest), Tidewater');
    expect(flat(part(element, 'check'))).to.equal('Verified against the transcript');
    expect(errors).to.deep.equal([]);
    await expectAccessible(element);
  });

  it('says which occurrence it shows of words said several times', async () => {
    const { element } = await mount(card('the light never sleeps'));
    expect(flat(part(element, 'quote')!.querySelector('blockquote'))).to.equal('The light never sleeps');
    expect(flat(part(element, 'check'))).to.equal('Occurs 2 times; showing the 1st');
    expect(part(element, 'check')!.dataset.state).to.equal('ambiguous');
  });

  it('without the words in the transcript, shows the card without a quote and reports the diff', async () => {
    const { element, errors } = await mount(card('The light never wakes, so neither do I.'));
    expect(flat(part(element, 'title'))).to.equal('Keeping the light');
    expect(part(element, 'quote')).to.equal(null);
    expect(fallbackShown(element)).to.equal(false);
    expect(errors.map((error) => error.message)).to.deep.equal([
      '“The light never wakes, so neither do I.” is not in this transcript. Closest, in segment t1: “The light never sleeps, so neither do I.”. Word by word: The light never [-wakes-] {+sleeps+} so neither do I',
    ]);
    await expectAccessible(element);
  });
});

describe('<verbatim-quote-carousel> with slotted blockquotes', () => {
  afterEach(unmount);

  it('makes a slide of each blockquote, in the transcript’s words, with the mark and a passage link', async () => {
    const { element, errors } = await mount(carousel([
      { text: 'people think it’s lonely', id: 'lonely' },
      { text: 'The light never sleeps', occurrence: '3' },
    ], { src: VTT, href: '/episode.html' }));
    const slides = [...element.shadowRoot!.querySelectorAll('[part~=slide]')];
    expect(slides.map((slide) => flat(slide.querySelector('blockquote')))).to.deep.equal(['People think it’s lonely.', 'The light never sleeps']);
    expect(slides.map((slide) => slide.getAttribute('data-quote-id'))).to.deep.equal(['lonely', 'passage-2']);
    expect(flat(slides[0]!.querySelector('figcaption'))).to.equal('— Tom Hale, Transcript');
    expect(slides.map((slide) => flat(slide.querySelector('[part~=check]')))).to.deep.equal(['Verified against the transcript', 'Occurs 3 times; showing the 3rd']);
    expect(slides[1]!.querySelector('a')!.getAttribute('href')).to.match(/^\/episode\.html#verbatim-s004&t=65:~:text=The%20light%20never%20sleeps/);
    expect(fallbackShown(element)).to.equal(false);
    expect(errors).to.deep.equal([]);
    await expectAccessible(element);
  });

  it('leaves out the blockquotes that are not in the transcript and names them in verbatim-error', async () => {
    const { element, errors } = await mount(carousel([
      { text: 'so neither do I' },
      { text: 'The light always sleeps', id: 'wrong' },
    ], { src: VTT }));
    const slides = [...element.shadowRoot!.querySelectorAll('[part~=slide]')];
    expect(slides.map((slide) => flat(slide.querySelector('blockquote')))).to.deep.equal(['so neither do I.']);
    expect(flat(element.shadowRoot!.querySelector('.position'))).to.equal('1 / 1');
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.match(/^1 of 2 quotes is left out\.\nQuote 2 \(wrong\): “The light always sleeps” is not in this transcript\. Closest, in segment s00\d: “The light never sleeps[^”]*”\. Word by word: The light \[-always-\] \{\+never\+\} sleeps/);
    await expectAccessible(element);
  });

  it('keeps the fallback list when no blockquote is in the transcript', async () => {
    const { element, errors } = await mount(carousel([{ text: 'nothing of the sort' }], { src: VTT }));
    expect(fallbackShown(element)).to.equal(true);
    expect(element.shadowRoot!.querySelector('[part~=slide]')).to.equal(null);
    expect(flat(part(element, 'error'))).to.equal('These quotes could not be loaded.');
    expect(errors[0]!.message).to.match(/^1 of 1 quotes is left out\./);
    expect(errors).to.have.length(1);
    await expectAccessible(element);
  });

  it('keeps hostile words as text', async () => {
    const { element } = await mount(carousel([{ text: '<img src=x onerror="window.verbatimHostile=1">' }, { text: 'so neither do I' }], { src: VTT }));
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(window.verbatimHostile).to.equal(undefined);
  });

  it('follows a change of the list', async () => {
    const { element } = await mount(carousel([{ text: 'so neither do I' }], { src: VTT }));
    const list = element.querySelector('ul')!;
    list.replaceWith(carousel([{ text: 'the sea never stops' }]).querySelector('ul')!);
    await element.updateComplete;
    await element.updateComplete;
    const slides = [...element.shadowRoot!.querySelectorAll('[part~=slide]')];
    expect(slides.map((slide) => flat(slide.querySelector('blockquote')))).to.deep.equal(['the sea never stops.']);
  });
});
