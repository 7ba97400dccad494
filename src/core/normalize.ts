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

/** The words of `text` with their folded terms and their offsets in `text` itself. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = foldTerm(match[0]);
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
