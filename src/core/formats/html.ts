// The Podcasting 2.0 HTML transcript: `<cite>` names the speaker, `<time>` the start, `<p>` holds
// the words. Only text is taken from the file: its markup is parsed by an HTML parser (the
// browser's DOMParser, or one registered with setHtmlScanner, as the command line does) and
// nothing of it is ever inserted as markup. Script, style and template contents are not text.
import { TranscriptError } from '../errors.js';
import type { TranscriptFormatReader } from './format.js';
import { toTranscript } from './paragraphs.js';
import type { Utterance } from './paragraphs.js';

/** The transcript's elements in document order, each with its text (markup removed, entities decoded). */
export interface HtmlPiece {
  tag: 'cite' | 'time' | 'p';
  text: string;
}

/** Reads HTML into the pieces of a transcript. Elements nested in one of them are part of its text. */
export type HtmlScanner = (html: string) => HtmlPiece[];

/** Elements whose content is never text of the transcript. */
export const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title']);

/** The DOMParser of a browser: it builds an inert document (no script runs, nothing loads). */
function scanWithDomParser(html: string): HtmlPiece[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const textOf = (node: Node): string => [...node.childNodes].map((child) => {
    if (child.nodeType === 3) return (child as Text).data;
    if (child.nodeType !== 1) return '';
    const name = (child as Element).localName;
    return name === 'br' ? ' ' : HIDDEN_ELEMENTS.has(name) ? '' : textOf(child);
  }).join('');
  return [...parsed.querySelectorAll('cite, time, p')]
    .filter((element) => !element.parentElement?.closest('cite, time, p') && !element.closest([...HIDDEN_ELEMENTS].join()))
    .map((element) => ({ tag: element.localName as HtmlPiece['tag'], text: textOf(element) }));
}

let registeredScanner: HtmlScanner | undefined;

/** Gives the HTML reader a parser where there is no DOMParser (Node: the command line registers parse5). */
export function setHtmlScanner(scanner: HtmlScanner | undefined): void {
  registeredScanner = scanner;
}

/** "1:02:03", "12:34", "0:05.5", "75.2" → seconds. */
function readTime(text: string): number | undefined {
  const match = /^(?:(?:(\d+):)?(\d{1,2}):)?(\d{1,2}(?:[.,]\d+)?|\d+(?:[.,]\d+)?)$/.exec(text);
  if (!match) return undefined;
  const [, hours = '0', minutes = '0', secs] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(secs!.replace(',', '.'));
}

export const htmlTranscript: TranscriptFormatReader<'html'> = {
  name: 'html',
  label: 'Podcasting 2.0 HTML',
  mimeTypes: ['text/html', 'application/xhtml+xml'],
  extensions: ['html', 'htm'],
  detect: (start) => /^<(?:!--|!doctype html|html|head|body|meta|cite|time|p|div|section|article)[\s>/]/i.test(start),
  parse(text, { id, title, warn }) {
    const scan = registeredScanner ?? (typeof DOMParser === 'function' ? scanWithDomParser : undefined);
    if (!scan) throw new TranscriptError('Reading HTML needs an HTML parser here: DOMParser, or one given to setHtmlScanner.');
    const utterances: Utterance[] = [];
    let speaker: string | undefined;
    let start: number | undefined;
    let paragraph = 0;
    for (const { tag, text: raw } of scan(text)) {
      const words = raw.replace(/\s+/g, ' ').trim();
      if (tag === 'cite') {
        speaker = words.replace(/\s*:$/, '') || undefined;
      } else if (tag === 'time') {
        start = readTime(words);
        if (start === undefined) warn({ reason: `The time "${words.slice(0, 40)}" before paragraph ${paragraph + 1} is not like "1:02:03"; that paragraph has no start time.` });
      } else {
        paragraph++;
        utterances.push({ speaker, text: words, start });
        start = undefined;
      }
    }
    if (paragraph === 0) throw new TranscriptError('This HTML has no <p> paragraphs to read as a transcript.');
    return toTranscript(utterances, { id, title }, false);
  },
};
