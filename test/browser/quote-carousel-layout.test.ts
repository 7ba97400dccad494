import { expect, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { carousel, part, sample, slides } from './fixtures/carousel-helpers.js';

/** A page where the carousel has a paragraph below it, `width` pixels wide. */
async function carouselAbove(width: number, template = html`<verbatim-quote-carousel .transcript=${sample}></verbatim-quote-carousel>`) {
  const element = await carousel(template);
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  const below = document.createElement('p');
  below.textContent = 'Below the carousel';
  element.replaceWith(wrapper);
  wrapper.append(element, below);
  await element.updateComplete;
  return { element, below, wrapper };
}

const top = (node: Element) => node.getBoundingClientRect().top;

describe('<verbatim-quote-carousel> layout', () => {
  for (const width of [320, 640]) {
    it(`while rotating, reserves the tallest slide, so nothing below moves when slides change (${width} px)`, async () => {
      const { element, below, wrapper } = await carouselAbove(width, html`<verbatim-quote-carousel autoplay interval="60000" .transcript=${sample}></verbatim-quote-carousel>`);
      const heights = slides(element).map((slide) => slide.scrollHeight);
      expect(new Set(heights).size, 'slides stretch to the tallest').to.equal(1);
      const positions = [];
      for (let index = 0; index < 4; index++) {
        element.goTo(index);
        await element.updateComplete;
        positions.push(top(below));
      }
      expect(new Set(positions).size).to.equal(1);
      expect(element.scrollWidth, 'no sideways overflow').to.be.at.most(width);
      wrapper.remove();
    });
  }

  it('without rotation, is as tall as the slide shown: no empty band under a short quote', async () => {
    const { element, wrapper } = await carouselAbove(320);
    const box = element.shadowRoot!.querySelector('.slides')!;
    const heights = [];
    for (let index = 0; index < 4; index++) {
      element.goTo(index);
      await element.updateComplete;
      const shown = slides(element)[index]!;
      expect(box.getBoundingClientRect().height, `slide ${index + 1}`).to.be.closeTo(shown.getBoundingClientRect().height, 1);
      heights.push(Math.round(shown.getBoundingClientRect().height));
    }
    expect(Math.min(...heights), 'the short slides are shorter than the long one').to.be.lessThan(Math.max(...heights) - 20);
    wrapper.remove();
  });

  it('upgrades in place: the page below does not move when the fallback list becomes a carousel', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/browser/fixtures/carousel-upgrade.html';
    document.body.append(frame);
    await loaded;
    const page = frame.contentDocument!;
    const element = page.querySelector('verbatim-quote-carousel')!;
    const below = page.getElementById('below')!;
    expect(customElements.get.call(frame.contentWindow!.customElements, 'verbatim-quote-carousel')).to.equal(undefined);
    const before = top(below);
    const visibleItems = [...element.querySelectorAll('li')].filter((item) => getComputedStyle(item).visibility === 'visible');
    expect(visibleItems, 'the fallback shows its first quote').to.have.length(1);

    // A blob URL: the test server would serve the JSON fixture as a module. The frame's fetch
    // holds it until the loading state is measured.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const frameWindow = frame.contentWindow as Window & typeof globalThis;
    const fetchNow = frameWindow.fetch.bind(frameWindow);
    frameWindow.fetch = async (...args: Parameters<typeof fetch>) => {
      await held;
      return fetchNow(...args);
    };
    element.setAttribute('src', URL.createObjectURL(new Blob([JSON.stringify(sample)], { type: 'application/json' })));
    const script = page.createElement('script');
    script.type = 'module';
    script.textContent = "import '/src/components/quote-carousel/quote-carousel.ts';";
    page.head.append(script);
    const upgraded = element as HTMLElement & { updateComplete: Promise<boolean> };
    await frame.contentWindow!.customElements.whenDefined('verbatim-quote-carousel');
    await waitUntil(() => element.shadowRoot?.querySelector('.fallback:not([hidden])'), 'the fallback shows while the quotes load');
    expect(Math.abs(top(below) - before), 'while loading').to.be.at.most(1);
    release();
    await upgraded.updateComplete;
    expect(part(element, 'base'), 'upgraded').to.exist;
    expect(slides(element)).to.have.length(3);
    expect(Math.abs(top(below) - before), `before ${before}, after ${top(below)}`).to.be.at.most(1);
    frame.remove();
  });
});
