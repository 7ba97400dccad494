/**
 * Builds src/data/interview.json (Transcript version 1, docs/data-format.md) from the editorial
 * sources beside it:
 *
 * - huge-conversations-zuckerberg.raw.txt          the machine captions, untouched
 * - huge-conversations-zuckerberg.script.md        metadata, speakers, topics with summaries,
 *                                                  and the raw text cut into speaker paragraphs
 * - huge-conversations-zuckerberg.corrections.txt  every change to the raw words, with a reason
 * - huge-conversations-zuckerberg.quotes.txt       the quotes, by topic, in the curated wording
 *
 * `npm run data` (tsx scripts/build-data.ts) writes the JSON and its digests (data-digests.ts); `buildInterview()` returns the
 * same object without writing, for the tests. The build is deterministic and checks its own
 * invariants: any problem stops it with a message naming the file, line and problem.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ID_CHARS, ID_PATTERN } from '../src/core/types.js';
import type { Quote, Segment, Speaker, Topic, Transcript } from '../src/core/types.js';
import type { InterviewProvenance } from '../src/data/provenance.js';
import { QUOTES_DIR, TOPICS_DIR, digestFiles } from './data-digests.js';

export const DATA_DIR = fileURLToPath(new URL('../src/data/', import.meta.url));

export const SOURCE_FILES = {
  raw: 'huge-conversations-zuckerberg.raw.txt',
  script: 'huge-conversations-zuckerberg.script.md',
  corrections: 'huge-conversations-zuckerberg.corrections.txt',
  quotes: 'huge-conversations-zuckerberg.quotes.txt',
} as const;

export const OUTPUT_FILE = 'interview.json';

/** The provenance (policy and every correction with its segment) that the package loads on request. */
export const PROVENANCE_FILE = 'interview-provenance.json';

/** Editorial limits: segments short enough to quote and read, summaries of a paragraph. */
export const LIMITS = {
  segmentWords: 120,
  titleChars: 60,
  summaryWords: [40, 90],
  quoteWords: [8, 60],
} as const;

/** Lines of the sources that start with an id: "<id>: <text>", "[<id>]". */
const ID_LINE = new RegExp(`^(${ID_CHARS}):\\s+(\\S.*)$`);
/** A paragraph of the script: "<speaker-id>: <text>" or "<speaker-id> (<note>): <text>". */
const PARAGRAPH_LINE = new RegExp(`^(${ID_CHARS})(?:\\s+\\(([a-z][a-z ]*)\\))?:\\s+(\\S.*)$`);
const ID_HEADING = new RegExp(`^\\[(${ID_CHARS})\\]$`);

/** A problem in the sources; the message names the file and line. */
export class DataError extends Error {
  override name = 'DataError';
}

export interface Sources {
  raw: string;
  script: string;
  corrections: string;
  quotes: string;
}

export interface Correction {
  raw: string;
  corrected: string;
  /** A longer run of raw words containing `raw`, occurring once in the raw text. */
  context?: string;
  reason: string;
  /** 1-based line of the block in the corrections file. */
  line: number;
}

export interface ScriptParagraph {
  speaker: string;
  text: string;
  /** The segment's note, e.g. "teaser", from `<speaker-id> (<note>): <text>`. */
  note?: string;
  line: number;
}

export interface ScriptTopic {
  id: string;
  title: string;
  summary: string;
  line: number;
  paragraphs: ScriptParagraph[];
}

export interface Script {
  meta: Record<string, string>;
  speakers: Speaker[];
  topics: ScriptTopic[];
}

export interface QuoteEntry {
  id: string;
  text: string;
  /** The topic the quote is listed under; the builder checks the quote is from it. */
  topic: string;
  line: number;
}

/** Splits text into words the way the whole curation counts them: on runs of white space. */
export const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

const fail = (file: string, line: number | undefined, message: string): never => {
  throw new DataError(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
};

const lines = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');

/** Finds every start index of `needle` in `haystack`, comparing words exactly. */
export function findWords(haystack: readonly string[], needle: readonly string[]): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    found.push(i);
  }
  return found;
}

export function parseScript(text: string, file: string = SOURCE_FILES.script): Script {
  const meta: Record<string, string> = {};
  const speakers: Speaker[] = [];
  const topics: ScriptTopic[] = [];
  let inComment = false;
  lines(text).forEach((rawLine, index) => {
    const n = index + 1;
    const line = rawLine.trim();
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      return;
    }
    if (line === '') return;
    if (line.startsWith('<!--')) {
      inComment = !line.includes('-->');
      return;
    }
    if (line.startsWith('@')) {
      const match = /^@([a-z]+)\s+(.+)$/.exec(line);
      if (!match) return fail(file, n, `a metadata line must read "@key value": ${line}`);
      const [, key, value] = match as unknown as [string, string, string];
      if (key === 'speaker') {
        const [id = '', name = '', role, ...rest] = value.split('|').map((part) => part.trim());
        if (!ID_PATTERN.test(id) || name === '' || rest.length > 0 || role === '') {
          return fail(file, n, `a speaker line must read "@speaker <id> | <name> | <role>": ${line}`);
        }
        if (speakers.some((speaker) => speaker.id === id)) return fail(file, n, `speaker "${id}" is declared twice`);
        speakers.push(role === undefined ? { id, name } : { id, name, role });
        return;
      }
      if (!['id', 'title', 'language', 'publisher', 'url', 'published'].includes(key)) {
        return fail(file, n, `unknown metadata key "@${key}"`);
      }
      if (key in meta) return fail(file, n, `"@${key}" is given twice`);
      meta[key] = value.trim();
      return;
    }
    if (line.startsWith('## ')) {
      const match = /^## ([^|\s]+)\s*\|\s*(.+)$/.exec(line);
      if (!match) return fail(file, n, `a topic heading must read "## <topic-id> | <title>": ${line}`);
      const [, id, title] = match as unknown as [string, string, string];
      if (!ID_PATTERN.test(id)) return fail(file, n, `topic id "${id}" must be lowercase letters, digits and hyphens`);
      if (topics.some((topic) => topic.id === id)) return fail(file, n, `topic "${id}" is declared twice`);
      topics.push({ id, title: title.trim(), summary: '', line: n, paragraphs: [] });
      return;
    }
    const topic = topics[topics.length - 1];
    if (line.startsWith('>')) {
      if (!topic) return fail(file, n, 'a summary line (">") comes before the first topic heading');
      if (topic.paragraphs.length > 0) return fail(file, n, `the summary of topic "${topic.id}" must come before its paragraphs`);
      topic.summary = `${topic.summary} ${line.slice(1).trim()}`.trim();
      return;
    }
    const paragraph = PARAGRAPH_LINE.exec(line);
    if (paragraph) {
      const [, speaker, note, body] = paragraph as unknown as [string, string, string | undefined, string];
      if (!speakers.some((s) => s.id === speaker)) return fail(file, n, `unknown speaker "${speaker}" (declare it with @speaker)`);
      if (!topic) return fail(file, n, 'a paragraph comes before the first topic heading');
      topic.paragraphs.push(note === undefined ? { speaker, text: body, line: n } : { speaker, text: body, note, line: n });
      return;
    }
    return fail(file, n, `cannot read this line (expected "<speaker-id>: <text>", "<speaker-id> (<note>): <text>", "## topic", "> summary" or "@key value"): ${line.slice(0, 60)}`);
  });
  if (inComment) fail(file, undefined, 'a comment (<!--) is never closed');
  return { meta, speakers, topics };
}

export function parseCorrections(text: string, file: string = SOURCE_FILES.corrections): Correction[] {
  const corrections: Correction[] = [];
  let block: Record<string, string> = {};
  let start = 0;
  const close = (): void => {
    if (start === 0) return;
    for (const key of ['raw', 'corrected', 'reason']) {
      if (!block[key]) fail(file, start, `the correction is missing "${key}:"`);
    }
    const correction: Correction = { raw: block.raw!, corrected: block.corrected!, reason: block.reason!, line: start };
    if (block.context !== undefined) correction.context = block.context;
    corrections.push(correction);
    block = {};
    start = 0;
  };
  lines(text).forEach((rawLine, index) => {
    const n = index + 1;
    const line = rawLine.trim();
    if (line.startsWith('#')) return;
    if (line === '') return close();
    const match = /^(raw|corrected|context|reason):\s*(.*)$/.exec(line);
    if (!match) return fail(file, n, `expected "raw:", "corrected:", "context:" or "reason:", got: ${line.slice(0, 60)}`);
    const [, key, value] = match as unknown as [string, string, string];
    if (start === 0) start = n;
    if (key in block) return fail(file, n, `"${key}:" is given twice in one correction`);
    block[key] = words(value).join(' ');
    return undefined;
  });
  close();
  return corrections;
}

export function parseQuotes(text: string, file: string = SOURCE_FILES.quotes): QuoteEntry[] {
  const quotes: QuoteEntry[] = [];
  let topic: string | undefined;
  lines(text).forEach((rawLine, index) => {
    const n = index + 1;
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const heading = ID_HEADING.exec(line);
    if (heading) {
      topic = heading[1]!;
      return;
    }
    const match = ID_LINE.exec(line);
    if (!match) return fail(file, n, `expected "[topic-id]" or "<quote-id>: <text>", got: ${line.slice(0, 60)}`);
    if (topic === undefined) return fail(file, n, 'a quote comes before the first "[topic-id]" heading');
    const [, id, body] = match as unknown as [string, string, string];
    if (quotes.some((quote) => quote.id === id)) return fail(file, n, `quote id "${id}" is used twice`);
    quotes.push({ id, text: body.trim(), topic, line: n });
    return undefined;
  });
  return quotes;
}

/** Where a correction applies: raw words [start, end). */
export interface PlacedCorrection {
  start: number;
  end: number;
  correction: Correction;
}

/** Places every correction on the raw words; fails on ambiguity or overlap. Sorted by position. */
export function placeCorrections(rawWords: readonly string[], corrections: readonly Correction[], file: string = SOURCE_FILES.corrections): PlacedCorrection[] {
  const placed = corrections.map((correction): PlacedCorrection => {
    const target = words(correction.raw);
    const context = words(correction.context ?? correction.raw);
    if (words(correction.corrected).length === 0) fail(file, correction.line, `"corrected:" is empty for "${correction.raw}"`);
    if (correction.corrected === correction.raw) fail(file, correction.line, `"${correction.raw}" is corrected to itself`);
    const where = findWords(rawWords, context);
    if (where.length !== 1) {
      fail(file, correction.line, `the ${correction.context ? 'context' : 'raw words'} "${correction.context ?? correction.raw}" occur ${where.length} times in the raw text; they must occur exactly once${where.length > 1 ? ' (give a longer "context:")' : ''}`);
    }
    const inner = findWords(context, target);
    if (inner.length !== 1) fail(file, correction.line, `the raw words "${correction.raw}" occur ${inner.length} times in the context "${correction.context}"; they must occur exactly once`);
    const start = where[0]! + inner[0]!;
    return { start, end: start + target.length, correction };
  });
  placed.sort((a, b) => a.start - b.start);
  for (let i = 1; i < placed.length; i++) {
    if (placed[i]!.start < placed[i - 1]!.end) {
      fail(file, placed[i]!.correction.line, `this correction overlaps the one at line ${placed[i - 1]!.correction.line}`);
    }
  }
  return placed;
}

const wordCount = (text: string): number => words(text).length;

/** Builds the Transcript from the source texts. Pure: no file system access. */
export function buildTranscript(sources: Sources): Transcript {
  const F = SOURCE_FILES;
  const script = parseScript(sources.script);
  const corrections = parseCorrections(sources.corrections);
  const quoteEntries = parseQuotes(sources.quotes);
  const rawWords = words(sources.raw);

  for (const key of ['id', 'title', 'language']) {
    if (!script.meta[key]) fail(F.script, undefined, `the metadata line "@${key}" is missing`);
  }
  if (!ID_PATTERN.test(script.meta.id!)) fail(F.script, undefined, `the transcript id "${script.meta.id}" is not a valid id`);
  if (script.speakers.length === 0) fail(F.script, undefined, 'no speakers are declared');
  if (script.topics.length === 0) fail(F.script, undefined, 'no topics are declared');

  // 1. The paragraphs, joined in order, are exactly the raw words.
  const paragraphs: Array<ScriptParagraph & { topic: string; first: number; last: number }> = [];
  let cursor = 0;
  for (const topic of script.topics) {
    if (topic.paragraphs.length === 0) fail(F.script, topic.line, `topic "${topic.id}" has no paragraphs`);
    for (const paragraph of topic.paragraphs) {
      const own = words(paragraph.text);
      own.forEach((word, i) => {
        if (rawWords[cursor + i] !== word) {
          const expected = rawWords.slice(cursor + i, cursor + i + 6).join(' ');
          fail(F.script, paragraph.line, `word ${i + 1} of this paragraph is "${word}" but the raw text has "${expected || '(end of text)'}" there (raw word ${cursor + i + 1}); paragraphs must follow the raw text word for word`);
        }
      });
      paragraphs.push({ ...paragraph, topic: topic.id, first: cursor, last: cursor + own.length });
      cursor += own.length;
    }
  }
  if (cursor !== rawWords.length) {
    fail(F.script, undefined, `the paragraphs stop at raw word ${cursor} of ${rawWords.length}; missing: "${rawWords.slice(cursor, cursor + 8).join(' ')}…"`);
  }

  // 2. Corrections, each inside one paragraph.
  const placed = placeCorrections(rawWords, corrections);
  const segments: Segment[] = [];
  const segmentTopic: string[] = [];
  const width = Math.max(3, String(paragraphs.length).length);
  let next = 0;
  paragraphs.forEach((paragraph, index) => {
    const id = `s${String(index + 1).padStart(width, '0')}`;
    const out: string[] = [];
    let i = paragraph.first;
    while (i < paragraph.last) {
      const correction = placed[next];
      if (correction && correction.start === i) {
        if (correction.end > paragraph.last) {
          fail(F.corrections, correction.correction.line, `"${correction.correction.raw}" spans the paragraphs at lines ${paragraph.line} and ${paragraphs[index + 1]?.line} of ${F.script}; a correction must stay inside one paragraph`);
        }
        out.push(...words(correction.correction.corrected));
        i = correction.end;
        next++;
      } else {
        out.push(rawWords[i]!);
        i++;
      }
    }
    const text = out.join(' ');
    if (out.length > LIMITS.segmentWords) {
      fail(F.script, paragraph.line, `this paragraph has ${out.length} words; the limit is ${LIMITS.segmentWords}: split it`);
    }
    segments.push(paragraph.note === undefined ? { id, speaker: paragraph.speaker, text } : { id, speaker: paragraph.speaker, text, note: paragraph.note });
    segmentTopic.push(paragraph.topic);
  });
  if (next !== placed.length) fail(F.corrections, placed[next]!.correction.line, 'this correction was not applied');

  // 3. Quotes: verbatim, whole words, from exactly one segment that is not a teaser, in the
  // topic they are listed under. Each topic's first quote is its key quote, a guest's; the
  // rest follow in transcript order.
  const topicIds = new Set(script.topics.map((topic) => topic.id));
  const guests = new Set(script.speakers.filter((speaker) => speaker.role === 'guest').map((speaker) => speaker.id));
  const topicOrder = script.topics.map((topic) => topic.id);
  let current: { topic: string; last?: { segment: number; offset: number; id: string } } | undefined;
  const quotes: Quote[] = quoteEntries.map((entry) => {
    if (!topicIds.has(entry.topic)) fail(F.quotes, entry.line, `unknown topic "${entry.topic}"`);
    const count = wordCount(entry.text);
    if (count < LIMITS.quoteWords[0] || count > LIMITS.quoteWords[1]) {
      fail(F.quotes, entry.line, `quote "${entry.id}" has ${count} words; quotes have ${LIMITS.quoteWords[0]} to ${LIMITS.quoteWords[1]}`);
    }
    const hits: Array<{ segment: number; offset: number }> = [];
    segments.forEach((segment, index) => {
      for (let at = segment.text.indexOf(entry.text); at !== -1; at = segment.text.indexOf(entry.text, at + 1)) {
        hits.push({ segment: index, offset: at });
      }
    });
    if (hits.length !== 1) {
      fail(F.quotes, entry.line, hits.length === 0
        ? `quote "${entry.id}" is not found verbatim in any segment (quotes use the corrected text): "${entry.text.slice(0, 60)}…"`
        : `quote "${entry.id}" occurs ${hits.length} times (segments ${hits.map((hit) => segments[hit.segment]!.id).join(', ')}); make it longer so it is unique`);
    }
    const hit = hits[0]!;
    const segment = segments[hit.segment]!;
    const before = segment.text[hit.offset - 1];
    const after = segment.text[hit.offset + entry.text.length];
    if ((before !== undefined && before !== ' ') || (after !== undefined && after !== ' ')) {
      fail(F.quotes, entry.line, `quote "${entry.id}" must start and end on whole words of segment ${segment.id}`);
    }
    if (segmentTopic[hit.segment] !== entry.topic) {
      fail(F.quotes, entry.line, `quote "${entry.id}" is listed under [${entry.topic}] but comes from segment ${segment.id} in topic "${segmentTopic[hit.segment]}"`);
    }
    if (segment.note === 'teaser') fail(F.quotes, entry.line, `quote "${entry.id}" comes from the teaser (segment ${segment.id}); quote the moment where it is said in the conversation`);
    if (current?.topic !== entry.topic) {
      if (current && topicOrder.indexOf(entry.topic) < topicOrder.indexOf(current.topic)) {
        fail(F.quotes, entry.line, `[${entry.topic}] comes after [${current.topic}]; list the topics once each, in transcript order`);
      }
      if (!guests.has(segment.speaker)) {
        fail(F.quotes, entry.line, `quote "${entry.id}" is the key quote of [${entry.topic}] (its first) and must be a guest's statement, not ${segment.speaker}'s`);
      }
      current = { topic: entry.topic };
    } else {
      const last = current.last;
      if (last && (hit.segment < last.segment || (hit.segment === last.segment && hit.offset < last.offset))) {
        fail(F.quotes, entry.line, `quote "${entry.id}" comes before "${last.id}" in the conversation; after a topic's key quote, list its quotes in transcript order`);
      }
      current.last = { ...hit, id: entry.id };
    }
    return { id: entry.id, segment: segment.id, text: entry.text, topic: entry.topic };
  });

  // 4. Topics: consecutive segment ranges, in order, covering every segment once.
  let first = 0;
  const topics: Topic[] = script.topics.map((topic) => {
    if (topic.title.length > LIMITS.titleChars) {
      fail(F.script, topic.line, `the title of "${topic.id}" has ${topic.title.length} characters; the limit is ${LIMITS.titleChars}`);
    }
    const summaryWords = wordCount(topic.summary);
    if (summaryWords < LIMITS.summaryWords[0] || summaryWords > LIMITS.summaryWords[1]) {
      fail(F.script, topic.line, `the summary of "${topic.id}" has ${summaryWords} words; summaries have ${LIMITS.summaryWords[0]} to ${LIMITS.summaryWords[1]}`);
    }
    const last = first + topic.paragraphs.length - 1;
    const result: Topic = {
      id: topic.id,
      title: topic.title,
      summary: topic.summary,
      segments: [segments[first]!.id, segments[last]!.id],
      quotes: quotes.filter((quote) => quote.topic === topic.id).map((quote) => quote.id),
    };
    first = last + 1;
    return result;
  });

  const source: NonNullable<Transcript['source']> = {};
  if (script.meta.publisher) source.publisher = script.meta.publisher;
  if (script.meta.url) source.url = script.meta.url;
  if (script.meta.published) source.published = script.meta.published;

  const transcript: Transcript = {
    version: 1,
    id: script.meta.id!,
    title: script.meta.title!,
    language: script.meta.language!,
    ...(Object.keys(source).length > 0 ? { source } : {}),
    speakers: script.speakers,
    segments,
    topics,
    quotes,
  };
  return transcript;
}

/**
 * The policy stated in the corrections file's header, from "# Policy:" up to "# Kinds of
 * reason": its first sentence, then each "- " item, as one string each.
 */
export function correctionPolicy(corrections: string): string[] {
  const header = lines(corrections).filter((line) => line.startsWith('#')).map((line) => line.replace(/^#\s?/, ''));
  const start = header.findIndex((line) => line.startsWith('Policy:'));
  const end = header.findIndex((line) => line.startsWith('Kinds of reason'));
  if (start === -1 || end < start) fail(SOURCE_FILES.corrections, undefined, 'the header must state the policy ("# Policy: …") before "# Kinds of reason"');
  const text = header.slice(start, end).join('\n').replace(/^Policy:/, '');
  return text.split(/\n\s*- /).map((item) => words(item).join(' ')).filter((item) => item !== '');
}

/** What interview-provenance.json holds: the policy and each correction with the segment it is in. */
export function buildProvenance(sources: Sources, transcript: Transcript): InterviewProvenance {
  const paragraphs = parseScript(sources.script).topics.flatMap((topic) => topic.paragraphs);
  let total = 0;
  const ends = paragraphs.map((paragraph) => (total += words(paragraph.text).length));
  const placed = placeCorrections(words(sources.raw), parseCorrections(sources.corrections));
  return {
    policy: correctionPolicy(sources.corrections),
    files: { captions: `data/${SOURCE_FILES.raw}`, corrections: `data/${SOURCE_FILES.corrections}` },
    corrections: placed.map(({ start, correction }) => ({
      segment: transcript.segments[ends.findIndex((end) => start < end)]!.id,
      raw: correction.raw,
      corrected: correction.corrected,
      reason: correction.reason,
    })),
  };
}

export function readSources(dir: string = DATA_DIR): Sources {
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  return {
    raw: read(SOURCE_FILES.raw),
    script: read(SOURCE_FILES.script),
    corrections: read(SOURCE_FILES.corrections),
    quotes: read(SOURCE_FILES.quotes),
  };
}

/** The bundled interview as `npm run data` builds it, without writing anything. */
export function buildInterview(dir: string = DATA_DIR): Transcript {
  return buildTranscript(readSources(dir));
}

/** The exact text of interview.json: 2-space indentation and a trailing newline. */
export function serializeTranscript(transcript: Transcript): string {
  return `${JSON.stringify(transcript, null, 2)}\n`;
}

function main(): void {
  const sources = readSources();
  const transcript = buildTranscript(sources);
  const out = join(DATA_DIR, OUTPUT_FILE);
  writeFileSync(out, serializeTranscript(transcript));
  writeFileSync(join(DATA_DIR, PROVENANCE_FILE), `${JSON.stringify(buildProvenance(sources, transcript))}\n`);
  // Start the one-quote and one-topic files afresh, so that a removed one leaves no file behind.
  for (const dir of [QUOTES_DIR, TOPICS_DIR]) {
    rmSync(join(DATA_DIR, dir), { recursive: true, force: true });
    mkdirSync(join(DATA_DIR, dir));
  }
  for (const [path, text] of digestFiles(transcript)) writeFileSync(join(DATA_DIR, path), text);
  const longest = Math.max(...transcript.segments.map((segment) => wordCount(segment.text)));
  console.log(
    `wrote ${out}: ${transcript.segments.length} segments (longest ${longest} words), ` +
      `${transcript.topics.length} topics, ${transcript.quotes.length} quotes, ` +
      `${parseCorrections(sources.corrections).length} corrections`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`build-data: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
