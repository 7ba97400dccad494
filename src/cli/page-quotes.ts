/**
 * The `<verbatim-quote>` elements of an HTML page, read with parse5 (the HTML standard's own
 * parsing, as a browser does it: comments, scripts, entities and unclosed tags included), so
 * that a quote in a comment or a script is not taken for one, and attribute values are
 * decoded exactly as the element will see them.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

/** One `<verbatim-quote>`: where it is and the attributes that choose its words. */
export interface PageQuote {
  /** 1-based line of its start tag. */
  line: number;
  text?: string;
  quote?: string;
  occurrence?: string;
  src?: string;
}

type Node = DefaultTreeAdapterTypes.Node;

const attribute = (element: DefaultTreeAdapterTypes.Element, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name)?.value;

/** Every `<verbatim-quote>` of `html`, in document order, those inside `<template>` included. */
export function pageQuotes(html: string): PageQuote[] {
  const found: PageQuote[] = [];
  // Depth-first, in document order, without recursion (a page may nest deeply).
  const stack: Node[] = [parse(html, { sourceCodeLocationInfo: true })];
  while (stack.length) {
    const node = stack.pop()!;
    if ('tagName' in node && node.tagName === 'verbatim-quote') {
      const quote: PageQuote = { line: node.sourceCodeLocation?.startLine ?? 0 };
      for (const name of ['text', 'quote', 'occurrence', 'src'] as const) {
        const value = attribute(node, name);
        if (value !== undefined) quote[name] = value;
      }
      found.push(quote);
    }
    const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return found;
}
