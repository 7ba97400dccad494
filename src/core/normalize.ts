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

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;

/*
 * A word: a letter or digit, then letters, digits and combining marks (\p{L}, \p{N}, \p{M}),
 * with inner apostrophes ("don't", "I’d": an apostrophe followed by one of those), read a
 * character at a time (a regular expression's match objects were a third of the cost of
 * indexing a long transcript). Classes of characters beyond ASCII are looked up once each.
 */
const NOT_WORD = 0;
const LETTER_OR_DIGIT = 1;
const MARK = 2;
const LETTER_OR_DIGIT_PATTERN = /^[\p{L}\p{N}]$/u;
const MARK_PATTERN = /^\p{M}$/u;
const classesBeyondAscii = new Map<number, number>();

function classOf(codePoint: number): number {
  if (codePoint < 128) {
    const lower = codePoint | 32; // A–Z → a–z
    return (lower >= 97 && lower <= 122) || (codePoint >= 48 && codePoint <= 57) ? LETTER_OR_DIGIT : NOT_WORD;
  }
  let found = classesBeyondAscii.get(codePoint);
  if (found === undefined) {
    const character = String.fromCodePoint(codePoint);
    found = LETTER_OR_DIGIT_PATTERN.test(character) ? LETTER_OR_DIGIT : MARK_PATTERN.test(character) ? MARK : NOT_WORD;
    classesBeyondAscii.set(codePoint, found);
  }
  return found;
}

/** The offset after the letters, digits and marks of `text` from `offset` on. */
function skipWordCharacters(text: string, offset: number): number {
  while (offset < text.length) {
    const codePoint = text.codePointAt(offset)!;
    if (classOf(codePoint) === NOT_WORD) break;
    offset += codePoint > 0xffff ? 2 : 1;
  }
  return offset;
}

/** Calls `visit` with the offsets of each word of `text`, in order. */
export function forEachWordSpan(text: string, visit: (start: number, end: number) => void): void {
  let offset = 0;
  while (offset < text.length) {
    const codePoint = text.codePointAt(offset)!;
    if (classOf(codePoint) !== LETTER_OR_DIGIT) {
      offset += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const start = offset;
    offset = wordEnd(text, start);
    visit(start, offset);
  }
}

/** The offset after the word of `text` that starts at `start` (a letter or digit). */
export function wordEnd(text: string, start: number): number {
  let offset = skipWordCharacters(text, start);
  for (;;) {
    const next = text.charCodeAt(offset);
    if (next !== 0x27 && next !== 0x2019) return offset; // ' or ’
    const after = skipWordCharacters(text, offset + 1);
    if (after === offset + 1) return offset;
    offset = after;
  }
}

/** The matching form of one word: "Café" → "cafe", "Don’t" → "dont". */
export function foldTerm(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '');
}

/** The words of `text` with their folded terms and their offsets in `text` itself. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWordSpan(text, (start, end) => tokens.push({ term: foldTerm(text.slice(start, end)), start, end }));
  return tokens;
}
