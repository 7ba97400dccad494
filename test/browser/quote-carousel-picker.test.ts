import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Transcript } from '../../src/core/types.js';
import { carousel, part, sample, shownQuoteId, slides } from './fixtures/carousel-helpers.js';
import { expectAccessible } from './helpers/axe.js';

const pickers = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=picker] button')];

/** `count` quotes, each in a segment of its own. */
function manyQuotes(count: number): Transcript {
  const ids = Array.from({ length: count }, (_, index) => index + 1);
  return {
    ...sample,
    segments: ids.map((id) => ({ id: `s${id}`, speaker: sample.speakers[0]!.id, text: `Quote number ${id} is here.` })),
    topics: [],
    quotes: ids.map((id) => ({ id: `q${id}`, segment: `s${id}`, text: `Quote number ${id} is here.` })),
  };
}

describe('<verbatim-quote-carousel> slide picker', () => {
  it('has one button per slide, named "Slide n of N", the current one marked', async () => {
    const element = await carousel(html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`);
    const buttons = pickers(element);
    expect(buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Slide 1 of 4', 'Slide 2 of 4', 'Slide 3 of 4', 'Slide 4 of 4']);
    expect(buttons.map((button) => button.getAttribute('aria-current'))).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(buttons.every((button) => button.getAttribute('aria-controls') === 'slides')).to.equal(true);
    await expectAccessible(element);
  });

  it('shows the chosen slide by keyboard, announces it with verbatim-slide-change and stops rotation', async () => {
    const element = await carousel(html`<verbatim-quote-carousel autoplay interval="60000" .transcript=${sample}></verbatim-quote-carousel>`);
    expect(part(element, 'progress'), 'rotating').to.exist;
    pickers(element)[2]!.focus();
    const fired = oneEvent(element, 'verbatim-slide-change');
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    await element.updateComplete;
    expect(event.detail).to.deep.equal({ index: 2, quoteId: slides(element)[2]!.dataset.quoteId });
    expect(shownQuoteId(element)).to.equal(slides(element)[2]!.dataset.quoteId);
    expect(pickers(element)[2]!.getAttribute('aria-current')).to.equal('true');
    expect(element.shadowRoot!.activeElement, 'focus stays on the picker').to.equal(pickers(element)[2]);
    expect(part(element, 'progress'), 'rotation stopped').to.equal(null);
    expect(part(element, 'rotation')!.getAttribute('aria-label')).to.equal('Start automatic slide show');
    await expectAccessible(element);
  });

  it('is left out for one slide and for more than twelve (the arrows and the position remain)', async () => {
    const one = await carousel(html`<verbatim-quote-carousel .transcript=${manyQuotes(1)}></verbatim-quote-carousel>`);
    expect(part(one, 'picker')).to.equal(null);
    const twelve = await carousel(html`<verbatim-quote-carousel .transcript=${manyQuotes(12)}></verbatim-quote-carousel>`);
    expect(pickers(twelve)).to.have.length(12);
    const thirteen = await carousel(html`<verbatim-quote-carousel .transcript=${manyQuotes(13)}></verbatim-quote-carousel>`);
    expect(part(thirteen, 'picker')).to.equal(null);
    expect(thirteen.shadowRoot!.querySelector('.position')!.textContent).to.equal('1 / 13');
    await expectAccessible(twelve);
  });
});

describe('<verbatim-quote-carousel> autoplay progress', () => {
  it('fills while rotating, pauses with the rotation on hover, and is gone once stopped', async () => {
    const element = await carousel(html`<verbatim-quote-carousel autoplay interval="5000" .transcript=${sample}></verbatim-quote-carousel>`);
    const progress = part(element, 'progress')!;
    expect(progress.getAttribute('aria-hidden')).to.equal('true');
    const bar = progress.querySelector('span')!;
    expect(getComputedStyle(bar).animationDuration).to.equal('5s');
    expect(getComputedStyle(bar).animationPlayState).to.equal('running');
    await expectAccessible(element);

    element.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await element.updateComplete;
    expect(getComputedStyle(part(element, 'progress')!.querySelector('span')!).animationPlayState, 'paused on hover').to.equal('paused');
    element.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await element.updateComplete;
    const restarted = part(element, 'progress')!.querySelector('span')!;
    expect(restarted, 'starts over with the timer').not.to.equal(bar);
    expect(getComputedStyle(restarted).animationPlayState).to.equal('running');

    part<HTMLButtonElement>(element, 'rotation')!.click();
    await element.updateComplete;
    expect(part(element, 'progress')).to.equal(null);
    await expectAccessible(element);
  });

  it('starts over on each new slide', async () => {
    const element = await carousel(html`<verbatim-quote-carousel autoplay interval="60000" .transcript=${sample}></verbatim-quote-carousel>`);
    const first = part(element, 'progress')!.querySelector('span');
    element.next();
    await element.updateComplete;
    expect(part(element, 'progress')!.querySelector('span')).not.to.equal(first);
  });
});
