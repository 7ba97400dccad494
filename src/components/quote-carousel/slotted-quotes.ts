import type { PassageMatch } from '../../core/passage.js';
import type { Quote } from '../../core/types.js';
import type { PassageAsk, PassageCheck } from '../common/passage-check.js';

/** A slide: a quote of the transcript, or a passage found by the words of a slotted blockquote. */
export type Slide = Quote & { check?: Extract<PassageCheck, { match: PassageMatch }> };

/** The words of a slotted `<blockquote>`, its id (for `verbatim-slide-change`) and occurrence. */
export interface SlottedQuote extends PassageAsk {
  id: string;
}

/**
 * The quotes a page lists inside the carousel as `<blockquote>` elements (directly or in a
 * list): each one's paragraphs, or its text without a `<footer>` or `<cite>` (the credit),
 * with `data-occurrence` choosing among repeated words. The list is the no-script fallback.
 */
export function slottedQuotes(host: Element): SlottedQuote[] {
  return [...host.querySelectorAll('blockquote')].map((blockquote, index) => {
    const paragraphs = [...blockquote.querySelectorAll('p')];
    const parts = paragraphs.length > 0 ? paragraphs : [blockquote];
    const text = parts.map((part) => ownText(part)).join(' ').replace(/\s+/g, ' ').trim();
    const occurrence = blockquote.dataset.occurrence === undefined ? undefined : Number(blockquote.dataset.occurrence);
    return { id: blockquote.id || `passage-${index + 1}`, text, occurrence };
  });
}

/** The text of `node` without what its footers and citations say. */
function ownText(node: Node): string {
  if (node instanceof Element && node.matches('footer, cite, figcaption')) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(ownText).join('');
}

/**
 * The slides for the slotted quotes that were found in the transcript, in the page's order,
 * and one message naming those that were not (undefined when all were found).
 */
export function slidesFromChecks(asked: readonly SlottedQuote[], checks: readonly PassageCheck[]): { slides: Slide[]; message?: string } {
  const slides: Slide[] = [];
  const problems: string[] = [];
  checks.forEach((check, index) => {
    const ask = asked[index]!;
    if ('match' in check) slides.push({ id: ask.id, segment: check.match.segments[0]!.id, text: check.match.text, check });
    else problems.push(`Quote ${index + 1} (${ask.id}): ${check.message}`);
  });
  if (problems.length === 0) return { slides };
  const left = `${problems.length} of ${asked.length} quotes ${problems.length === 1 ? 'is' : 'are'} left out.`;
  return { slides, message: [left, ...problems].join('\n') };
}
