// An HTML scanner for Node (the command line): htmlparser2, a small, forgiving streaming parser.
// Kept out of the browser bundles, which use DOMParser.
import { Parser } from 'htmlparser2';
import { HIDDEN_ELEMENTS } from './html.js';
import type { HtmlPiece, HtmlScanner } from './html.js';

const PIECES = new Set(['cite', 'time', 'p']);

export const scanWithHtmlparser2: HtmlScanner = (html) => {
  const pieces: HtmlPiece[] = [];
  /** The piece being read, and how deep inside it the parser is. */
  let current: { piece: HtmlPiece; depth: number } | undefined;
  let hidden = 0;
  const parser = new Parser({
    onopentag(name) {
      if (HIDDEN_ELEMENTS.has(name)) hidden++;
      else if (current) current.depth++;
      else if (PIECES.has(name) && hidden === 0) current = { piece: { tag: name as HtmlPiece['tag'], text: '' }, depth: 0 };
      if (name === 'br' && current && hidden === 0) current.piece.text += ' ';
    },
    ontext(text) {
      if (current && hidden === 0) current.piece.text += text;
    },
    onclosetag(name) {
      if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(0, hidden - 1);
      else if (current && current.depth > 0) current.depth--;
      else if (current) {
        pieces.push(current.piece);
        current = undefined;
      }
    },
  }, { decodeEntities: true });
  parser.end(html);
  return pieces;
};
