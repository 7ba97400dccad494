/**
 * Word tokens for search: case and diacritics folded for matching, offsets kept in the
 * original text so that matches can be highlighted where the reader sees them.
 */

export interface Token {
  /** The folded form used for matching: lower case, no diacritics, no apostrophes. */
  term: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset after the last character in the original text. */
  end: number;
}

// A word: letters, digits and combining marks, with inner apostrophes ("don't", "I’d").
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;

/** The matching form of one word: "Café" → "cafe", "Don’t" → "dont". */
export function foldTerm(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '');
}

/**
 * Calls `visit` with each word of `text`: its folded term and its offsets in `text` itself.
 * `fold` folds one word: `foldTerm`, or `rememberingFold()` when many texts are read.
 */
export function forEachWord(text: string, visit: (term: string, start: number, end: number) => void, fold: (word: string) => string = foldTerm): void {
  for (const match of text.matchAll(WORD)) {
    const term = fold(match[0]);
    if (term) visit(term, match.index, match.index + match[0].length);
  }
}

/** The words of `text` with their folded terms and their offsets in `text` itself. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (term, start, end) => tokens.push({ term, start, end }));
  return tokens;
}

/**
 * `foldTerm` that folds each distinct word once: a transcript says its words again and again,
 * and Unicode normalisation is most of the cost of indexing it.
 */
export function rememberingFold(): (word: string) => string {
  const folded = new Map<string, string>();
  return (word) => {
    let term = folded.get(word);
    if (term === undefined) {
      term = foldTerm(word);
      folded.set(word, term);
    }
    return term;
  };
}
