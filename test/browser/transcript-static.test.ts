import { expect } from '@open-wc/testing';
import '../../src/components/transcript/transcript.js';
import type { VerbatimTranscript } from '../../src/components/transcript/transcript.js';
import { renderCarouselHtml, renderTopicCardHtml, renderTranscriptHtml } from '../../src/core/static-html.js';
import { interview } from '../../src/data/interview.js';
import { expectAccessible } from './helpers/axe.js';
import { afterNextUpdate } from './helpers/elements.js';
import { waitUntil } from './helpers/wait.js';

/** The bundled interview as `verbatim html transcript` writes it, parsed (test data, not page data). */
const staticTranscript = (): DocumentFragment => document.createRange().createContextualFragment(renderTranscriptHtml(interview));

/** Sums the layout shifts Chromium reports until `stop()`; other engines report none. */
function layoutShifts(): { stop: () => number } {
  let total = 0;
  const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
  });
  if (supported) observer.observe({ type: 'layout-shift' });
  return { stop: () => (observer.disconnect(), total) };
}

/** A page: a heading, then the transcript holding its static HTML, then a footer. */
function page(src?: string): { element: VerbatimTranscript; remove: () => void } {
  const container = document.createElement('div');
  const heading = document.createElement('h1');
  heading.textContent = 'A page with a transcript';
  const element = document.createElement('verbatim-transcript');
  if (src) element.src = src;
  element.append(staticTranscript());
  const footer = document.createElement('p');
  footer.textContent = 'The end of the page.';
  container.append(heading, element, footer);
  document.body.append(container);
  return { element, remove: () => container.remove() };
}

const shadowSegment = (element: VerbatimTranscript, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`[data-segment-id="${id}"]`);
const top = (node: Element) => node.getBoundingClientRect().top;
/** Where a linked segment belongs after the upgrade: where its paragraph was, or 8 px below the sticky bar if that was under it. */
const linkedPlace = (element: VerbatimTranscript, before: number) =>
  Math.max(before, element.shadowRoot!.querySelector('.toolbar')!.getBoundingClientRect().bottom + 8);

/**
 * A page whose reader is at the static paragraph `id` (at `block` of the view, where a #fragment
 * or their own scrolling put it) when the element upgrades: the page, where the paragraph was,
 * and the element's segment that took its place.
 */
async function readerAt(id: string, block: ScrollLogicalPosition) {
  const { element, remove } = page();
  try {
    const paragraph = document.getElementById(`verbatim-${id}`)!;
    const before = await afterNextUpdate(element, () => {
      paragraph.scrollIntoView({ block });
      return top(paragraph);
    });
    await element.updateComplete;
    const segment = shadowSegment(element, id);
    expect(segment, 'the element renders the paragraph').to.exist;
    return { element, remove, paragraph, before, segment: segment! };
  } catch (error) {
    remove();
    throw error;
  }
}

describe('<verbatim-transcript> over its static HTML', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    scrollTo(0, 0);
  });

  it('is accessible as static HTML, before any script', async () => {
    const container = document.createElement('div');
    container.append(staticTranscript());
    document.body.append(container);
    try {
      await expectAccessible(container);
    } finally {
      container.remove();
    }
  });

  it('is accessible as a static topic card and carousel', async () => {
    const container = document.createElement('div');
    const card = document.createElement('div');
    card.append(document.createRange().createContextualFragment(renderTopicCardHtml(interview, 'open-source', { href: 'transcript.html' })));
    const carousel = document.createElement('div');
    carousel.append(document.createRange().createContextualFragment(renderCarouselHtml(interview, { topic: 'orion-glasses' }, { href: 'transcript.html' })));
    container.append(card, carousel);
    document.body.append(container);
    try {
      await expectAccessible(container);
      expect(card.querySelector('h3')!.textContent).to.equal(interview.topics.find((topic) => topic.id === 'open-source')!.title);
      expect(carousel.querySelectorAll('li blockquote').length).to.be.above(1);
    } finally {
      container.remove();
    }
  });

  it('keeps a reader sent to a paragraph by its #fragment at that paragraph, below the sticky bar, when it upgrades', async () => {
    history.replaceState(null, '', '#verbatim-s060');
    const shifts = layoutShifts();
    // The browser scrolls to the paragraph of the fragment (the static one, shown while the
    // element's data loads) at the top of the view, where the element's sticky bar will be.
    const { element, remove, paragraph, before, segment } = await readerAt('s060', 'start');
    try {
      expect(paragraph.checkVisibility(), 'the static paragraph gave way').to.be.false;
      const place = linkedPlace(element, before);
      expect(place, 'the paragraph was where the bar now is').to.be.above(before + 20);
      expect(Math.abs(top(segment) - place), `at ${top(segment)}, not just below the bar (${place})`).to.be.below(2);
      // Two frames on, once the segments above have their real heights, it is still there.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(Math.abs(top(segment) - place), `at ${top(segment)} two frames on, not at ${place}`).to.be.below(2);
      expect(segment.classList.contains('linked'), 'the linked segment is marked').to.be.true;
      expect(shifts.stop()).to.be.below(0.05);
      await expectAccessible(element);
    } finally {
      remove();
    }
  });

  it('lays out what is above a reader sent far down the transcript: laying it out again later does not move the reader', async () => {
    history.replaceState(null, '', '#verbatim-s120');
    const { element, remove, before, segment } = await readerAt('s120', 'start');
    try {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const place = linkedPlace(element, before);
      expect(Math.abs(top(segment) - place), `at ${top(segment)}, not at ${place}`).to.be.below(2);
      // What a reader scrolling back up would make the browser do: lay out every passage above.
      // Had they been placed at an estimated height, the reader's passage would move by thousands of pixels.
      for (const block of element.shadowRoot!.querySelectorAll<HTMLElement>('.block')) block.style.contentVisibility = 'visible';
      expect(Math.abs(top(segment) - place), `at ${top(segment)} with everything laid out, not at ${place}`).to.be.below(2);
    } finally {
      remove();
    }
  });

  it('keeps the paragraph in the middle of the view in place for a reader who scrolled there', async () => {
    const { remove, before, segment } = await readerAt('s100', 'center');
    try {
      const end = document.documentElement.scrollHeight - innerHeight;
      expect(Math.abs(top(segment) - before), `at ${top(segment)}, was at ${before}, scrolled ${scrollY} of ${end}`).to.be.below(2);
    } finally {
      remove();
    }
  });

  it('leaves the page where it is for a reader above the transcript', async () => {
    const shifts = layoutShifts();
    const { element, remove } = page();
    try {
      const headingTop = await afterNextUpdate(element, () => top(document.querySelector('h1')!));
      await element.updateComplete;
      expect(scrollY).to.equal(0);
      expect(top(document.querySelector('h1')!)).to.equal(headingTop);
      expect(shadowSegment(element, 's001')).to.exist;
      expect(shifts.stop()).to.be.below(0.05);
    } finally {
      remove();
    }
  });

  it('keeps its static text readable, with the error, when its data cannot be loaded', async () => {
    const { element, remove } = page('/test/missing-static-transcript.json');
    try {
      const failed = new Promise((resolve) => element.addEventListener('verbatim-error', resolve, { once: true }));
      await failed;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part~=error]')!.textContent).to.equal('This transcript could not be loaded.');
      const fallback = element.shadowRoot!.querySelector('.fallback')!;
      expect(fallback.hasAttribute('hidden'), 'the static transcript is not hidden').to.equal(false);
      const error = element.shadowRoot!.querySelector('[part~=error]')!;
      expect(error.compareDocumentPosition(fallback) & Node.DOCUMENT_POSITION_FOLLOWING, 'the error comes first').to.not.equal(0);
      const paragraph = element.querySelector('p[data-segment-id]')!;
      expect(paragraph.getBoundingClientRect().height, 'its paragraphs take room on the page').to.be.above(0);
      expect(paragraph.textContent).to.contain(interview.segments[0]!.text);
      await expectAccessible(element);
    } finally {
      remove();
    }
  });

  it('answers the same links after it upgraded: a #fragment goes to the segment', async () => {
    const { element, remove } = page();
    try {
      await element.updateComplete;
      location.hash = '#verbatim-s090';
      await waitUntil(() => shadowSegment(element, 's090'), 'the segment of the link is rendered');
      const segment = shadowSegment(element, 's090')!;
      await waitUntil(() => element.shadowRoot!.activeElement === segment, 'the segment of the link has focus');
      await waitUntil(() => top(segment) >= 0 && segment.getBoundingClientRect().bottom <= innerHeight, 'the segment of the link is in view');
    } finally {
      remove();
    }
  });
});
