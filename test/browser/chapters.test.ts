import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/quote-carousel/quote-carousel.js';
import '../../src/components/topic-card/topic-card.js';
import '../../src/components/transcript/transcript.js';
import type { VerbatimElement } from '../../src/components/common/verbatim-element.js';
import type { Transcript } from '../../src/core/types.js';
import { expectAccessible } from './helpers/axe.js';
import { part } from './helpers/elements.js';
import episodeData from './fixtures/chapters/episode.json';

// The test server serves *.json files as modules: the JSON chapters files end in .txt to arrive as written.
const CHAPTERS = '/test/browser/fixtures/chapters';
/** A timed episode with no topics and one soundbite ("Every streetlight is a trap", in s6). */
const episode = episodeData as unknown as Transcript;

const text = (element: Element, name: string) => part(element, name)?.textContent?.replace(/\s+/g, ' ').trim();
const topicLinks = (element: Element) => [...element.shadowRoot!.querySelectorAll('nav a')].map((link) => link.textContent!.trim());
const headings = (element: Element) => [...element.shadowRoot!.querySelectorAll('h2.topic')].map((heading) => heading.textContent!.trim());
const errors = (element: Element) => [...element.shadowRoot!.querySelectorAll('[part~=error]')].map((error) => error.textContent!.trim());

const holders: HTMLElement[] = [];
afterEach(() => holders.splice(0).forEach((holder) => holder.remove()));

/**
 * The element of `template` once what it shows is final, with the `verbatim-error` messages it
 * fired (rendered by hand: fixture() waits for a frame, which a background tab may never draw).
 */
async function shown<T extends VerbatimElement>(template: ReturnType<typeof html>): Promise<{ element: T; fired: { message: string }[] }> {
  const holder = document.body.appendChild(document.createElement('div'));
  holders.push(holder);
  const fired: { message: string }[] = [];
  holder.addEventListener('verbatim-error', (event) => fired.push((event as CustomEvent<{ message: string }>).detail));
  render(template, holder);
  const element = holder.querySelector<T>('*')!;
  await element.updateComplete;
  return { element, fired };
}

describe('chapters attribute', () => {
  for (const file of ['chapters.json.txt', 'chapters.vtt']) {
    it(`makes the topics of <verbatim-transcript> from ${file}`, async () => {
      const { element, fired } = await shown(html`<verbatim-transcript chapters=${`${CHAPTERS}/${file}`} .transcript=${episode}></verbatim-transcript>`);
      // toc: false marks an artwork change, not a chapter.
      expect(topicLinks(element)).to.deep.equal(['Welcome to the garden', 'Who pollinates at night', 'City lights']);
      expect(headings(element)).to.deep.equal(['Welcome to the garden', 'Who pollinates at night', 'City lights']);
      expect(element.shadowRoot!.querySelectorAll('[part~=segment]')).to.have.length(6);
      expect(fired).to.deep.equal([]);
      await expectAccessible(element);
    });
  }

  it('follows a change of the attribute: other chapters, then none', async () => {
    const { element } = await shown(html`<verbatim-transcript chapters=${`${CHAPTERS}/chapters.vtt`} .transcript=${episode}></verbatim-transcript>`);
    const transcript = element as unknown as HTMLElement & { chapters?: string };
    transcript.setAttribute('chapters', `${CHAPTERS}/missing.vtt`);
    await element.updateComplete;
    expect(topicLinks(element)).to.deep.equal([]);
    expect(errors(element)).to.have.length(1);
    transcript.removeAttribute('chapters');
    await element.updateComplete;
    expect(errors(element)).to.deep.equal([]);
    expect(element.shadowRoot!.querySelectorAll('[part~=segment]')).to.have.length(6);
    transcript.setAttribute('chapters', `${CHAPTERS}/chapters.vtt`);
    await element.updateComplete;
    expect(topicLinks(element)).to.deep.equal(['Welcome to the garden', 'Who pollinates at night', 'City lights']);
  });

  it('keeps the transcript and says why when the chapters cannot be fetched', async () => {
    const { element, fired } = await shown(html`<verbatim-transcript chapters=${`${CHAPTERS}/missing.json`} .transcript=${episode}></verbatim-transcript>`);
    expect(element.shadowRoot!.querySelectorAll('[part~=segment]')).to.have.length(6);
    expect(topicLinks(element)).to.deep.equal([]);
    expect(errors(element)).to.deep.equal(['The chapters could not be loaded.']);
    expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
    expect(fired).to.deep.equal([{ message: `Could not load ${CHAPTERS}/missing.json: the server answered 404.` }]);
    await expectAccessible(element);
  });

  it('refuses a javascript: URL, and a file that holds no chapters', async () => {
    const { element: refused, fired: refusedFired } = await shown(html`<verbatim-transcript chapters="javascript:alert(1)" .transcript=${episode}></verbatim-transcript>`);
    expect(errors(refused)).to.deep.equal(['The chapters could not be loaded.']);
    expect(refusedFired).to.deep.equal([{ message: 'Could not load javascript:alert(1): only http(s) and relative URLs are allowed.' }]);
    expect(refused.shadowRoot!.querySelectorAll('[part~=segment]')).to.have.length(6);
    const { element: wrong, fired: wrongFired } = await shown(html`<verbatim-transcript chapters=${`${CHAPTERS}/not-chapters.json.txt`} .transcript=${episode}></verbatim-transcript>`);
    expect(errors(wrong)).to.deep.equal(['The chapters could not be loaded.']);
    expect(wrongFired[0]!.message).to.match(/^Could not use the chapters at .*not-chapters\.json\.txt: .*"chapters"/);
    expect(wrong.shadowRoot!.querySelectorAll('[part~=segment]')).to.have.length(6);
  });

  it('says that chapters need times when the transcript has none', async () => {
    const untimed = { ...episode, segments: episode.segments.map(({ start: _start, end: _end, ...segment }) => segment) };
    const { element, fired } = await shown(html`<verbatim-transcript chapters=${`${CHAPTERS}/chapters.json.txt`} .transcript=${untimed}></verbatim-transcript>`);
    expect(fired).to.have.length(1);
    expect(fired[0]!.message).to.contain('Chapters need a transcript with times');
    expect(element.shadowRoot!.querySelectorAll('[part~=segment]')).to.have.length(6);
  });

  it('gives a topic card a chapter to show: title, time range, speakers and the opening sentence as its quote', async () => {
    const { element, fired } = await shown(html`<verbatim-topic-card topic="who-pollinates-at-night" href="/episode.html"
      chapters=${`${CHAPTERS}/chapters.json.txt`} .transcript=${episode}></verbatim-topic-card>`);
    expect(fired).to.deep.equal([]);
    expect(text(element, 'title')).to.equal('Who pollinates at night');
    // The chapter's page and artwork, resolved against the chapters file.
    expect(part(element, 'title')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/moths');
    expect(part<HTMLImageElement>(element, 'image')!.src).to.equal(new URL(`${CHAPTERS}/moth.svg`, location.href).href);
    expect(part<HTMLImageElement>(element, 'image')!.alt).to.equal('');
    expect(text(element, 'time')).to.equal('0:20–0:39');
    expect(part(element, 'summary')).to.equal(null);
    // "Right." is too short to say anything: the next sentence is the quote.
    expect(part(element, 'quote')!.querySelector('blockquote')!.textContent).to.equal('So which insects do the real work at night?');
    expect(text(element, 'quote')).to.contain('— Mira Host (host), The night garden');
    // The speaker's page, from the transcript's speakers.
    expect(part(element, 'quote')!.querySelector('figcaption a')!.getAttribute('href')).to.equal('https://example.com/mira');
    expect(element.shadowRoot!.querySelector('.speakers')!.textContent).to.equal('With Mira Host and Tomás Guest');
    expect(part<HTMLAnchorElement>(element, 'context-link')!.getAttribute('href')).to.equal('/episode.html#verbatim-s3');
    await expectAccessible(element);
  });

  it('shows a chapter\'s soundbite as the card\'s quote', async () => {
    const { element } = await shown(html`<verbatim-topic-card topic="city-lights" chapters=${`${CHAPTERS}/chapters.vtt`} .transcript=${episode}></verbatim-topic-card>`);
    expect(part(element, 'quote')!.querySelector('blockquote')!.textContent).to.equal('Every streetlight is a trap');
    expect(part(element, 'quote')!.querySelector('figcaption a')).to.equal(null);
    expect(text(element, 'time')).to.equal('0:40–0:58');
    expect(part(element, 'image')).to.equal(null);
    await expectAccessible(element);
  });

  it('lets a card whose chapters fail say so, and the unknown topic too', async () => {
    const { element, fired } = await shown(html`<verbatim-topic-card topic="city-lights" chapters=${`${CHAPTERS}/missing.vtt`} .transcript=${episode}></verbatim-topic-card>`);
    expect(fired.map((detail) => detail.message)).to.deep.equal([`Could not load ${CHAPTERS}/missing.vtt: the server answered 404.`]);
    // Stacked: the chapters' sentence, then the topic's, a little apart.
    expect(errors(element)).to.deep.equal(['The chapters could not be loaded.', 'This topic could not be loaded.']);
    const [chapters, topic] = [...element.shadowRoot!.querySelectorAll('[part~=error]')];
    expect(topic!.getBoundingClientRect().top - chapters!.getBoundingClientRect().bottom, 'the space between them').to.be.greaterThan(4);
    await expectAccessible(element);
  });

  it('lets the carousel show one chapter\'s quotes', async () => {
    const { element, fired } = await shown(html`<verbatim-quote-carousel topic="city-lights" chapters=${`${CHAPTERS}/chapters.json.txt`} .transcript=${episode}></verbatim-quote-carousel>`);
    expect(fired).to.deep.equal([]);
    const slides = [...element.shadowRoot!.querySelectorAll('[part~=slide] blockquote')].map((quote) => quote.textContent!.trim());
    expect(slides).to.deep.equal(['Every streetlight is a trap']);
    await expectAccessible(element);
  });

  it('keeps the carousel\'s quotes when its chapters cannot be fetched', async () => {
    const { element, fired } = await shown(html`<verbatim-quote-carousel chapters=${`${CHAPTERS}/missing.json`} .transcript=${episode}></verbatim-quote-carousel>`);
    expect(errors(element)).to.deep.equal(['The chapters could not be loaded.']);
    expect(fired).to.deep.equal([{ message: `Could not load ${CHAPTERS}/missing.json: the server answered 404.` }]);
    expect(element.shadowRoot!.querySelectorAll('[part~=slide]')).to.have.length(1);
    await expectAccessible(element);
  });
});
