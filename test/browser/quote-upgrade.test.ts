import { expect } from '@open-wc/testing';
import { afterNextUpdate } from './helpers/elements.js';
import { VerbatimQuote } from '../../src/components/quote/quote.js';
import { embedQuoteSnippet } from '../../src/core/embed.js';
import type { EmbedQuoteOptions } from '../../src/core/embed.js';
import type { Transcript } from '../../src/core/types.js';
import { interview } from '../../src/data/interview.js';
import { fallbackShown, part, sample } from './fixtures/quote-helpers.js';

let pasted = 0;

/**
 * Pastes the embed snippet (without its script) into a box `width` pixels wide, under a tag
 * of its own that is not defined yet, as a page looks before the script has run.
 */
function pasteSnippet(transcript: Transcript, quoteId: string, width: number, options: EmbedQuoteOptions = {}) {
  const tag = `verbatim-quote-upgrade-${++pasted}`;
  const snippet = embedQuoteSnippet(transcript, quoteId, options)
    .replace(/<script[^>]*><\/script>\n?/, '')
    .replaceAll('verbatim-quote', tag);
  // DOMParser: the snippet is our own, and nothing in a parsed document runs.
  const parsed = new DOMParser().parseFromString(`<div style="width: ${width}px">${snippet}<p>Below the quote</p></div>`, 'text/html');
  const box = document.adoptNode(parsed.body.firstElementChild as HTMLDivElement);
  document.body.append(box);
  const element = box.querySelector(tag) as VerbatimQuote;
  const below = box.querySelector(':scope > p')!;
  return { box, element, below, upgrade: () => customElements.define(tag, class extends VerbatimQuote {}) };
}

const height = (element: Element) => element.getBoundingClientRect().height;
const top = (element: Element) => element.getBoundingClientRect().top;

describe('<verbatim-quote> upgrade', () => {
  for (const width of [320, 640]) {
    it(`takes exactly the room of its fallback blockquote (${width} px)`, async () => {
      const { box, element, below, upgrade } = pasteSnippet(sample, 'loom', width, { href: '/talk.html' });
      expect(customElements.get(element.localName), 'not defined yet').to.equal(undefined);
      const before = { height: height(element), below: top(below) };
      expect(element.querySelector('blockquote')!.textContent).to.contain('Jacquard loom');
      expect(before.height, 'the fallback shows').to.be.above(100);

      upgrade();
      element.transcript = sample;
      await element.updateComplete;
      expect(part(element, 'text'), 'upgraded').to.exist;
      expect(part(element, 'context-link'), 'with its link').to.exist;
      expect(fallbackShown(element), 'the fallback is hidden').to.equal(false);
      expect(Math.abs(height(element) - before.height), `height ${before.height} → ${height(element)}`).to.be.at.most(1);
      expect(Math.abs(top(below) - before.below), 'the paragraph below does not move').to.be.at.most(1);
      box.remove();
    });
  }

  it('keeps the fallback, same size, while the bundled quotes load, then takes its room', async () => {
    const first = interview.quotes[0]!;
    const { box, element, below, upgrade } = pasteSnippet(interview, first.id, 375);
    const before = { height: height(element), below: top(below) };
    upgrade();
    const loading = await afterNextUpdate(element, () => ({ text: part(element, 'text'), fallback: fallbackShown(element), height: height(element) }));
    expect(loading.text, 'still loading').to.equal(null);
    expect(loading.fallback, 'the fallback shows while loading').to.equal(true);
    expect(Math.abs(loading.height - before.height), 'while loading').to.be.at.most(1);

    await element.updateComplete;
    expect(part(element, 'text')!.textContent).to.equal(first.text);
    expect(fallbackShown(element)).to.equal(false);
    expect(Math.abs(height(element) - before.height), `height ${before.height} → ${height(element)}`).to.be.at.most(1);
    expect(Math.abs(top(below) - before.below)).to.be.at.most(1);
    box.remove();
  });

  it('the fallback stays, and the error shows with it, when the data cannot be loaded', async () => {
    const { box, element, upgrade } = pasteSnippet(sample, 'follow', 320, { src: '/test/missing-upgrade.json' });
    upgrade();
    await element.updateComplete;
    expect(part(element, 'error'), 'the error shows').to.exist;
    expect(fallbackShown(element)).to.equal(true);
    expect(element.querySelector('blockquote p')!.textContent).to.equal('It can follow analysis.');
    box.remove();
  });
});
