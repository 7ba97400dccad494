import { isObject } from './object.js';
import { ID_PATTERN } from './types.js';
import { safeUrl } from './url.js';
import type { Transcript, ValidationProblem, ValidationResult } from './types.js';

type Json = Record<string, unknown>;

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' || typeof value === 'undefined' ? `an ${typeof value}` : `a ${typeof value}`;
};

const quoted = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Collects problems while walking one value; every check records and carries on. */
class Checker {
  readonly problems: ValidationProblem[] = [];

  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** A required non-empty string field; returns it, or undefined after reporting. */
  string(obj: Json, key: string, path: string, what: string): string | undefined {
    const value = obj[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    const at = `${path}${path ? '.' : ''}${key}`;
    if (value === undefined) this.report(at, `${what} is missing: "${key}" must be a text.`);
    else if (typeof value !== 'string') this.report(at, `${what} must be a text, not ${describe(value)}.`);
    else this.report(at, `${what} is empty.`);
    return undefined;
  }

  optionalString(obj: Json, key: string, path: string, what: string): string | undefined {
    return obj[key] === undefined ? undefined : this.string(obj, key, path, what);
  }

  /** An optional link or picture: an http(s) URL or a relative reference, nothing else. */
  optionalUrl(obj: Json, key: string, path: string, what: string): string | undefined {
    const url = this.optionalString(obj, key, path, what);
    if (url !== undefined && safeUrl(url) === undefined) {
      this.report(`${path}${path ? '.' : ''}${key}`, `${what} ${quoted(url)} must be an http(s) URL or a relative one.`);
      return undefined;
    }
    return url;
  }

  id(obj: Json, path: string, what: string): string | undefined {
    const id = this.string(obj, 'id', path, `The id of ${what}`);
    if (id !== undefined && !ID_PATTERN.test(id)) {
      this.report(`${path}.id`, `The id ${quoted(id)} of ${what} must be lowercase letters, digits and hyphens, starting with a letter or digit.`);
      return undefined;
    }
    return id;
  }

  /** A required array; returns it, or no entries after reporting. */
  array(root: Json, key: string, what: string): unknown[] {
    const value = root[key];
    if (value === undefined) {
      this.report(key, `The ${what} list is missing: "${key}" must be an array (it may be empty).`);
      return [];
    }
    if (!Array.isArray(value)) {
      this.report(key, `"${key}" must be an array of ${what}, not ${describe(value)}.`);
      return [];
    }
    return value;
  }

  /** An entry of an array that must be an object; reports it when it is not. */
  entry(value: unknown, key: string, index: number): value is Json {
    if (isObject(value)) return true;
    this.report(`${key}[${index}]`, `Each entry of "${key}" must be an object, not ${describe(value)}.`);
    return false;
  }

  /** A required array of objects; returns the entries that are objects, with their index. */
  list(root: Json, key: string, what: string): Array<[Json, number]> {
    const entries: Array<[Json, number]> = [];
    this.array(root, key, what).forEach((entry, index) => {
      if (this.entry(entry, key, index)) entries.push([entry, index]);
    });
    return entries;
  }

  /** Records an id in `seen`, reporting a duplicate. */
  unique(seen: Map<string, number>, id: string | undefined, list: string, index: number): void {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) this.report(`${list}[${index}].id`, `The id ${quoted(id)} is already used by ${list}[${first}]; ids must be unique.`);
    else seen.set(id, index);
  }

  time(obj: Json, key: 'start' | 'end', path: string): number | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report(`${path}.${key}`, `The ${key} time must be a number of seconds, not ${describe(value)}.`);
    } else if (value < 0) {
      this.report(`${path}.${key}`, `The ${key} time ${value} is negative; times are seconds from the start.`);
    } else return value;
    return undefined;
  }
}

const known = (ids: Map<string, number>): string => {
  const list = [...ids.keys()];
  if (list.length === 0) return 'there are none';
  return `known: ${list.slice(0, 8).join(', ')}${list.length > 8 ? ', …' : ''}`;
};

const isTime = (value: unknown): value is number | undefined => value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0);

/**
 * The common case of a segment, checked without building a path or a message: a long transcript
 * has thousands, and this runs before its first paint. Anything else gets `checkSegment`.
 */
function isPlainSegment(segment: unknown, speakerIds: Map<string, number>): segment is Json & { id: string } {
  if (!isObject(segment)) return false;
  const { id, speaker, text, start, end, note } = segment;
  return typeof id === 'string' && ID_PATTERN.test(id)
    && typeof speaker === 'string' && speakerIds.has(speaker)
    && typeof text === 'string'
    && isTime(start) && isTime(end) && (start === undefined || end === undefined || end >= start)
    && (note === undefined || (typeof note === 'string' && note.trim() !== ''));
}

/** Every check of one segment, each problem reported with its path. */
function checkSegment(check: Checker, segment: unknown, index: number, speakerIds: Map<string, number>, segmentIds: Map<string, number>): void {
  if (!check.entry(segment, 'segments', index)) return;
  const path = `segments[${index}]`;
  const id = check.id(segment, path, 'a segment');
  check.unique(segmentIds, id, 'segments', index);
  const speaker = check.string(segment, 'speaker', path, 'The segment\'s speaker');
  if (speaker !== undefined && !speakerIds.has(speaker)) {
    check.report(`${path}.speaker`, `Speaker ${quoted(speaker)} does not exist (${known(speakerIds)}).`);
  }
  const text = segment.text;
  if (typeof text !== 'string') check.report(`${path}.text`, `The segment text must be a text, not ${describe(text)}.`);
  const start = check.time(segment, 'start', path);
  const end = check.time(segment, 'end', path);
  check.optionalString(segment, 'note', path, 'The segment\'s note');
  if (start !== undefined && end !== undefined && end < start) {
    check.report(`${path}.end`, `The end time ${end} is before the start time ${start}.`);
  }
}

/**
 * Checks that `value` is a Transcript (version 1, docs/data-format.md) whose references all resolve.
 * Returns every problem found, each with its JSON path and a sentence a person understands.
 */
export function validateTranscript(value: unknown): ValidationResult {
  const check = new Checker();
  if (!isObject(value)) {
    check.report('', `A transcript must be a JSON object, not ${describe(value)}.`);
    return { ok: false, errors: check.problems };
  }

  if (value.version !== 1) {
    check.report('version', value.version === undefined
      ? 'The version is missing: it must be 1.'
      : `Version ${JSON.stringify(value.version)} is not supported: it must be 1.`);
  }
  const transcriptId = check.string(value, 'id', '', 'The transcript id');
  if (transcriptId !== undefined && !ID_PATTERN.test(transcriptId)) {
    check.report('id', `The transcript id ${quoted(transcriptId)} must be lowercase letters, digits and hyphens.`);
  }
  check.string(value, 'title', '', 'The title');
  check.string(value, 'language', '', 'The language');
  checkSource(check, value.source);

  const speakerIds = new Map<string, number>();
  for (const [speaker, index] of check.list(value, 'speakers', 'speakers')) {
    const path = `speakers[${index}]`;
    check.unique(speakerIds, check.id(speaker, path, 'a speaker'), 'speakers', index);
    check.string(speaker, 'name', path, 'The speaker\'s name');
    check.optionalString(speaker, 'role', path, 'The speaker\'s role');
    check.optionalUrl(speaker, 'img', path, 'The speaker\'s picture');
    check.optionalUrl(speaker, 'href', path, 'The speaker\'s page');
  }

  const segmentIds = new Map<string, number>();
  const segments = check.array(value, 'segments', 'segments');
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    if (isPlainSegment(segment, speakerIds) && !segmentIds.has(segment.id)) segmentIds.set(segment.id, index);
    else checkSegment(check, segment, index, speakerIds, segmentIds);
  }

  const quoteIds = new Map<string, number>();
  const quoteSegments = new Map<string, string>();
  const quoteEntries = check.list(value, 'quotes', 'quotes');
  for (const [quote, index] of quoteEntries) {
    const path = `quotes[${index}]`;
    const id = check.id(quote, path, 'a quote');
    check.unique(quoteIds, id, 'quotes', index);
    const segment = check.string(quote, 'segment', path, 'The quote\'s segment');
    const text = check.string(quote, 'text', path, 'The quote text');
    check.optionalString(quote, 'title', path, 'The quote\'s title');
    if (segment === undefined) continue;
    const segmentIndex = segmentIds.get(segment);
    if (segmentIndex === undefined) {
      check.report(`${path}.segment`, `Segment ${quoted(segment)} does not exist (${known(segmentIds)}).`);
    } else if (text !== undefined) {
      // A known id is the index of its segment in the list.
      const segmentText = (value.segments as Json[])[segmentIndex]!.text;
      if (typeof segmentText === 'string' && !segmentText.includes(text)) {
        check.report(`${path}.text`, `The quote ${quoted(text)} does not occur word for word in segment ${quoted(segment)}.`);
      }
    }
    if (id !== undefined) quoteSegments.set(id, segment);
  }

  const topicIds = new Map<string, number>();
  for (const [topic, index] of check.list(value, 'topics', 'topics')) {
    const path = `topics[${index}]`;
    check.unique(topicIds, check.id(topic, path, 'a topic'), 'topics', index);
    check.string(topic, 'title', path, 'The topic title');
    checkSummary(check, topic.summary, `${path}.summary`);
    check.time(topic, 'start', path);
    check.optionalUrl(topic, 'img', path, 'The topic\'s image');
    check.optionalUrl(topic, 'href', path, 'The topic\'s page');
    const range = checkRange(check, topic.segments, `${path}.segments`, segmentIds);
    checkTopicQuotes(check, topic.quotes, `${path}.quotes`, quoteIds, quoteSegments, segmentIds, range);
  }

  for (const [quote, index] of quoteEntries) {
    const topic = quote.topic;
    if (topic === undefined) continue;
    if (typeof topic !== 'string') check.report(`quotes[${index}].topic`, `The quote's topic must be a topic id, not ${describe(topic)}.`);
    else if (!topicIds.has(topic)) check.report(`quotes[${index}].topic`, `Topic ${quoted(topic)} does not exist (${known(topicIds)}).`);
  }

  return check.problems.length === 0
    ? { ok: true, transcript: value as unknown as Transcript }
    : { ok: false, errors: check.problems };
}

function checkSource(check: Checker, source: unknown): void {
  if (source === undefined) return;
  if (!isObject(source)) {
    check.report('source', `The source must be an object, not ${describe(source)}.`);
    return;
  }
  check.optionalString(source, 'publisher', 'source', 'The publisher');
  check.optionalString(source, 'published', 'source', 'The publication date');
  const url = check.optionalString(source, 'url', 'source', 'The source URL');
  if (url !== undefined && !/^https?:\/\//i.test(url)) {
    check.report('source.url', `The source URL ${quoted(url)} must start with http:// or https://.`);
  }
  const media = source.media;
  if (media === undefined) return;
  if (!isObject(media)) {
    check.report('source.media', `The media must be an object { url, type }, not ${describe(media)}.`);
    return;
  }
  check.optionalUrl(media, 'url', 'source.media', 'The media URL');
  if (media.url === undefined) check.report('source.media.url', 'The media URL is missing: "url" must be a text.');
  check.string(media, 'type', 'source.media', 'The media type');
}

/** A topic's summary is a text that may be empty (a topic made from a chapter has only a title). */
function checkSummary(check: Checker, summary: unknown, path: string): void {
  if (summary === undefined) check.report(path, 'The topic summary is missing: "summary" must be a text (it may be empty).');
  else if (typeof summary !== 'string') check.report(path, `The topic summary must be a text, not ${describe(summary)}.`);
}

/** Checks a topic's [first, last] segment range; returns the index range when it resolves. */
function checkRange(check: Checker, range: unknown, path: string, segmentIds: Map<string, number>): [number, number] | undefined {
  if (!Array.isArray(range) || range.length !== 2 || range.some((id) => typeof id !== 'string')) {
    check.report(path, 'A topic\'s segments must be [firstSegmentId, lastSegmentId].');
    return undefined;
  }
  const [first, last] = range.map((id: string, end) => {
    const index = segmentIds.get(id);
    if (index === undefined) check.report(`${path}[${end}]`, `Segment ${quoted(id)} does not exist (${known(segmentIds)}).`);
    return index;
  });
  if (first === undefined || last === undefined) return undefined;
  if (last < first) {
    check.report(path, `The range is reversed: segment ${quoted(range[1])} comes before ${quoted(range[0])}.`);
    return undefined;
  }
  return [first, last];
}

function checkTopicQuotes(
  check: Checker,
  quotes: unknown,
  path: string,
  quoteIds: Map<string, number>,
  quoteSegments: Map<string, string>,
  segmentIds: Map<string, number>,
  range: [number, number] | undefined,
): void {
  if (!Array.isArray(quotes)) {
    check.report(path, `A topic's quotes must be an array of quote ids, not ${describe(quotes)}.`);
    return;
  }
  quotes.forEach((id: unknown, index) => {
    const at = `${path}[${index}]`;
    if (typeof id !== 'string') check.report(at, `A quote id must be a text, not ${describe(id)}.`);
    else if (!quoteIds.has(id)) check.report(at, `Quote ${quoted(id)} does not exist (${known(quoteIds)}).`);
    else if (range) {
      const segmentIndex = segmentIds.get(quoteSegments.get(id) ?? '');
      if (segmentIndex !== undefined && (segmentIndex < range[0] || segmentIndex > range[1])) {
        check.report(at, `Quote ${quoted(id)} is from a segment outside this topic's range.`);
      }
    }
  });
}
