import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/quote/quote.js';
import { quoteStrings } from '../../src/components/quote/quote.strings.js';
import type { VerbatimQuote } from '../../src/components/quote/quote.js';
import { interview } from '../../src/data/interview.js';
import { darkScheme, fallbackShown, hostile, luminance, part, recordWarnings, sample, stubClipboard } from './fixtures/quote-helpers.js';
import { expectAccessible } from './helpers/axe.js';
import { recordReports } from './helpers/elements.js';

async function quote(template: ReturnType<typeof html>): Promise<VerbatimQuote> {
  const element = await fixture<VerbatimQuote>(template);
  await element.updateComplete;
  return element;
}

const text = (element: Element, name: string) => part(element, name)?.textContent?.replace(/\s+/g, ' ').trim();
const FOLLOW_LINK = '/talk.html#verbatim-s2:~:text=It%20can%20follow%20analysis.';

describe('<verbatim-quote>', () => {
  it('renders the quote, its speaker, role and source from .transcript', async () => {
    const element = await quote(html`<verbatim-quote quote="follow" .transcript=${sample}></verbatim-quote>`);
    expect(text(element, 'text')).to.equal('It can follow analysis.');
    expect(part(element, 'text')!.localName).to.equal('blockquote');
    expect(part(element, 'text')!.lang).to.equal('en');
    expect(text(element, 'cite')).to.equal('— Ada Lovelace (guest), Notes on Engines');
    expect(part(element, 'cite')!.querySelector('cite')!.textContent).to.equal('Notes on Engines');
    expect(part(element, 'base')!.localName).to.equal('figure');
    expect(fallbackShown(element), 'no fallback to show').to.equal(false);
    await expectAccessible(element);
  });

  it('names a speaker without a role by name alone', async () => {
    const element = await quote(html`<verbatim-quote quote="evening" .transcript=${sample}></verbatim-quote>`);
    expect(text(element, 'cite')).to.equal('— Narrator, Notes on Engines');
  });

  it('renders a quote of the bundled interview by default', async () => {
    const first = interview.quotes[0]!;
    const speaker = interview.speakers.find((s) => s.id === interview.segments.find((segment) => segment.id === first.segment)!.speaker)!;
    const element = await fixture<VerbatimQuote>(html`<verbatim-quote quote=${first.id}></verbatim-quote>`);
    await waitUntil(() => part(element, 'text'), 'the bundled quote renders');
    expect(text(element, 'text')).to.equal(first.text);
    expect(text(element, 'cite')).to.equal(`— ${speaker.name} (${speaker.role}), ${interview.title}`);
  });

  it('updates when the quote attribute changes', async () => {
    const element = await quote(html`<verbatim-quote quote="follow" .transcript=${sample}></verbatim-quote>`);
    element.setAttribute('quote', 'loom');
    await element.updateComplete;
    expect(text(element, 'text')).to.match(/^The engine weaves algebraic patterns/);
  });

  describe('context link', () => {
    it('links to the segment on the href page, with a text fragment of the words', async () => {
      const element = await quote(html`<verbatim-quote quote="follow" href="/talk.html" .transcript=${sample}></verbatim-quote>`);
      const link = part<HTMLAnchorElement>(element, 'context-link')!;
      expect(link.getAttribute('href')).to.equal(FOLLOW_LINK);
      expect(link.textContent).to.equal('Read in context');
      await expectAccessible(element);
    });

    it('highlights a long quote by its first and last words, and replaces a fragment already in href', async () => {
      const element = await quote(html`<verbatim-quote quote="loom" href="https://example.org/notes?lang=en#top" .transcript=${sample}></verbatim-quote>`);
      expect(part(element, 'context-link')!.getAttribute('href')).to.equal(
        'https://example.org/notes?lang=en#verbatim-s2:~:text=The%20engine%20weaves%20algebraic%20patterns,loom%20weaves%20flowers%20and%20leaves.');
    });

    it('has no link without href, and says nothing about it', async () => {
      const { warnings, restore } = recordWarnings();
      try {
        const element = await quote(html`<verbatim-quote quote="follow" .transcript=${sample}></verbatim-quote>`);
        expect(part(element, 'context-link')).to.equal(null);
        expect(part(element, 'copy'), 'copying still works').to.exist;
      } finally {
        restore();
      }
      expect(warnings).to.deep.equal([]);
    });

    it('ignores an href that is not http(s) or relative, with one console warning', async () => {
      const { warnings, restore } = recordWarnings();
      let element: VerbatimQuote;
      try {
        element = await quote(html`<verbatim-quote quote="follow" href=" JavaScript:alert(1)" .transcript=${sample}></verbatim-quote>`);
        element.setAttribute('quote', 'loom');
        await element.updateComplete;
      } finally {
        restore();
      }
      expect(part(element, 'context-link')).to.equal(null);
      expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('ignoring href " JavaScript:alert(1)"');
    });
  });

  describe('copy', () => {
    let copied: string[];
    let restoreClipboard: () => void;
    beforeEach(() => {
      copied = [];
      restoreClipboard = stubClipboard(async (value) => void copied.push(value));
    });
    afterEach(() => restoreClipboard());

    const expected = () => `“It can follow analysis.”\n— Ada Lovelace (guest), Notes on Engines\n${location.origin}${FOLLOW_LINK}`;
    const status = (element: Element) => element.shadowRoot!.querySelector('[role=status]')!.textContent;

    it('copies the quote, its attribution and the absolute link on a click, and says so', async () => {
      const element = await quote(html`<verbatim-quote quote="follow" href="/talk.html" .transcript=${sample}></verbatim-quote>`);
      const button = part(element, 'copy')!;
      expect(button.localName).to.equal('button');
      expect(button.textContent).to.equal('Copy quote');
      const { x, y, width, height } = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
      await waitUntil(() => status(element) === quoteStrings.quoteCopied, 'announces the copy');
      expect(copied).to.deep.equal([expected()]);
      expect(element.shadowRoot!.querySelector('[role=status]')!.getAttribute('aria-live') ?? 'polite', 'a polite live region').to.equal('polite');
      await expectAccessible(element);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('shows and announces the words a page gives it, e.g. in French', async () => {
      const strings = { readInContext: 'Lire dans son contexte', copyQuote: 'Copier la citation', quoteCopied: 'Copiée' };
      const element = await quote(html`<verbatim-quote quote="follow" href="/talk.html" .transcript=${sample} .strings=${strings}></verbatim-quote>`);
      expect(text(element, 'context-link')).to.equal('Lire dans son contexte');
      expect(text(element, 'copy')).to.equal('Copier la citation');
      part(element, 'copy')!.click();
      await waitUntil(() => status(element) === 'Copiée', 'announces the copy in French');
      expect(copied).to.deep.equal([expected()]);
      await expectAccessible(element);
    });

    it('copies from the keyboard with Enter and with Space', async () => {
      const element = await quote(html`<verbatim-quote quote="follow" href="/talk.html" .transcript=${sample}></verbatim-quote>`);
      const button = part(element, 'copy')!;
      const keys: string[] = [];
      button.addEventListener('keydown', (event) => keys.push(event.key));
      button.focus();
      expect(element.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      if (!document.hasFocus()) {
        // Firefox, with another test file's tab in front: the key reaches the button, but the
        // browser activates buttons only in the front tab. Chromium and WebKit check the rest.
        expect(keys).to.deep.equal(['Enter']);
        return;
      }
      await waitUntil(() => copied.length === 1, 'Enter copies');
      await waitUntil(() => status(element) === quoteStrings.quoteCopied);
      await sendKeys({ press: ' ' }); // Space; Firefox's BiDi keyboard knows it only by its character
      await waitUntil(() => copied.length === 2, 'Space copies');
      expect(copied).to.deep.equal([expected(), expected()]);
      await waitUntil(() => status(element) === quoteStrings.quoteCopied, 'announces the second copy too');
    });

    it('copies quote and attribution alone without href', async () => {
      const element = await quote(html`<verbatim-quote quote="evening" .transcript=${sample}></verbatim-quote>`);
      part(element, 'copy')!.click();
      await waitUntil(() => copied.length === 1);
      expect(copied[0]).to.equal('“The conversation ended there, for the evening.”\n— Narrator, Notes on Engines');
    });

    it('says so when the browser refuses the clipboard', async () => {
      restoreClipboard();
      restoreClipboard = stubClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
      const element = await quote(html`<verbatim-quote quote="follow" .transcript=${sample}></verbatim-quote>`);
      part(element, 'copy')!.click();
      await waitUntil(() => status(element) === quoteStrings.quoteCopyRefused, 'announces the refusal');
      await expectAccessible(element);
    });

    it('says so when there is no clipboard at all', async () => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      const element = await quote(html`<verbatim-quote quote="follow" .transcript=${sample}></verbatim-quote>`);
      part(element, 'copy')!.click();
      await waitUntil(() => status(element) === quoteStrings.quoteCopyRefused);
    });
  });

  describe('errors', () => {
    const reports = recordReports();

    it('names the closest ids for an unknown quote, keeps the fallback and fires verbatim-error', async () => {
      const element = document.createElement('verbatim-quote');
      element.transcript = sample;
      element.setAttribute('quote', 'folow');
      element.append(Object.assign(document.createElement('blockquote'), { textContent: 'It can follow analysis.' }));
      const fired = oneEvent(element, 'verbatim-error');
      document.body.append(element);
      const event = await fired;
      await element.updateComplete;
      expect(event.detail.message).to.equal('No quote "folow" in this transcript. Closest: "follow", "loom", "evening".');
      expect(text(element, 'error')).to.equal('This quote could not be loaded.');
      expect(reports).to.deep.equal([`<verbatim-quote>: ${event.detail.message}`]);
      expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
      expect(fallbackShown(element), 'the fallback stays').to.equal(true);
      expect(part(element, 'base')).to.equal(null);
      await expectAccessible(element);
      element.remove();
    });

    it('fires once per unknown id, not on every update', async () => {
      const element = await quote(html`<verbatim-quote quote="nope" .transcript=${sample}></verbatim-quote>`);
      const messages: string[] = [];
      element.addEventListener('verbatim-error', (event) => messages.push((event as CustomEvent).detail.message));
      element.requestUpdate();
      await element.updateComplete;
      element.setAttribute('quote', 'nada');
      await element.updateComplete;
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('No quote "nada"');
      expect(reports, 'once on the console per error').to.have.length(2);
      element.setAttribute('quote', 'follow');
      await element.updateComplete;
      expect(part(element, 'error')).to.equal(null);
      expect(text(element, 'text')).to.equal('It can follow analysis.');
    });

    it('asks for a quote id when there is none', async () => {
      const element = await quote(html`<verbatim-quote .transcript=${sample}></verbatim-quote>`);
      expect(text(element, 'error')).to.equal('This quote could not be loaded.');
      expect(reports).to.deep.equal(['<verbatim-quote>: Set the quote attribute to a quote id, e.g. "loom", "follow", "evening".']);
    });

    it('shows a src that cannot be loaded as an error, with the fallback', async () => {
      const element = await fixture<VerbatimQuote>(html`<verbatim-quote quote="follow" src="/test/missing-quote.json"><blockquote>Fallback</blockquote></verbatim-quote>`);
      await waitUntil(() => part(element, 'error'), 'the error shows');
      expect(text(element, 'error')).to.equal('This quote could not be loaded.');
      expect(reports.join('\n')).to.match(/404/);
      expect(fallbackShown(element)).to.equal(true);
    });
  });

  it('renders hostile strings as text and runs none of them', async () => {
    delete window.verbatimHostile;
    const { warnings, restore } = recordWarnings();
    let element: VerbatimQuote;
    try {
      element = await quote(html`<verbatim-quote quote="bad" href="javascript:window.verbatimHostile='href'" .transcript=${hostile}></verbatim-quote>`);
    } finally {
      restore();
    }
    expect(text(element, 'text')).to.equal(`<script>window.verbatimHostile = 'quote'</script> & "goodbye"`);
    expect(text(element, 'cite')).to.equal(`— <img src=x onerror="window.verbatimHostile = 'name'">Mallory (<svg onload="window.verbatimHostile = 'role'">), <script>window.verbatimHostile = 'title'</script>Hostile <b>talk</b>`);
    expect(element.shadowRoot!.querySelectorAll('script, img, svg, b, a')).to.have.length(0);
    expect(warnings).to.have.length(1);
    part(element, 'copy')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.verbatimHostile).to.equal(undefined);
  });

  it('is accessible in the light and dark colour schemes', async () => {
    const element = await quote(html`<verbatim-quote quote="follow" href="/talk.html" .transcript=${sample}></verbatim-quote>`);
    const surface = () => luminance(getComputedStyle(part(element, 'base')!).backgroundColor);
    expect(surface()).to.be.above(0.5);
    await expectAccessible(element);
    const restoreScheme = await darkScheme();
    try {
      expect(surface(), 'dark surface').to.be.below(0.1);
      await expectAccessible(element);
    } finally {
      await restoreScheme();
    }
  });

  it('fits 320 px without sideways scrolling', async () => {
    // Not a wrapper through fixture(): for a plain element it waits for an animation frame, which
    // a background tab (the runner has two) never gets.
    const element = await quote(html`<verbatim-quote style="width: 320px" quote="loom" href="/talk.html" .transcript=${sample}></verbatim-quote>`);
    expect(part(element, 'base')!.scrollWidth).to.be.at.most(320);
    expect(element.getBoundingClientRect().width).to.equal(320);
  });
});
