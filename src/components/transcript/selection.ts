/** Where a reader's selection lies in a rendered transcript, in the words of its segments. */
import type { PassageMatch, PassageSegment } from '../../core/passage.js';
import type { Segment } from '../../core/types.js';

/** The selector of a segment's text: its one `<p>`, whose text content is the segment's text. */
const SEGMENT_TEXT = '[part~=segment] > .text';

/** The offset in `text`'s characters of the point (node, offset) inside it. */
function offsetIn(text: Element, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(text, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The first index in [0, length) for which `ok` holds, given it holds from some index on (length when none). */
function firstWhere(length: number, ok: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ok(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A part of one segment's text that a selection covers. */
export interface SelectedPart extends PassageSegment {
  speaker: string;
}

/**
 * The parts of segments' texts that `range` covers, in order (the speaker names, buttons and
 * headings between them are not words of the transcript). Found by bisection over the
 * rendered texts, so a long transcript costs a few comparisons.
 */
export function selectedParts(root: ParentNode, range: Range, segmentOf: (id: string) => Segment | undefined): SelectedPart[] {
  // A selection elsewhere (the search box's text) costs no look at the segments.
  const all = root.querySelector('.segments');
  if (!all || !range.intersectsNode(all)) return [];
  const texts = [...root.querySelectorAll(SEGMENT_TEXT)];
  const first = firstWhere(texts.length, (index) => range.comparePoint(texts[index]!, texts[index]!.childNodes.length) !== -1);
  const last = firstWhere(texts.length, (index) => range.comparePoint(texts[index]!, 0) === 1);
  const parts: SelectedPart[] = [];
  for (const text of texts.slice(first, last)) {
    const segment = segmentOf((text.parentElement as HTMLElement).dataset.segmentId ?? '');
    if (!segment) continue;
    const start = text.contains(range.startContainer) ? offsetIn(text, range.startContainer, range.startOffset) : 0;
    const end = text.contains(range.endContainer) ? offsetIn(text, range.endContainer, range.endOffset) : segment.text.length;
    const [from, to] = wholeWords(segment.text, start, end);
    if (from < to) parts.push({ id: segment.id, speaker: segment.speaker, start: from, end: to });
  }
  return parts;
}

const WORD_CHARACTER = /[\p{L}\p{N}'’]/u;

/** [start, end) widened to whole words where it cuts one, then narrowed to no spaces at its edges. */
export function wholeWords(text: string, start: number, end: number): [number, number] {
  while (start > 0 && WORD_CHARACTER.test(text[start - 1]!) && WORD_CHARACTER.test(text[start] ?? '')) start--;
  while (end < text.length && end > 0 && WORD_CHARACTER.test(text[end - 1]!) && WORD_CHARACTER.test(text[end]!)) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** The passage that `parts` (of one speaker, in order) make. */
export function passageOf(parts: readonly SelectedPart[], segmentOf: (id: string) => Segment | undefined): PassageMatch {
  const segments = parts.map(({ id, start, end }) => ({ id, start, end }));
  const text = segments.map(({ id, start, end }) => segmentOf(id)?.text.slice(start, end) ?? '').join(' ');
  const match: PassageMatch = { text, speaker: parts[0]?.speaker ?? '', segments };
  const firstTime = segmentOf(segments[0]?.id ?? '')?.start;
  const lastTime = segmentOf(segments[segments.length - 1]?.id ?? '')?.end;
  if (firstTime !== undefined) match.start = firstTime;
  if (lastTime !== undefined) match.end = lastTime;
  return match;
}

/** The first sentence of `text`, as [start, end) without surrounding spaces. */
export function firstSentence(text: string): [number, number] {
  const start = text.search(/\S/);
  if (start < 0) return [0, 0];
  // The end mark, with a closing quote or bracket after it.
  const stop = /[.!?…]["'”’)\]]*(?=\s|$)/u.exec(text.slice(start));
  return wholeWords(text, start, stop ? start + stop.index + stop[0].length : text.length);
}

/**
 * [start, end) with its `edge` moved by one word: `grow` takes the next word beyond it in,
 * otherwise its outermost word goes (a passage keeps at least one word).
 */
export function stepWord(text: string, [start, end]: [number, number], edge: 'start' | 'end', grow: boolean): [number, number] {
  if (edge === 'end') {
    if (grow) {
      const next = /^\s*\S+/.exec(text.slice(end));
      return next ? [start, end + next[0].length] : [start, end];
    }
    const previous = /\S+\s+\S*$/.exec(text.slice(start, end));
    return previous ? [start, start + previous.index + (/^\S+/.exec(previous[0])?.[0].length ?? 0)] : [start, end];
  }
  if (grow) {
    const before = /\S+\s*$/.exec(text.slice(0, start));
    return before ? [before.index, end] : [start, end];
  }
  const rest = /^\S+\s+(?=\S)/.exec(text.slice(start, end));
  return rest ? [start + rest[0].length, end] : [start, end];
}

/** A DOM range over [start, end) of the rendered `text` (which may be split by highlights). */
export function rangeOver(text: Element, start: number, end: number): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  let at = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!startSet && start <= at + length) {
      range.setStart(node, start - at);
      startSet = true;
    }
    if (startSet && end <= at + length) {
      range.setEnd(node, end - at);
      return range;
    }
    at += length;
  }
  range.selectNodeContents(text);
  return range;
}
