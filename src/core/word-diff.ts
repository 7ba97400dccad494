/**
 * A word-level diff between the words someone asked for and a passage of a transcript, found
 * by aligning the two (an edit distance over words, free at both ends of the passage's window,
 * as for finding a short text inside a longer one).
 */

/**
 * One run of a word diff, read as the edit that turns the asked words into the transcript's:
 * `equal` words are in both, `removed` words were asked but are not in the transcript,
 * `added` words are in the transcript but were not asked. Words of a run are joined by a space.
 */
export interface WordDiff {
  type: 'equal' | 'removed' | 'added';
  text: string;
}

/** The best alignment of the asked words inside a window of transcript words. */
export interface WordAlignment {
  /** Words inserted, removed or replaced. */
  edits: number;
  /** The alignment's weighted cost (lower is closer). */
  cost: number;
  /** Words that are the same in both. */
  equal: number;
  /** The aligned passage, `[start, end)` as word indices into the window. */
  start: number;
  end: number;
  diff: WordDiff[];
}

/** A word as compared (`term`) and as shown in the diff (`shown`). */
export interface DiffWord {
  term: string;
  shown: string;
}

type Step = 'equal' | 'replace' | 'removed' | 'added';

/** Groups single-word steps into runs; within a stretch of changes, removed words come first. */
function runs(steps: Step[], asked: readonly DiffWord[], window: readonly DiffWord[], start: number): WordDiff[] {
  const diff: WordDiff[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  let equal: string[] = [];
  const flushChanges = () => {
    if (removed.length) diff.push({ type: 'removed', text: removed.join(' ') });
    if (added.length) diff.push({ type: 'added', text: added.join(' ') });
    removed = [];
    added = [];
  };
  const flushEqual = () => {
    if (equal.length) diff.push({ type: 'equal', text: equal.join(' ') });
    equal = [];
  };
  let i = 0;
  let j = start;
  for (const step of steps) {
    if (step === 'equal') {
      flushChanges();
      equal.push(window[j++]!.shown);
      i++;
      continue;
    }
    flushEqual();
    if (step !== 'added') removed.push(asked[i++]!.shown);
    if (step !== 'removed') added.push(window[j++]!.shown);
  }
  flushChanges();
  flushEqual();
  return diff;
}

/*
 * Costs, doubled to stay integers: a missing or extra word costs 2, a replaced word 2 when it
 * looks like a mishearing (same first letter: "Lama" for "Llama") and 3 otherwise. At the edge
 * of a passage, an extra asked word is then dropped rather than paired with an unrelated
 * neighbour, while in the middle a replacement still beats a removal plus an insertion.
 */
const GAP = 2;

/** Numbers for words (equal words, equal numbers), so that the inner loop compares integers. */
function numbered(asked: readonly DiffWord[], window: readonly DiffWord[]) {
  const numbers = new Map<string, number>();
  const number = (word: DiffWord) => numbers.get(word.term) ?? numbers.set(word.term, numbers.size).size - 1;
  const first = (word: DiffWord) => word.term.codePointAt(0) ?? 0;
  return {
    askedIds: Int32Array.from(asked, number),
    windowIds: Int32Array.from(window, number),
    askedFirst: Int32Array.from(asked, first),
    windowFirst: Int32Array.from(window, first),
  };
}

/**
 * Aligns all of `asked` with the stretch of `window` that needs the fewest word edits. Time
 * and memory are O(asked.length × window.length): callers keep both bounded.
 */
export function alignWords(asked: readonly DiffWord[], window: readonly DiffWord[]): WordAlignment {
  const m = asked.length;
  const w = window.length;
  const width = w + 1;
  const table = new Int32Array((m + 1) * width);
  const { askedIds, windowIds, askedFirst, windowFirst } = numbered(asked, window);
  const replaceCost = (i: number, j: number) => (askedIds[i] === windowIds[j] ? 0 : askedFirst[i] === windowFirst[j] ? 2 : 3);
  // Row 0 is all zeros: the passage may start anywhere in the window.
  for (let i = 1; i <= m; i++) {
    const row = i * width;
    const above = row - width;
    table[row] = i * GAP;
    const id = askedIds[i - 1]!;
    const firstLetter = askedFirst[i - 1]!;
    let left = table[row]!;
    for (let j = 1; j <= w; j++) {
      const diagonal = table[above + j - 1]! + (windowIds[j - 1] === id ? 0 : windowFirst[j - 1] === firstLetter ? 2 : 3);
      const up = table[above + j]! + GAP;
      left = Math.min(diagonal, up, left + GAP);
      table[row + j] = left;
    }
  }
  // The passage may end anywhere: the cheapest end, the later one on a tie, so that a last
  // word that was misheard shows as replaced rather than dropped.
  const last = m * width;
  let end = 0;
  for (let j = 1; j <= w; j++) if (table[last + j]! <= table[last + end]!) end = j;

  const steps: Step[] = [];
  let i = m;
  let j = end;
  while (i > 0) {
    const here = table[i * width + j]!;
    const cost = j > 0 ? replaceCost(i - 1, j - 1) : 0;
    if (j > 0 && here === table[(i - 1) * width + j - 1]! + cost) {
      steps.push(cost === 0 ? 'equal' : 'replace');
      i--;
      j--;
    } else if (here === table[(i - 1) * width + j]! + GAP) {
      steps.push('removed');
      i--;
    } else {
      steps.push('added');
      j--;
    }
  }
  steps.reverse();
  const equal = steps.filter((step) => step === 'equal').length;
  return { edits: steps.length - equal, cost: table[last + end]!, equal, start: j, end, diff: runs(steps, asked, window, j) };
}

/** A diff as one line of text, in the style of `git diff --word-diff`: `a [-b-]{+c+} d`. */
export function formatWordDiff(diff: readonly WordDiff[]): string {
  return diff.map(({ type, text }) => (type === 'equal' ? text : type === 'removed' ? `[-${text}-]` : `{+${text}+}`)).join(' ');
}
