// A small element tree from XML text, read with saxes: a non-validating parser that reads no
// DTD, expands no entity beyond XML's five and character references, and opens no file or URL.
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';

export interface XmlElement {
  /** Namespace URI ("" for none). */
  uri: string;
  /** The prefix as written ("podcast" in `podcast:person`), for feeds that forget to declare it. */
  prefix: string;
  local: string;
  /** Attributes by local name (namespaced attributes are not needed for feeds). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, children's text excluded. */
  text: string;
}

/** XML that cannot be read, with the line and column of the problem. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/**
 * Problems that leave the document readable: an entity XML does not define (`&nbsp;`, common in
 * hand-written feeds) is kept as written, and an undeclared prefix is read as a plain name.
 */
const TOLERATED = /undefined entity|unbound namespace prefix/;

/**
 * Parses `text` into its root element. A DOCTYPE that declares entities is refused outright:
 * such a feed is either an entity-expansion ("billion laughs") or external-entity attack, or an
 * oddity no podcast app reads; nothing in it is expanded or fetched either way.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: XmlError | undefined;
  const fail = (message: string) => {
    failure ??= new XmlError(message);
  };

  parser.on('error', (error) => {
    if (!TOLERATED.test(error.message)) fail(`Not well-formed XML: ${error.message}`);
  });
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail(`line ${parser.line}: the document declares entities in its DOCTYPE; entities are not expanded (they can be used to exhaust memory or read files), so the document is refused.`);
  });
  parser.on('opentag', (tag) => {
    const { uri = '', prefix, local, attributes } = tag as SaxesTagNS;
    const element: XmlElement = { uri, prefix, local, attributes: {}, children: [], text: '' };
    for (const attribute of Object.values(attributes)) {
      if (attribute.prefix === '' && attribute.local !== 'xmlns') element.attributes[attribute.local] = attribute.value;
    }
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (value: string) => {
    const current = stack.at(-1);
    if (current) current.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text).close();
  } catch (error) {
    fail(`Not well-formed XML: ${(error as Error).message}`);
  }
  if (failure) throw failure;
  if (!root) throw new XmlError('The document holds no XML element.');
  return root;
}

/** The children of `element` named `local` in namespace `uri` (or with `prefix`, when undeclared). */
export function childrenNamed(element: XmlElement, local: string, namespace: { uri: RegExp | string; prefix: string } | '' = ''): XmlElement[] {
  return element.children.filter((child) => {
    if (child.local !== local) return false;
    if (namespace === '') return child.uri === '';
    if (typeof namespace.uri === 'string' ? child.uri === namespace.uri : namespace.uri.test(child.uri)) return true;
    // An undeclared prefix leaves no namespace URI, or (in saxes) the prefix itself.
    return child.prefix === namespace.prefix && (child.uri === '' || child.uri === child.prefix);
  });
}
