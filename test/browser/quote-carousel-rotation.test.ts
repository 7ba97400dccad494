import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { SinonFakeTimers } from 'sinon';
import type { VerbatimQuoteCarousel } from '../../src/components/quote-carousel/quote-carousel.js';
import { carousel, part, sample, shownQuoteId } from './fixtures/carousel-helpers.js';
import { expectAccessible } from './helpers/axe.js';

/**
 * Emulates a media feature where the runner can (Chromium, through CDP); returns false elsewhere.
 */
async function tryEmulateMedia(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(media);
    return true;
  } catch {
    return false;
  }
}

/**
 * Prepares a switch to `prefers-reduced-motion: reduce`, to call before creating elements:
 * emulated where the runner can, else a stand-in for that matchMedia query that the switch
 * turns on and that sends the change event, as the browser does.
 */
async function reducedMotionSwitch(): Promise<() => Promise<void>> {
  if (await tryEmulateMedia({ reducedMotion: 'no-preference' })) return async () => void (await emulateMedia({ reducedMotion: 'reduce' }));
  const query = '(prefers-reduced-motion: reduce)';
  const real = window.matchMedia.bind(window);
  const standIn = Object.assign(new EventTarget(), { matches: false, media: query });
  sinon.stub(window, 'matchMedia').callsFake((media: string) => (media === query ? (standIn as unknown as MediaQueryList) : real(media)));
  return async () => {
    standIn.matches = true;
    standIn.dispatchEvent(new Event('change'));
  };
}

const STOP = 'Stop automatic slide show';
const START = 'Start automatic slide show';

const liveSetting = (element: VerbatimQuoteCarousel) => element.shadowRoot!.querySelector('.slides')!.getAttribute('aria-live');
const rotationLabel = (element: VerbatimQuoteCarousel) => part(element, 'rotation')!.getAttribute('aria-label');

describe('<verbatim-quote-carousel> rotation', () => {
  let clock: SinonFakeTimers;

  /** Advances the fake clock and lets the element render what the timers did. */
  async function advance(element: VerbatimQuoteCarousel, milliseconds: number): Promise<void> {
    clock.tick(milliseconds);
    await element.updateComplete;
  }

  const useFakeClock = () => sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });

  beforeEach(() => {
    clock = useFakeClock();
  });

  afterEach(async () => {
    clock.restore();
    sinon.restore();
    await tryEmulateMedia({ reducedMotion: 'no-preference' });
  });

  it('does not rotate, and offers no rotation button, without autoplay', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    expect(part(element, 'rotation')).to.equal(null);
    expect(clock.countTimers()).to.equal(0);
    await advance(element, 60000);
    expect(shownQuoteId(element)).to.equal('q-loom');
  });

  it('with autoplay, rotates every 7 seconds with aria-live off and a visible stop button, firing no event', async () => {
    const element = await carousel(html`<verbatim-quote-carousel autoplay .transcript=${sample}></verbatim-quote-carousel>`);
    const changes: unknown[] = [];
    element.addEventListener('verbatim-slide-change', (event) => changes.push(event));
    const rotation = part(element, 'rotation')!;
    expect(rotation.localName).to.equal('button');
    expect(rotationLabel(element)).to.equal(STOP);
    expect(rotation.getBoundingClientRect().width).to.be.greaterThan(20);
    expect(getComputedStyle(rotation).visibility).to.equal('visible');
    expect(liveSetting(element)).to.equal('off');
    await advance(element, 6999);
    expect(shownQuoteId(element)).to.equal('q-loom');
    await advance(element, 1);
    expect(shownQuoteId(element)).to.equal('q-question');
    await advance(element, 7000 * 3);
    expect(shownQuoteId(element)).to.equal('q-loom');
    expect(changes).to.be.empty;
  });

  it('puts the rotation button first in the tab order', async () => {
    const element = await carousel(html`<verbatim-quote-carousel autoplay href="/talk.html" .transcript=${sample}></verbatim-quote-carousel>`);
    const focusable = [...element.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].filter((node) => !node.closest('[inert]'));
    const names = focusable.map((node) => node.getAttribute('part') ?? node.closest('[part]')?.getAttribute('part') ?? node.localName);
    expect(names).to.deep.equal(['rotation', 'previous', 'next', 'slide', 'picker', 'picker', 'picker', 'picker']);
  });

  it('follows the interval attribute, and uses 7 seconds for an interval that is not a positive number', async () => {
    const quick = await carousel(html`<verbatim-quote-carousel autoplay interval="2000" .transcript=${sample}></verbatim-quote-carousel>`);
    await advance(quick, 2000);
    expect(shownQuoteId(quick)).to.equal('q-question');
    quick.remove();
    for (const interval of ['soon', '0', '-5']) {
      const element = await carousel(html`<verbatim-quote-carousel autoplay interval=${interval} .transcript=${sample}></verbatim-quote-carousel>`);
      await advance(element, 6999);
      expect(shownQuoteId(element), interval).to.equal('q-loom');
      await advance(element, 1);
      expect(shownQuoteId(element), interval).to.equal('q-question');
      element.remove();
    }
  });

  it('pauses while the pointer is over it and resumes when it leaves', async () => {
    const element = await carousel(html`<verbatim-quote-carousel autoplay .transcript=${sample}></verbatim-quote-carousel>`);
    await advance(element, 5000);
    element.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await element.updateComplete;
    await advance(element, 30000);
    expect(shownQuoteId(element)).to.equal('q-loom');
    expect(liveSetting(element)).to.equal('polite');
    expect(rotationLabel(element)).to.equal(STOP);
    element.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await element.updateComplete;
    expect(liveSetting(element)).to.equal('off');
    await advance(element, 6999);
    expect(shownQuoteId(element)).to.equal('q-loom');
    await advance(element, 1);
    expect(shownQuoteId(element)).to.equal('q-question');
  });

  /** An autoplaying carousel after a button, which starts with the focus. */
  async function carouselAfterButton(): Promise<{ element: VerbatimQuoteCarousel; before: HTMLButtonElement }> {
    const element = await carousel(html`<verbatim-quote-carousel autoplay .transcript=${sample}></verbatim-quote-carousel>`);
    const before = document.createElement('button');
    before.textContent = 'Before';
    element.before(before);
    before.focus();
    return { element, before };
  }

  // Focus moves by keyboard here: a test page may run in a background tab, where focus() fires no focus events.
  it('stops when the keyboard reaches the rotation button first, which then starts it again', async () => {
    const { element } = await carouselAfterButton();
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'rotation'));
    expect(rotationLabel(element)).to.equal(START);
    expect(liveSetting(element)).to.equal('polite');
    await advance(element, 14000);
    expect(shownQuoteId(element)).to.equal('q-loom');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(rotationLabel(element)).to.equal(STOP);
    await advance(element, 7000);
    expect(shownQuoteId(element)).to.equal('q-question');
  });

  it('stops when focus moves inside and does not restart by itself after focus leaves', async () => {
    const { element, before } = await carouselAfterButton();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(rotationLabel(element)).to.equal(STOP);
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'previous'));
    expect(rotationLabel(element)).to.equal(START);
    before.focus();
    await advance(element, 60000);
    expect(shownQuoteId(element)).to.equal('q-loom');
    expect(rotationLabel(element)).to.equal(START);
  });

  it('stops for good when the reader presses stop or moves a slide', async () => {
    const stopped = await carousel(html`<verbatim-quote-carousel autoplay .transcript=${sample}></verbatim-quote-carousel>`);
    part(stopped, 'rotation')!.click();
    await advance(stopped, 60000);
    expect(shownQuoteId(stopped)).to.equal('q-loom');
    expect(rotationLabel(stopped)).to.equal(START);
    expect(liveSetting(stopped)).to.equal('polite');
    stopped.remove();

    const swiped = await carousel(html`<verbatim-quote-carousel autoplay .transcript=${sample}></verbatim-quote-carousel>`);
    part(swiped, 'next')!.click();
    await advance(swiped, 60000);
    expect(shownQuoteId(swiped)).to.equal('q-question');
    expect(rotationLabel(swiped)).to.equal(START);
  });

  it('never starts under prefers-reduced-motion, but the reader may start it', async () => {
    // Test runner commands arm their own timeouts: emulate before faking the clock, so that it counts ours only.
    clock.restore();
    const reduceMotion = await reducedMotionSwitch();
    await reduceMotion();
    clock = useFakeClock();
    const element = await carousel(html`<verbatim-quote-carousel autoplay .transcript=${sample}></verbatim-quote-carousel>`);
    expect(rotationLabel(element)).to.equal(START);
    expect(liveSetting(element)).to.equal('polite');
    expect(clock.countTimers()).to.equal(0);
    await advance(element, 60000);
    expect(shownQuoteId(element)).to.equal('q-loom');
    part(element, 'rotation')!.click();
    await element.updateComplete;
    expect(rotationLabel(element)).to.equal(STOP);
    await advance(element, 7000);
    expect(shownQuoteId(element)).to.equal('q-question');
  });

  it('stops when the reader asks for reduced motion while it rotates', async () => {
    const reduceMotion = await reducedMotionSwitch();
    const element = await carousel(html`<verbatim-quote-carousel autoplay .transcript=${sample}></verbatim-quote-carousel>`);
    expect(rotationLabel(element)).to.equal(STOP);
    await reduceMotion();
    await advance(element, 60000);
    expect(shownQuoteId(element)).to.equal('q-loom');
    expect(rotationLabel(element)).to.equal(START);
  });

  it('clears its timer when removed while rotating, and rotates again when put back', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const element = await carousel(html`<verbatim-quote-carousel autoplay .transcript=${sample}></verbatim-quote-carousel>`);
      expect(clock.countTimers()).to.equal(1);
      const parent = element.parentElement!;
      element.remove();
      expect(clock.countTimers()).to.equal(0);
      clock.tick(60000);
      await element.updateComplete;
      expect(element.index).to.equal(0);
      parent.append(element);
      await element.updateComplete;
      expect(clock.countTimers()).to.equal(1);
      await advance(element, 7000);
      expect(element.index).to.equal(1);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.be.empty;
  });
});

describe('<verbatim-quote-carousel> accessibility while rotating and paused', () => {
  afterEach(async () => {
    await tryEmulateMedia({ colorScheme: 'light' });
  });

  // The dark scheme can be emulated in Chromium only; the other browsers check the light one.
  it('has no axe violations while rotating and while paused, in the light and dark schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      if (!(await tryEmulateMedia({ colorScheme })) && colorScheme === 'dark') continue;
      const element = await carousel(html`<verbatim-quote-carousel autoplay interval="60000" href="/talk.html" .transcript=${sample}></verbatim-quote-carousel>`);
      expect(rotationLabel(element)).to.equal(STOP);
      await expectAccessible(element);
      part(element, 'rotation')!.click();
      await element.updateComplete;
      expect(rotationLabel(element)).to.equal(START);
      await expectAccessible(element);
      element.remove();
    }
  });
});
