import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { interview } from '../../src/data/interview.js';
import type { VerbatimQuoteCarousel } from '../../src/components/quote-carousel/quote-carousel.js';
import { carousel, part, sample, shownQuoteId, shownSlide, slides, swipe } from './fixtures/carousel-helpers.js';
import { expectAccessible } from './helpers/axe.js';
import { recordReports } from './helpers/elements.js';
import { waitUntil } from './helpers/wait.js';

/** Records every verbatim-slide-change detail the element fires. */
function recordSlideChanges(element: Element): { index: number; quoteId: string }[] {
  const seen: { index: number; quoteId: string }[] = [];
  element.addEventListener('verbatim-slide-change', (event) => seen.push((event as CustomEvent).detail));
  return seen;
}

/** Records every verbatim-error message. */
function recordErrors(element: Element): string[] {
  const seen: string[] = [];
  element.addEventListener('verbatim-error', (event) => seen.push((event as CustomEvent).detail.message));
  return seen;
}

describe('<verbatim-quote-carousel> slides', () => {
  it('makes one slide per quote with its text and attribution, named "N of M" in a labelled carousel region', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    const base = part(element, 'base')!;
    expect(base.localName).to.equal('section');
    expect(base.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(base.getAttribute('aria-label')).to.equal('Quotes from Notes on Engines');
    const all = slides(element);
    expect(all.map((slide) => slide.dataset.quoteId)).to.deep.equal(['q-loom', 'q-question', 'q-originate', 'q-province']);
    expect(all.map((slide) => slide.getAttribute('aria-label'))).to.deep.equal(['1 of 4', '2 of 4', '3 of 4', '4 of 4']);
    for (const slide of all) {
      expect(slide.getAttribute('role')).to.equal('group');
      expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
    }
    const first = shownSlide(element)!;
    expect(first.querySelector('blockquote')!.textContent).to.contain('The engine weaves algebraic patterns');
    expect(first.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('— Ada Lovelace (guest), Notes on Engines');
    expect(element.shadowRoot!.querySelector('.position')!.textContent).to.equal('1 / 4');
    await expectAccessible(element);
  });

  it('uses the label attribute as the region name', async () => {
    const element = await carousel(html`<verbatim-quote-carousel label="Highlights" .transcript=${sample}></verbatim-quote-carousel>`);
    expect(part(element, 'base')!.getAttribute('aria-label')).to.equal('Highlights');
  });

  it('keeps hidden slides inert and invisible, and announces changes politely when not rotating', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    const [first, ...others] = slides(element);
    expect(first!.inert).to.be.false;
    expect(getComputedStyle(first!).visibility).to.equal('visible');
    for (const slide of others) {
      expect(slide.inert).to.be.true;
      expect(getComputedStyle(slide).visibility).to.equal('hidden');
    }
    expect(element.shadowRoot!.querySelector('.slides')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('filters by topic, by speaker and by both', async () => {
    const byTopic = await carousel(html`<verbatim-quote-carousel topic="limits" .transcript=${sample}></verbatim-quote-carousel>`);
    expect(slides(byTopic).map((slide) => slide.dataset.quoteId)).to.deep.equal(['q-question', 'q-originate', 'q-province']);
    const bySpeaker = await carousel(html`<verbatim-quote-carousel speaker="ada" .transcript=${sample}></verbatim-quote-carousel>`);
    expect(slides(bySpeaker).map((slide) => slide.dataset.quoteId)).to.deep.equal(['q-loom', 'q-originate', 'q-province']);
    const byBoth = await carousel(html`<verbatim-quote-carousel topic="limits" speaker="ada" .transcript=${sample}></verbatim-quote-carousel>`);
    expect(slides(byBoth).map((slide) => slide.getAttribute('aria-label'))).to.deep.equal(['1 of 2', '2 of 2']);
    expect(shownQuoteId(byBoth)).to.equal('q-originate');
  });

  it('starts again at the first slide when the filter changes', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    element.goTo(3);
    element.speaker = 'babbage';
    await element.updateComplete;
    expect(element.index).to.equal(0);
    expect(shownQuoteId(element)).to.equal('q-question');
  });

  it('links each slide to its context on the href page, with a text fragment', async () => {
    const element = await carousel(html`<verbatim-quote-carousel href="/talk.html#old" topic="limits" .transcript=${sample}></verbatim-quote-carousel>`);
    const link = shownSlide(element)!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/talk.html#verbatim-s3:~:text=And%20what%20can%20it%20not%20do%3F');
    expect(link.textContent).to.equal('Read it in context');
  });

  it('has no context link without href, and ignores an unsafe href with a warning', async () => {
    const plain = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    expect(plain.shadowRoot!.querySelector('a')).to.equal(null);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const unsafe = await carousel(html`<verbatim-quote-carousel href="javascript:alert(1)" .transcript=${sample}></verbatim-quote-carousel>`);
      expect(unsafe.shadowRoot!.querySelector('a')).to.equal(null);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('javascript:alert(1)');
  });

  it('shows the bundled interview by default', async () => {
    const element = await carousel(html`<verbatim-quote-carousel></verbatim-quote-carousel>`);
    await waitForSlides(element);
    expect(slides(element)).to.have.length(interview.quotes.length);
    expect(part(element, 'base')!.getAttribute('aria-label')).to.equal(`Quotes from ${interview.title}`);
    expect(shownSlide(element)!.querySelector('blockquote')!.textContent).to.equal(interview.quotes[0]!.text);
  });
});

async function waitForSlides(element: VerbatimQuoteCarousel): Promise<void> {
  await waitUntil(() => slides(element).length > 0, 'the slides show');
  await element.updateComplete;
}

describe('<verbatim-quote-carousel> errors', () => {
  const reports = recordReports();

  it('names the closest topics for an unknown topic, once per change', async () => {
    const element = document.createElement('verbatim-quote-carousel');
    element.transcript = sample;
    element.topic = 'limit';
    const errors = recordErrors(element);
    document.body.append(element);
    await element.updateComplete;
    expect(part(element, 'error')!.textContent).to.equal('These quotes could not be loaded.');
    expect(reports).to.deep.equal(['<verbatim-quote-carousel>: No topic "limit" in this transcript. Closest: "limits", "coda", "patterns".']);
    expect(part(element, 'base')).to.equal(null);
    element.label = 'Re-rendered';
    await element.updateComplete;
    expect(errors).to.have.length(1);
    element.topic = 'pattern';
    await element.updateComplete;
    expect(errors).to.have.length(2);
    expect(errors[1]).to.contain('"patterns"');
    element.topic = 'patterns';
    await element.updateComplete;
    expect(part(element, 'error')).to.equal(null);
    expect(slides(element)).to.have.length(1);
    await expectAccessible(element);
    element.remove();
  });

  it('names the closest speakers for an unknown speaker', async () => {
    const element = await carousel(html`<verbatim-quote-carousel speaker="adda" .transcript=${sample}></verbatim-quote-carousel>`);
    expect(part(element, 'error')!.textContent).to.equal('These quotes could not be loaded.');
    expect(reports[0]).to.match(/^<verbatim-quote-carousel>: No speaker "adda" in this transcript\. Closest: "ada"/);
    await expectAccessible(element);
  });

  it('explains a filter that matches no quote and names what would', async () => {
    const element = document.createElement('verbatim-quote-carousel');
    element.transcript = sample;
    element.topic = 'patterns';
    element.speaker = 'babbage';
    const fired = oneEvent(element, 'verbatim-error');
    document.body.append(element);
    const event = await fired;
    expect(event.detail.message).to.equal(
      'No quotes match topic "patterns" and speaker "babbage". Closest topics with quotes: "limits". Closest speakers with quotes: "ada".',
    );
    await element.updateComplete;
    expect(part(element, 'error')!.textContent).to.equal('These quotes could not be loaded.');
    expect(reports).to.deep.equal([`<verbatim-quote-carousel>: ${event.detail.message}`]);
    element.remove();
  });

  it('reports a speaker without quotes and a transcript without quotes', async () => {
    const silent = await carousel(html`<verbatim-quote-carousel speaker="silent" .transcript=${sample}></verbatim-quote-carousel>`);
    expect(part(silent, 'error')!.textContent).to.equal('These quotes could not be loaded.');
    expect(reports[0]).to.equal('<verbatim-quote-carousel>: No quotes match speaker "silent". Closest speakers with quotes: "ada", "babbage".');
    const empty = await carousel(html`<verbatim-quote-carousel .transcript=${{ ...sample, quotes: [], topics: [] }}></verbatim-quote-carousel>`);
    expect(part(empty, 'error')!.textContent).to.equal('These quotes could not be loaded.');
    expect(reports[1]).to.equal('<verbatim-quote-carousel>: This transcript has no quotes to show.');
  });

  it('shows a src that cannot be loaded in part error', async () => {
    const element = document.createElement('verbatim-quote-carousel');
    element.src = '/test/browser/fixtures/carousel-missing.json';
    const fired = oneEvent(element, 'verbatim-error');
    document.body.append(element);
    expect((await fired).detail.message).to.contain('404');
    await element.updateComplete;
    expect(part(element, 'error')!.textContent).to.equal('These quotes could not be loaded.');
    expect(reports[0]).to.contain('carousel-missing.json');
    element.remove();
  });
});

describe('<verbatim-quote-carousel> navigation', () => {
  it('previous and next buttons move through the slides, wrap around and fire verbatim-slide-change', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    const changes = recordSlideChanges(element);
    expect(part(element, 'previous')!.getAttribute('aria-label')).to.equal('Previous quote');
    expect(part(element, 'next')!.getAttribute('aria-label')).to.equal('Next quote');
    part(element, 'next')!.click();
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-question');
    expect(element.shadowRoot!.querySelector('.position')!.textContent).to.equal('2 / 4');
    part(element, 'previous')!.click();
    part(element, 'previous')!.click();
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-province');
    expect(changes).to.deep.equal([
      { index: 1, quoteId: 'q-question' },
      { index: 0, quoteId: 'q-loom' },
      { index: 3, quoteId: 'q-province' },
    ]);
  });

  it('the event bubbles out of the element and its shadow root', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    const fired = oneEvent(document.body, 'verbatim-slide-change');
    part(element, 'next')!.click();
    const event = await fired;
    expect(event.composed).to.be.true;
    expect(event.detail).to.deep.equal({ index: 1, quoteId: 'q-question' });
  });

  it('arrow keys, Home and End move the slides while focus is on the controls', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    const changes = recordSlideChanges(element);
    part(element, 'next')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-question');
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-province');
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-loom');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-loom');
    expect(changes.map((change) => change.index)).to.deep.equal([1, 3, 0, 3, 0]);
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'next'));
  });

  it('follows right-to-left text: ArrowLeft and a swipe to the right show the next slide', async () => {
    // Built by hand: fixture() of a plain <div> waits for a frame, which a background tab may never draw.
    const page = document.body.appendChild(Object.assign(document.createElement('div'), { dir: 'rtl' }));
    const element = page.appendChild(document.createElement('verbatim-quote-carousel'));
    element.transcript = sample;
    await element.updateComplete;
    const changes = recordSlideChanges(element);
    part(element, 'next')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-question');
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-loom');
    swipe(element, 80);
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-question');
    swipe(element, -80);
    await element.updateComplete;
    expect(changes.map((change) => change.index)).to.deep.equal([1, 0, 1, 0]);
    // The arrows point the way their slides are.
    expect(getComputedStyle(part(element, 'next')!.querySelector('svg')!).transform).to.not.equal('none');
    await expectAccessible(element);
    page.remove();
  });

  it('shows and announces the words a page gives it', async () => {
    const element = await carousel(html`<verbatim-quote-carousel autoplay .transcript=${sample} .strings=${{
      carouselLabel: (title: string) => `Citations de ${title}`, slideLabel: (position: number, count: number) => `${position} sur ${count}`,
      previousQuote: 'Citation précédente', nextQuote: 'Citation suivante', stopRotation: 'Arrêter le défilement',
      carouselRole: 'carrousel', slideRole: 'diapositive',
    }}></verbatim-quote-carousel>`);
    expect(part(element, 'base')!.getAttribute('aria-label')).to.equal(`Citations de ${sample.title}`);
    expect(part(element, 'base')!.getAttribute('aria-roledescription')).to.equal('carrousel');
    expect(part(element, 'slide')!.getAttribute('aria-label')).to.equal('1 sur 4');
    expect(part(element, 'next')!.getAttribute('aria-label')).to.equal('Citation suivante');
    expect(part(element, 'previous')!.getAttribute('aria-label')).to.equal('Citation précédente');
    expect(part(element, 'rotation')!.getAttribute('aria-label')).to.be.oneOf(['Arrêter le défilement', 'Start automatic slide show']);
    await expectAccessible(element);
  });

  it('leaves arrow keys alone on a slide\'s link and with modifier keys', async () => {
    const element = await carousel(html`<verbatim-quote-carousel href="/talk.html" .transcript=${sample}></verbatim-quote-carousel>`);
    shownSlide(element)!.querySelector('a')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-loom');
    // Alt+Left is the browser's Back; WebDriver cannot hold modifiers, so these keys are dispatched.
    for (const modifier of ['altKey', 'shiftKey', 'ctrlKey', 'metaKey']) {
      const init = { key: 'ArrowRight', [modifier]: true, bubbles: true, composed: true, cancelable: true };
      expect(part(element, 'next')!.dispatchEvent(new KeyboardEvent('keydown', init)), modifier).to.be.true;
    }
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-loom');
  });

  it('a horizontal touch or pen swipe moves the slides', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    const changes = recordSlideChanges(element);
    swipe(element, -80);
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-question');
    swipe(element, 80, 10, 'pen');
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-loom');
    expect(changes.map((change) => change.quoteId)).to.deep.equal(['q-question', 'q-loom']);
    expect(getComputedStyle(part(element, 'base')!).touchAction).to.equal('pan-y');
  });

  it('ignores short, vertical and mouse gestures', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    const changes = recordSlideChanges(element);
    swipe(element, -20);
    swipe(element, -60, 80);
    swipe(element, -120, 0, 'mouse');
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-loom');
    expect(changes).to.be.empty;
  });

  it('next(), previous() and goTo() move the slides without firing the event', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    const changes = recordSlideChanges(element);
    element.next();
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-question');
    element.previous();
    element.previous();
    await element.updateComplete;
    expect(element.index).to.equal(3);
    element.goTo(2);
    await element.updateComplete;
    expect(shownQuoteId(element)).to.equal('q-originate');
    element.goTo(99);
    await element.updateComplete;
    expect(element.index).to.equal(3);
    element.goTo(-5);
    await element.updateComplete;
    expect(element.index).to.equal(0);
    element.goTo(Number.NaN);
    await element.updateComplete;
    expect(element.index).to.equal(0);
    expect(changes).to.be.empty;
  });

  it('disables previous and next with a single slide', async () => {
    const element = await carousel(html`<verbatim-quote-carousel topic="patterns" autoplay .transcript=${sample}></verbatim-quote-carousel>`);
    expect(part<HTMLButtonElement>(element, 'previous')!.disabled).to.be.true;
    expect(part<HTMLButtonElement>(element, 'next')!.disabled).to.be.true;
    expect(part(element, 'rotation')).to.equal(null);
    await expectAccessible(element);
  });
});
