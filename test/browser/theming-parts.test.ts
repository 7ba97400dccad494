import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { Transcript } from '../../src/core/types.js';
import { interview } from '../../src/data/interview.js';
import { waitUntil } from './helpers/wait.js';

/*
 * A page themes a part with ::part(): its font, size and colour must reach the part's words.
 * An element's own rule for a child of the part (a <p> inside the blockquote) would win over the
 * page's rule, which only styles the part itself; so each element keeps fonts on its parts.
 */

const timed: Transcript = {
  version: 1, id: 'timed', title: 'A timed talk', language: 'en',
  speakers: [{ id: 'ada', name: 'Ada', role: 'host' }],
  segments: [{ id: 's1', speaker: 'ada', text: 'Engines that weave patterns.', start: 5, end: 9, note: 'teaser' }],
  topics: [], quotes: [],
};

const THEME = { fontFamily: '"Courier New"', fontSize: '31px', color: 'rgb(1, 2, 3)' };

interface Case {
  /** The element, its attributes, and its transcript when not the bundled interview. */
  tag: string;
  attributes: Record<string, string>;
  transcript?: Transcript;
  /** The documented parts that hold words. */
  parts: string[];
}

const CASES: Case[] = [
  { tag: 'verbatim-quote', attributes: { quote: 'q05', href: '/talk.html' }, parts: ['text', 'cite', 'context-link', 'copy'] },
  { tag: 'verbatim-quote', attributes: { quote: 'no-such-quote' }, parts: ['error'] },
  { tag: 'verbatim-topic-card', attributes: { topic: 'open-source', href: '/talk.html' }, parts: ['title', 'summary', 'quote', 'context-link'] },
  { tag: 'verbatim-topic-card', attributes: { topic: 'no-such-topic' }, parts: ['error'] },
  { tag: 'verbatim-quote-carousel', attributes: { topic: 'open-source', href: '/talk.html' }, parts: ['slide'] },
  { tag: 'verbatim-quote-carousel', attributes: { speaker: 'nobody' }, parts: ['error'] },
  { tag: 'verbatim-transcript', attributes: { query: 'weave' }, transcript: timed, parts: ['search', 'match-count', 'segment', 'speaker', 'timestamp', 'note', 'match'] },
  { tag: 'verbatim-transcript', attributes: { speaker: 'nobody' }, transcript: timed, parts: ['error'] },
];

/**
 * The element holding the part's first words of its own: not those of a part inside it, nor a
 * button's label (a control in a segment is not its words).
 */
function wordsOf(partElement: Element): Element {
  if (partElement instanceof HTMLInputElement) return partElement;
  const walker = document.createTreeWalker(partElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const holder = node.parentElement!;
    if (node.textContent!.trim() && holder.closest('[part], button') === partElement) return holder;
  }
  throw new Error(`part ${partElement.getAttribute('part')} holds no words of its own`);
}

const styleOf = (element: Element) => {
  const style = getComputedStyle(element);
  return { fontFamily: style.fontFamily, fontSize: style.fontSize, color: style.color };
};

describe('::part() theming: every part takes its own font, size and colour', () => {
  for (const { tag, attributes, transcript, parts } of CASES) {
    for (const name of parts) {
      it(`${tag}::part(${name}) ${JSON.stringify(attributes)}`, async () => {
        const holder = document.body.appendChild(document.createElement('div'));
        const sheet = document.head.appendChild(document.createElement('style'));
        try {
          const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; transcript?: Transcript };
          for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
          holder.append(element);
          if (transcript) element.transcript = transcript;
          if (!transcript) element.transcript = interview;
          await element.updateComplete;
          await waitUntil(() => element.shadowRoot!.querySelector(`[part~=${name}]`), `part ${name} renders`);
          const words = wordsOf(element.shadowRoot!.querySelector(`[part~=${name}]`)!);
          const before = styleOf(words);
          sheet.textContent = `${element.localName}::part(${name}) { font-family: ${THEME.fontFamily}; font-size: ${THEME.fontSize}; color: ${THEME.color}; }`;
          expect(before, 'the theme differs from the default').not.to.deep.equal(THEME);
          expect(styleOf(words)).to.deep.equal(THEME);
        } finally {
          sheet.remove();
          holder.remove();
        }
      });
    }
  }
});
