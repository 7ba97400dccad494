import { tokenize } from './normalize.js';

/** One part of a query that a segment must contain. */
export type Clause =
  /** A word, matched fuzzily; `prefix` when the reader may still be typing it. */
  | { kind: 'word'; term: string; prefix: boolean }
  /** A quoted phrase: these exact words in a row; the last may be a prefix while typed. */
  | { kind: 'phrase'; terms: string[]; prefix: boolean };

/** Words shorter than this are never completed as prefixes ("a" would match half the text). */
export const MIN_PREFIX_LENGTH = 3;

/**
 * Splits a query into clauses: quoted phrases (an unclosed quote runs to the end) and single
 * words, folded like the text. The last word or phrase is completed as a prefix unless the
 * query ends with a space or a closing quote: "holo" finds "hologram" while it is typed.
 */
export function parseQuery(query: string): Clause[] {
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  const add = (clause: Clause) => {
    const key = JSON.stringify(clause);
    if (!seen.has(key)) clauses.push(clause);
    seen.add(key);
  };
  const typing = /[\p{L}\p{N}\p{M}]$/u.test(query);
  const parts = query.split('"');
  parts.forEach((part, index) => {
    const words = tokenize(part).map((token) => token.term);
    if (words.length === 0) return;
    const last = index === parts.length - 1 && typing;
    const prefix = last && words[words.length - 1]!.length >= MIN_PREFIX_LENGTH;
    // Odd parts lie between quotes: matched exactly, even a single word.
    if (index % 2 === 1) {
      add({ kind: 'phrase', terms: words, prefix });
      return;
    }
    words.forEach((term, wordIndex) => add({ kind: 'word', term, prefix: prefix && wordIndex === words.length - 1 }));
  });
  return clauses;
}
