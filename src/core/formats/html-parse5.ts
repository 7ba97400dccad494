// An HTML scanner for Node (the command line): parse5, the HTML standard's own parsing
// algorithm, as a browser's DOMParser runs it. Kept out of the browser bundles.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { HIDDEN_ELEMENTS } from './html.js';
import type { HtmlPiece, HtmlScanner } from './html.js';

type Node = DefaultTreeAdapterTypes.Node;

const PIECES = new Set(['cite', 'time', 'p']);

export const scanWithParse5: HtmlScanner = (html) => {
  const pieces: HtmlPiece[] = [];
  // Depth-first in document order, without recursion (a hostile file may nest deeply); each
  // entry carries the piece its text belongs to, if any.
  const stack: Array<{ node: Node; piece: HtmlPiece | undefined }> = [{ node: parse(html), piece: undefined }];
  while (stack.length > 0) {
    const { node, piece } = stack.pop()!;
    if (node.nodeName === '#text') {
      if (piece) piece.text += (node as DefaultTreeAdapterTypes.TextNode).value;
      continue;
    }
    // Comments and the doctype have no children; template contents are not among them.
    if (!('childNodes' in node)) continue;
    const name = 'tagName' in node ? node.tagName : '';
    if (HIDDEN_ELEMENTS.has(name)) continue;
    if (name === 'br' && piece) piece.text += ' ';
    let current = piece;
    if (!current && PIECES.has(name)) {
      current = { tag: name as HtmlPiece['tag'], text: '' };
      pieces.push(current);
    }
    for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push({ node: node.childNodes[index]!, piece: current });
  }
  return pieces;
};
