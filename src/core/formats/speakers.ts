// Which "Name: words" prefixes of a file are speaker labels, and which are just words.

/** A leading "Prefix: words"; what it says is the caller's to judge. */
export interface NamePrefix {
  name: string;
  text: string;
}

/**
 * Splits "Prefix: words" into the prefix and the words after it. A prefix is one to four words
 * of letters (with `.'’-`), or one `@handle`-like word, followed by a colon and a space or the
 * end of the text: "Step 1: …", "10:30 …" and "https://…" have none.
 */
export function parseNamePrefix(text: string): NamePrefix | undefined {
  const match = /^(@?[\p{L}][\p{L}\p{M}.'’_-]*(?: [\p{L}\p{M}.'’-]+){0,3}):(?:\s+|$)/u.exec(text);
  return match ? { name: match[1]!, text: text.slice(match[0].length) } : undefined;
}

/** Lowercase words that may sit inside a capitalised name: "Aaron van Wirdum", "Ibn al Haytham". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'das', 'dos', 'del', 'di', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y']);

/** Words that label a line in writing, not a person speaking. */
const NOT_SPEAKERS = new Set([
  'source', 'sources', 'note', 'notes', 'example', 'examples', 'warning', 'update', 'edit', 'step', 'tip',
  'summary', 'transcript', 'chapter', 'caption', 'captions', 'credit', 'credits', 'music', 'subtitles',
  'translation', 'date', 'time', 'title', 'link', 'links', 'episode', 'important', 'reminder',
  'disclaimer', 'ps', 'p.s', 'nb', 'fyi', 'http', 'https', 'mailto',
]);

/** First words of a clause rather than a name: "So:", "Here's the thing:", "Remember this:". */
const CLAUSE_STARTS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'so', 'then', 'now', 'well', 'yes', 'no', 'ok', 'okay', 'here',
  'here\'s', 'there', 'this', 'that', 'it', 'it\'s', 'i', 'we', 'you', 'he', 'she', 'they', 'my', 'our',
  'your', 'what', 'why', 'how', 'when', 'where', 'who', 'say', 'said', 'says', 'remember', 'listen', 'look',
  'think', 'imagine',
]);

const capitalised = (word: string): boolean => /^[\p{Lu}\p{Lt}\p{Lo}]/u.test(word);

/** How a prefix could name a speaker: a capitalised name, a lowercase handle, or not at all. */
function shape(name: string): 'name' | 'handle' | undefined {
  const words = name.split(' ');
  const first = words[0]!.toLowerCase();
  if (NOT_SPEAKERS.has(name.toLowerCase()) || CLAUSE_STARTS.has(first)) return undefined;
  if (words.length === 1 && /^@?[\p{Ll}][\p{Ll}\p{N}_.-]*$/u.test(name)) return 'handle';
  if (!capitalised(words[0]!.replace(/^@/, ''))) return undefined;
  return words.slice(1).every((word) => capitalised(word) || PARTICLES.has(word)) ? 'name' : undefined;
}

/**
 * Decides, for the texts of one file in order, which prefixes are speaker labels: a name that
 * recurs as a prefix, that opens the file's first text, or that the file names elsewhere
 * (`known`, e.g. its WebVTT voices); once the file is seen to label its turns so, any other
 * name too (a guest who speaks once). A lowercase handle counts only when it recurs. Returns
 * the reader to apply to each text.
 */
export function speakerLabels(texts: Iterable<string>, known: ReadonlySet<string> = new Set()): (text: string) => NamePrefix | undefined {
  const counts = new Map<string, number>();
  let opening: string | undefined;
  let first = true;
  for (const text of texts) {
    const prefix = parseNamePrefix(text.trimStart());
    if (first && prefix) opening = prefix.name;
    first = false;
    if (prefix) counts.set(prefix.name, (counts.get(prefix.name) ?? 0) + 1);
  }
  const labels = new Set<string>();
  for (const [name, count] of counts) {
    const kind = shape(name);
    if (known.has(name) || (kind === 'name' && (count > 1 || name === opening)) || (kind === 'handle' && count > 1)) labels.add(name);
  }
  if (labels.size > 0) for (const name of counts.keys()) if (shape(name) === 'name') labels.add(name);
  return (text) => {
    const prefix = parseNamePrefix(text.trimStart());
    return prefix && labels.has(prefix.name) ? prefix : undefined;
  };
}
