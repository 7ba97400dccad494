const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';

/**
 * Closes the bidirectional embeddings, overrides and isolates that `text` opens and leaves
 * open, so that a right-to-left override hidden in the data cannot reverse the text written
 * after it (a speaker's name, a link label…) where text is joined as a string. The characters
 * themselves are kept: the data stays verbatim.
 */
export function containBidi(text: string): string {
  const open: string[] = [];
  for (const char of text) {
    if (EMBEDDINGS.has(char) || ISOLATES.has(char)) open.push(char);
    else if (char === POP_EMBEDDING && open.length > 0 && EMBEDDINGS.has(open[open.length - 1]!)) open.pop();
    else if (char === POP_ISOLATE && open.some((opener) => ISOLATES.has(opener))) {
      // The end of an isolate also ends the embeddings opened inside it.
      while (!ISOLATES.has(open.pop()!));
    }
  }
  const closers = open.reverse().map((opener) => (ISOLATES.has(opener) ? POP_ISOLATE : POP_EMBEDDING));
  return text + closers.join('');
}
