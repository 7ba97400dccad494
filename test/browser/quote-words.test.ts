import { expect } from '@open-wc/testing';
import '../../src/components/quote/quote.js';
import type { VerbatimQuote } from '../../src/components/quote/quote.js';
import type { Transcript } from '../../src/core/types.js';
import { fallbackShown, part } from './fixtures/quote-helpers.js';
import { expectAccessible } from './helpers/axe.js';
import { record } from './helpers/elements.js';

/** A VTT with voice tags and times: "The light never sleeps" occurs three times (the first, Tom Hale's, at 0:12). */
const VTT = '/test/browser/fixtures/quote-words.vtt';

/** Two speakers; Ada's turn runs over two timed segments, and her words carry curly quotes and a dash. */
const turns: Transcript = {
  version: 1,
  id: 'turns',
  title: 'Notes on Engines',
  language: 'en',
  speakers: [{ id: 'ada', name: 'Ada Lovelace', role: 'guest' }, { id: 'charles', name: 'Charles Babbage' }],
  segments: [
    { id: 'a1', speaker: 'ada', text: 'The engine weaves algebraic patterns.', start: 62, end: 70 },
    { id: 'a2', speaker: 'ada', text: 'It has no pretensions — none — to “originate” anything.', start: 70, end: 80 },
    { id: 'c1', speaker: 'charles', text: 'It can follow analysis.', start: 80, end: 85 },
  ],
  topics: [],
  quotes: [],
};

/** The elements a test added, removed after it. */
const mounted: Element[] = [];
const unmount = () => mounted.splice(0).forEach((element) => element.remove());

const flat = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const text = (element: Element, name: string) => flat(part(element, name));

/** A quote with these attributes (and `.transcript`), with its events recorded from the start. */
async function mount(attributes: Record<string, string>, transcript?: Transcript) {
  const element = document.createElement('verbatim-quote');
  const errors = record<{ message: string }>(element, 'verbatim-error');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (transcript) element.transcript = transcript;
  const fallback = document.createElement('blockquote');
  fallback.append(Object.assign(document.createElement('p'), { textContent: 'The author’s own words' }));
  element.append(fallback);
  // Appended by hand: open-wc's fixture() waits for a frame before a plain element is ready, and a
  // page in the background (the runner runs files side by side) paints none.
  mounted.push(element);
  document.body.append(element);
  await element.updateComplete;
  return { element, errors };
}

describe('<verbatim-quote text>', () => {
  afterEach(unmount);

  it('verified: shows the transcript’s own words, speaker, time, a context link and the mark', async () => {
    const { element, errors } = await mount({ text: 'people think its lonely - it isnt', src: VTT, href: '/harbour.html' });
    expect(text(element, 'text')).to.equal('People think it’s lonely. It isn’t');
    expect(text(element, 'cite')).to.equal('— Tom Hale, Transcript, at 0:12');
    expect(text(element, 'check')).to.equal('Verified against the transcript');
    expect(part(element, 'check')!.dataset.state).to.equal('verified');
    expect(part(element, 'check')!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    const link = part<HTMLAnchorElement>(element, 'context-link')!;
    expect(flat(link)).to.equal('Read in context');
    expect(link.getAttribute('href')).to.match(/^\/harbour\.html#verbatim-s002&t=12:~:text=People%20think/);
    expect(fallbackShown(element)).to.equal(false);
    expect(errors).to.deep.equal([]);
    await expectAccessible(element);
  });

  it('runs across the segments of one speaker’s turn, ignoring curly quotes and dashes', async () => {
    const { element, errors } = await mount({ text: 'algebraic patterns. It has no pretensions -- none -- to "originate" anything', href: '/t.html' }, turns);
    expect(text(element, 'text')).to.equal('algebraic patterns. It has no pretensions — none — to “originate” anything.');
    expect(text(element, 'cite')).to.equal('— Ada Lovelace (guest), Notes on Engines, at 1:02');
    expect(part(element, 'context-link')!.getAttribute('href')).to.match(/^\/t\.html#verbatim-a1&t=62:~:text=/);
    expect(errors).to.deep.equal([]);
  });

  it('never runs across a change of speaker', async () => {
    const { element, errors } = await mount({ text: 'to “originate” anything. It can follow analysis.' }, turns);
    expect(part(element, 'base')).to.equal(null);
    expect(text(element, 'check')).to.equal('Not found in “Notes on Engines”: the transcript does not contain these words.');
    expect(errors).to.have.length(1);
  });

  it('ambiguous: shows the chosen occurrence and says which', async () => {
    const { element, errors } = await mount({ text: 'the light never sleeps', occurrence: '2', src: VTT });
    expect(text(element, 'text')).to.equal('The light never sleeps?');
    expect(text(element, 'cite')).to.equal('— Rosa Diaz, Transcript, at 0:25');
    expect(text(element, 'check')).to.equal('Occurs 3 times; showing the 2nd');
    expect(part(element, 'check')!.dataset.state).to.equal('ambiguous');
    expect(errors).to.deep.equal([]);
    await expectAccessible(element);
  });

  it('ambiguous without occurrence shows the 1st', async () => {
    const { element } = await mount({ text: 'THE LIGHT NEVER SLEEPS', src: VTT });
    expect(text(element, 'text')).to.equal('The light never sleeps');
    expect(text(element, 'check')).to.equal('Occurs 3 times; showing the 1st');
  });

  it('an occurrence beyond the last keeps the fallback and says how many there are', async () => {
    const { element, errors } = await mount({ text: 'the light never sleeps', occurrence: '4', src: VTT });
    expect(fallbackShown(element)).to.equal(true);
    expect(text(element, 'check')).to.equal('Occurs 3 times in the transcript; there is no 4th.');
    expect(errors.map((error) => error.message)).to.deep.equal(['“the light never sleeps” occurs 3 times in this transcript: there is no occurrence 4.']);
    await expectAccessible(element);
  });

  it('an occurrence that is not a positive whole number is reported in part error', async () => {
    const { element, errors } = await mount({ text: 'the light never sleeps', occurrence: 'second', src: VTT });
    expect(fallbackShown(element)).to.equal(true);
    expect(text(element, 'error')).to.equal('This quote could not be loaded.');
    expect(errors.map((error) => error.message)).to.deep.equal(['Set occurrence to a positive whole number: 1 for the first occurrence, 2 for the second, and so on.']);
  });

  it('not in the source: the fallback stays with a note, and verbatim-error gives the closest passage and a word diff', async () => {
    const { element, errors } = await mount({ text: 'The light never wakes, so neither do I.', src: VTT });
    expect(fallbackShown(element)).to.equal(true);
    expect(part(element, 'base')).to.equal(null);
    expect(text(element, 'check')).to.equal('Not found in “quote-words.vtt”: the transcript does not contain these words.');
    expect(part(element, 'check')!.dataset.state).to.equal('not-found');
    expect(errors.map((error) => error.message)).to.deep.equal([
      '“The light never wakes, so neither do I.” is not in this transcript. Closest, in segment s002: “The light never sleeps, so neither do I.”. Word by word: The light never [-wakes-] {+sleeps+} so neither do I',
    ]);
    await expectAccessible(element);
  });

  it('source unavailable: the fallback stays with a neutral note that claims nothing', async () => {
    const { element, errors } = await mount({ text: 'the light never sleeps', src: '/no/such/episode.vtt' });
    expect(fallbackShown(element)).to.equal(true);
    expect(text(element, 'error')).to.equal('Not checked: the transcript could not be loaded.');
    expect(part(element, 'error')!.querySelector('[part~=check]')!.getAttribute('data-state')).to.equal('unavailable');
    expect(flat(element.shadowRoot!.querySelector('.note'))).not.to.match(/verified|not found/i);
    expect(errors).to.have.length(1);
    await expectAccessible(element);
  });

  it('text wins over quote when both are set', async () => {
    const { element } = await mount({ quote: 'some-id', text: 'so neither do I', src: VTT });
    expect(text(element, 'text')).to.equal('so neither do I.');
    expect(text(element, 'check')).to.equal('Verified against the transcript');
  });

  it('keeps hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.verbatimHostile=1"><script>window.verbatimHostile=2</script>';
    const { element, errors } = await mount({ text: hostile, src: VTT, href: 'javascript:alert(1)' });
    expect(window.verbatimHostile).to.equal(undefined);
    expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(text(element, 'check')).to.match(/^Not found in/);
    expect(errors[0]!.message).to.contain('<img src=x');
  });

  it('takes its words from strings', async () => {
    const element = document.createElement('verbatim-quote');
    element.strings = { quoteVerified: 'Vérifié dans la transcription' };
    element.setAttribute('text', 'so neither do I');
    element.setAttribute('src', VTT);
    document.body.append(element);
    await element.updateComplete;
    expect(text(element, 'check')).to.equal('Vérifié dans la transcription');
    element.remove();
  });

  it('follows a change of text', async () => {
    const { element } = await mount({ text: 'so neither do I', src: VTT });
    element.text = 'the sea never stops';
    await element.updateComplete;
    expect(text(element, 'text')).to.equal('the sea never stops.');
    expect(text(element, 'cite')).to.equal('— Tom Hale, Transcript, at 1:05');
  });

  it('finds words in the bundled interview without src', async () => {
    const { element } = await mount({ text: 'Tony Stark' });
    expect(text(element, 'text')?.toLowerCase()).to.contain('tony stark');
    expect(part(element, 'check')).not.to.equal(null);
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'verbatim-quote': VerbatimQuote;
  }
}
