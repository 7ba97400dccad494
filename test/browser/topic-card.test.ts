import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../../src/components/topic-card/topic-card.js';
import type { VerbatimTopicCard } from '../../src/components/topic-card/topic-card.js';
import { interview } from '../../src/data/interview.js';
import { darkScheme, fallbackShown, hostile, luminance, part, recordWarnings, sample } from './fixtures/quote-helpers.js';
import { expectAccessible } from './helpers/axe.js';
import { afterNextUpdate, recordReports } from './helpers/elements.js';

async function card(template: ReturnType<typeof html>): Promise<VerbatimTopicCard> {
  const element = await fixture<VerbatimTopicCard>(template);
  await element.updateComplete;
  return element;
}

const text = (element: Element, name: string) => part(element, name)?.textContent?.replace(/\s+/g, ' ').trim();
const smallPrint = (element: Element) => element.shadowRoot!.querySelector('.speakers')?.textContent;

describe('<verbatim-topic-card>', () => {
  const reports = recordReports();

  it('shows the title, summary, key quote with attribution, speakers and the link to that part', async () => {
    const element = await card(html`<verbatim-topic-card topic="engines" href="/talk.html" .transcript=${sample}></verbatim-topic-card>`);
    const title = part(element, 'title')!;
    expect(title.textContent).to.equal('Engines that weave');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(part(element, 'base')!.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(text(element, 'summary')).to.equal('Lovelace compares the engine to the Jacquard loom.');
    const quote = part(element, 'quote')!;
    expect(quote.querySelector('blockquote')!.textContent).to.equal('The engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves.');
    expect(quote.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('— Ada Lovelace (guest), Notes on Engines');
    expect(smallPrint(element)).to.equal('With Charles Babbage and Ada Lovelace');
    const link = part<HTMLAnchorElement>(element, 'context-link')!;
    expect(link.getAttribute('href')).to.equal('/talk.html#verbatim-s1');
    expect(link.textContent).to.equal('Read this part of the conversation');
    await expectAccessible(element);
  });

  it('shows a topic without quotes without a quote', async () => {
    const element = await card(html`<verbatim-topic-card topic="limits" href="https://example.org/notes#old" .transcript=${sample}></verbatim-topic-card>`);
    expect(part(element, 'title')!.textContent).to.equal('What the engine cannot do');
    expect(part(element, 'quote')).to.equal(null);
    expect(smallPrint(element)).to.equal('With Ada Lovelace and Narrator');
    expect(part(element, 'context-link')!.getAttribute('href')).to.equal('https://example.org/notes#verbatim-s4');
    await expectAccessible(element);
  });

  it('shows the first topic when no topic is given', async () => {
    const element = await card(html`<verbatim-topic-card .transcript=${sample}></verbatim-topic-card>`);
    expect(part(element, 'title')!.textContent).to.equal('Engines that weave');
  });

  it('takes its heading level from heading-level, 3 when missing or out of range', async () => {
    const element = await card(html`<verbatim-topic-card heading-level="2" .transcript=${sample}></verbatim-topic-card>`);
    expect(part(element, 'title')!.getAttribute('aria-level')).to.equal('2');
    element.setAttribute('heading-level', '9');
    await element.updateComplete;
    expect(part(element, 'title')!.getAttribute('aria-level')).to.equal('3');
  });

  it('renders a topic of the bundled interview by default', async () => {
    const topic = interview.topics.find((t) => t.quotes.length > 0)!;
    const quote = interview.quotes.find((q) => q.id === topic.quotes[0])!;
    const element = await fixture<VerbatimTopicCard>(html`<verbatim-topic-card topic=${topic.id}></verbatim-topic-card>`);
    await waitUntil(() => part(element, 'title'), 'the bundled topic renders');
    expect(part(element, 'title')!.textContent).to.equal(topic.title);
    expect(text(element, 'summary')).to.equal(topic.summary);
    expect(part(element, 'quote')!.querySelector('blockquote')!.textContent).to.equal(quote.text);
    expect(smallPrint(element)).to.match(/^With /);
  });

  it('has no link without href; ignores an unsafe href with one warning', async () => {
    const quiet = recordWarnings();
    try {
      const element = await card(html`<verbatim-topic-card topic="engines" .transcript=${sample}></verbatim-topic-card>`);
      expect(part(element, 'context-link')).to.equal(null);
    } finally {
      quiet.restore();
    }
    expect(quiet.warnings).to.deep.equal([]);

    const loud = recordWarnings();
    let element: VerbatimTopicCard;
    try {
      element = await card(html`<verbatim-topic-card topic="engines" href=${'data:text/html,<script>alert(1)</script>'} .transcript=${sample}></verbatim-topic-card>`);
      element.setAttribute('topic', 'limits');
      await element.updateComplete;
    } finally {
      loud.restore();
    }
    expect(element.shadowRoot!.querySelector('a')).to.equal(null);
    expect(loud.warnings).to.have.length(1);
    expect(loud.warnings[0]).to.contain('<verbatim-topic-card>: ignoring href "data:text/html');
  });

  it('names the closest ids for an unknown topic and fires verbatim-error once', async () => {
    const element = document.createElement('verbatim-topic-card');
    element.transcript = sample;
    element.topic = 'limit';
    const fired = oneEvent(element, 'verbatim-error');
    document.body.append(element);
    const event = await fired;
    await element.updateComplete;
    expect(event.detail.message).to.equal('No topic "limit" in this transcript. Closest: "limits", "engines".');
    expect(text(element, 'error')).to.equal('This topic could not be loaded.');
    expect(reports).to.deep.equal([`<verbatim-topic-card>: ${event.detail.message}`]);
    expect(part(element, 'base')).to.equal(null);
    const later: unknown[] = [];
    element.addEventListener('verbatim-error', (e) => later.push(e));
    element.requestUpdate();
    await element.updateComplete;
    expect(later, 'no second event for the same error').to.have.length(0);
    await expectAccessible(element);
    element.remove();
  });

  it('says so for a transcript without topics, and keeps its fallback', async () => {
    const bare = { ...sample, topics: [], quotes: [] };
    const element = await card(html`<verbatim-topic-card .transcript=${bare}><p>Engines that weave</p></verbatim-topic-card>`);
    expect(text(element, 'error')).to.equal('This topic could not be loaded.');
    expect(reports).to.deep.equal(['<verbatim-topic-card>: This transcript has no topics: a topic card has nothing to show.']);
    expect(fallbackShown(element)).to.equal(true);
    element.topic = 'engines';
    await element.updateComplete;
    expect(reports[1]).to.equal('<verbatim-topic-card>: No topic "engines": this transcript has no topics.');
  });

  it('shows its fallback while loading and hides it when ready', async () => {
    const element = document.createElement('verbatim-topic-card');
    element.append(Object.assign(document.createElement('p'), { textContent: 'Loading the topic' }));
    document.body.append(element);
    try {
      expect(await afterNextUpdate(element, () => fallbackShown(element)), 'the first update, while loading').to.equal(true);
      await element.updateComplete;
      expect(part(element, 'title')).to.exist;
      expect(fallbackShown(element)).to.equal(false);
    } finally {
      element.remove();
    }
  });

  it('renders hostile strings as text and runs none of them', async () => {
    delete window.verbatimHostile;
    const element = await card(html`<verbatim-topic-card topic="attack" .transcript=${hostile}></verbatim-topic-card>`);
    expect(part(element, 'title')!.textContent).to.equal(`<img src=x onerror="window.verbatimHostile = 'topic'">Attack`);
    expect(text(element, 'summary')).to.equal(`<a href="javascript:window.verbatimHostile = 'summary'">Click</a> me`);
    expect(part(element, 'quote')!.querySelector('blockquote')!.textContent).to.equal(`<script>window.verbatimHostile = 'quote'</script> & "goodbye"`);
    expect(element.shadowRoot!.querySelectorAll('script, img, svg, b, a')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.verbatimHostile).to.equal(undefined);
  });

  it('fits a 320 px sidebar', async () => {
    // Not a wrapper through fixture(): for a plain element it waits for an animation frame, which
    // a background tab (the runner has two) never gets.
    const element = await card(html`<verbatim-topic-card style="width: 320px" topic="engines" href="/talk.html" .transcript=${sample}></verbatim-topic-card>`);
    expect(element.getBoundingClientRect().width).to.equal(320);
    expect(part(element, 'base')!.scrollWidth).to.be.at.most(320);
    expect(Number.parseFloat(getComputedStyle(part(element, 'summary')!).fontSize), 'readable text').to.be.at.least(14);
  });

  it('is accessible in the light and dark colour schemes', async () => {
    const element = await card(html`<verbatim-topic-card topic="engines" href="/talk.html" .transcript=${sample}></verbatim-topic-card>`);
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
});
