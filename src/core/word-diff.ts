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

/** Numbers for words (equal words, equal numbers), so that the inner loop compares integers. */
function numbered(asked: readonly DiffWord[], window: readonly DiffWord[]) {
  const numbers = new Map<string, number>();
  const number = (word: DiffWord) => numbers.get(word.term) ?? numbers.set(word.term, numbers.size).size - 1;
  return { askedIds: Int32Array.from(asked, number), windowIds: Int32Array.from(window, number) };
}

/**
 * Aligns all of `asked` with the stretch of `window` that needs the fewest word edits
 * (inserting, removing or replacing a word costs 1). Time and memory are
 * O(asked.length × window.length): callers keep both bounded.
 *
 * Of equally cheap alignments, it takes the one whose passage ends later, so that a last word
 * that differs shows as replaced by the transcript's; and, tracing back, it prefers removing
 * an asked word to replacing it, so that an extra word before the passage is not paired with
 * the transcript's word before it.
 */
export function alignWords(asked: readonly DiffWord[], window: readonly DiffWord[]): WordAlignment {
  const m = asked.length;
  const w = window.length;
  const width = w + 1;
  const table = new Int32Array((m + 1) * width);
  const { askedIds, windowIds } = numbered(asked, window);
  // Row 0 is all zeros: the passage may start anywhere in the window.
  for (let i = 1; i <= m; i++) {
    const row = i * width;
    const above = row - width;
    const id = askedIds[i - 1]!;
    let left = i;
    table[row] = left;
    for (let j = 1; j <= w; j++) {
      left = Math.min(table[above + j - 1]! + (windowIds[j - 1] === id ? 0 : 1), table[above + j]! + 1, left + 1);
      table[row + j] = left;
    }
  }
  // The passage may end anywhere: the cheapest end, the later one on a tie.
  const last = m * width;
  let end = 0;
  for (let j = 1; j <= w; j++) if (table[last + j]! <= table[last + end]!) end = j;

  const steps: Step[] = [];
  let i = m;
  let j = end;
  while (i > 0) {
    const here = table[i * width + j]!;
    const diagonal = j > 0 ? table[(i - 1) * width + j - 1]! : Number.POSITIVE_INFINITY;
    if (j > 0 && askedIds[i - 1] === windowIds[j - 1] && here === diagonal) {
      steps.push('equal');
      i--;
      j--;
    } else if (here === table[(i - 1) * width + j]! + 1) {
      steps.push('removed');
      i--;
    } else if (here === diagonal + 1) {
      steps.push('replace');
      i--;
      j--;
    } else {
      steps.push('added');
      j--;
    }
  }
  steps.reverse();
  const equal = steps.filter((step) => step === 'equal').length;
  return { cost: table[last + end]!, equal, start: j, end, diff: runs(steps, asked, window, j) };
}

/** How changed runs are marked: before and after the words. */
export interface DiffMarks {
  removed: [string, string];
  added: [string, string];
}

const PLAIN_MARKS: DiffMarks = { removed: ['[-', '-]'], added: ['{+', '+}'] };

/** A diff as one line of text, in the style of `git diff --word-diff`: `a [-b-] {+c+} d`. */
export function formatWordDiff(diff: readonly WordDiff[], marks: DiffMarks = PLAIN_MARKS): string {
  return diff.map(({ type, text }) => (type === 'equal' ? text : `${marks[type][0]}${text}${marks[type][1]}`)).join(' ');
}
