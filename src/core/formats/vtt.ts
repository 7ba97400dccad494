// WebVTT, read as the W3C specification's parsing algorithm reads it (w3.org/TR/webvtt1):
// a block that is not a cue (NOTE, STYLE, REGION, a bad timing line, an id without timing) is
// skipped, not the file; speakers come from `<v Name>` voice spans; every other tag only
// styles the text and is dropped, as is ruby text. Podcast tools that write cue times as plain
// seconds ("0.860 --> 7.380", "56.440 --> 1:01.080") are read too, with a warning.
import { TranscriptError } from '../errors.js';
import type { TranscriptFormatReader } from './format.js';
import { excerpt } from './lines.js';
import { toTranscript } from './paragraphs.js';
import type { Utterance } from './paragraphs.js';
import { speakerLabels } from './speakers.js';

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', trade: '™',
};

/**
 * Decodes character references into text (never HTML), as HTML does: numeric ones, the named
 * ones above with a semicolon, and the oldest few (`&amp` `&lt` `&gt` `&quot` `&nbsp`) without
 * one. Unknown ones stay as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+);?|#x([0-9a-f]+);?|([a-z]+);|(amp|lt|gt|quot|nbsp))/gi, (whole, decimal?: string, hex?: string, name?: string, legacy?: string) => {
    const named = name ?? legacy;
    if (named) return Object.hasOwn(ENTITIES, named) ? ENTITIES[named]! : whole;
    const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** WebVTT's whitespace: space, tab, line feed, form feed (not vertical tab). */
const SPACE = /[ \t\n\f]/;

/**
 * A WebVTT timestamp at the start of `text`: `[h…h:]mm:ss.ttt`, hours of any number of digits
 * and required when the first field is not two digits or is over 59. Returns its value and length.
 */
function timestamp(text: string): [seconds: number, length: number] | undefined {
  const match = /^(\d+):(\d\d)(?!\d)(?::(\d\d)(?!\d))?\.(\d\d\d)(?!\d)/.exec(text);
  if (!match) return undefined;
  const [whole, first, second, third, millis] = match as unknown as [string, string, string, string | undefined, string];
  const firstIsHours = first.length !== 2 || Number(first) > 59;
  if (firstIsHours && third === undefined) return undefined;
  const [hours, minutes, secs] = third === undefined ? [0, Number(first), Number(second)] : [Number(first), Number(second), Number(third)];
  if (minutes > 59 || secs > 59) return undefined;
  return [hours * 3600 + minutes * 60 + secs + Number(millis) / 1000, whole.length];
}

/** Reads "start --> end [settings]" as the specification does; undefined when it cannot. */
function cueTimings(line: string): { start: number; end: number } | undefined {
  let rest = line.replace(/^[ \t\f]+/, '');
  const start = timestamp(rest);
  if (!start) return undefined;
  rest = rest.slice(start[1]).replace(/^[ \t\f]+/, '');
  if (!rest.startsWith('-->')) return undefined;
  rest = rest.slice(3).replace(/^[ \t\f]+/, '');
  const end = timestamp(rest);
  return end ? { start: start[0], end: end[0] } : undefined;
}

/** A loose time: plain seconds ("0.860") or minutes of one digit ("1:01.080"), as some podcast tools write. */
function looseTime(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** "0.860 --> 7.380", "56.440 --> 1:01.080": times the specification rejects, read leniently. */
function looseTimings(line: string): { start: number; end: number } | undefined {
  const time = String.raw`(\d+\.\d{3}|(?:\d+:)?\d{1,2}:\d\d\.\d{3})`;
  const match = new RegExp(String.raw`^[ \t\f]*${time}[ \t\f]*-->[ \t\f]*${time}(?:[ \t\f]|$)`).exec(line);
  return match ? { start: looseTime(match[1]!), end: looseTime(match[2]!) } : undefined;
}

interface VoiceRun {
  voice: string | undefined;
  text: string;
}

/** Tags that the specification builds nodes for; any other tag is ignored. */
const SPANS = new Set(['c', 'i', 'b', 'u', 'ruby', 'rt', 'v', 'lang']);

/**
 * Splits cue text at its voice spans (`<v Name>`, `<v.loud Name>`), decoding character
 * references. Other spans and timestamps are dropped, and so is ruby text (`<rt>` inside
 * `<ruby>`; outside one, `<rt>` is ignored and its text kept, as in the specification).
 */
function voiceRuns(cueText: string): VoiceRun[] {
  const runs: VoiceRun[] = [{ voice: undefined, text: '' }];
  const open: Array<{ name: string; voice?: string | undefined }> = [];
  const voice = () => [...open].reverse().find((node) => node.name === 'v')?.voice;
  const startRun = () => runs.push({ voice: voice(), text: '' });
  // Odd entries are tags; an unclosed tag runs to the end of the text, as in the specification.
  cueText.split(/(<[^>]*(?:>|$))/).forEach((part, index) => {
    if (index % 2 === 0) {
      if (!open.some((node) => node.name === 'rt')) runs.at(-1)!.text += decodeEntities(part);
      return;
    }
    const tag = part.slice(1).replace(/>$/, '');
    if (tag.startsWith('/')) {
      const name = tag.slice(1);
      const current = open.at(-1)?.name;
      if (current === name || (name === 'ruby' && current === 'rt')) {
        if (name === 'ruby' && current === 'rt') open.pop();
        const closed = open.pop()!;
        if (closed.name === 'v') startRun();
      }
      return;
    }
    const name = /^[^ \t\n\f.]*/.exec(tag)![0];
    if (!SPANS.has(name) || (name === 'rt' && open.at(-1)?.name !== 'ruby')) return;
    const space = SPACE.exec(tag);
    const annotation = space ? tag.slice(space.index).replace(/[ \t\n\f]+/g, ' ').trim() : '';
    open.push({ name, voice: name === 'v' ? decodeEntities(annotation) || undefined : undefined });
    if (name === 'v') startRun();
  });
  return runs.filter((run) => run.text.trim() !== '');
}

/** Lines of spaces only: a block of them loses nothing when skipped. */
const onlySpaces = (lines: string[]): boolean => lines.every((line) => line.trim() === '');

interface Cue {
  start: number;
  end: number | undefined;
  text: string;
}

/** The blocks of a WebVTT file, as the specification collects them, with the file's Language header. */
function readCues(lines: string[], warn: (line: number, reason: string) => void): { cues: Cue[]; language?: string | undefined } {
  const cues: Cue[] = [];
  let language: string | undefined;
  let looseTimes: { line: number; count: number } | undefined;
  let lenient: boolean | undefined;
  let index = 1;
  /** Collects one block from `index`; the header block holds no cue. */
  const block = (inHeader: boolean): void => {
    const first = index;
    const buffer: string[] = [];
    let cue: Cue | undefined;
    let badTiming = false;
    let seenArrow = false;
    for (let count = 1; index < lines.length; count++) {
      const line = lines[index]!;
      if (line.includes('-->')) {
        if (inHeader || !(count === 1 || (count === 2 && !seenArrow))) break; // it starts the next block
        seenArrow = true;
        index++;
        let timings = cueTimings(line);
        // A file whose first cue has such loose times is read leniently throughout; others as the specification says.
        lenient ??= !timings && looseTimings(line) !== undefined;
        if (!timings && lenient && (timings = looseTimings(line))) {
          looseTimes ??= { line: index, count: 0 };
          looseTimes.count++;
        }
        if (!timings) {
          warn(index, `${excerpt(line)} is not a cue timing line like "00:00:01.000 --> 00:00:04.000"; the cue is skipped.`);
          badTiming = true;
          cue = undefined;
        } else if (timings.end < timings.start) {
          warn(index, 'The cue ends before it starts; its end time is ignored.');
          cue = { start: timings.start, end: undefined, text: '' };
        } else {
          cue = { ...timings, text: '' };
        }
        buffer.length = 0;
        continue;
      }
      index++;
      if (line === '') break;
      buffer.push(line);
    }
    if (cue) {
      cue.text = buffer.join('\n');
      cues.push(cue);
    } else if (inHeader) {
      language = buffer.map((line) => /^Language:[ \t]*(\S+)/i.exec(line)?.[1]).find(Boolean);
    } else if (!badTiming && !onlySpaces(buffer) && !/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(buffer[0] ?? '')) {
      warn(first + 1, `The block ${excerpt(buffer[0] ?? '')} has no cue timing line like "00:00:01.000 --> 00:00:04.000"; it is skipped.`);
    }
  };

  if (index < lines.length && lines[index] !== '') block(true);
  while (index < lines.length) {
    if (lines[index] === '') index++;
    else block(false);
  }
  if (looseTimes) {
    const more = looseTimes.count > 1 ? ` (and in ${looseTimes.count - 1} more cues)` : '';
    warn(looseTimes.line, `Cue times are written as plain seconds or with one-digit minutes, not as "00:00:01.000"; they are read leniently${more}.`);
  }
  return { cues, language };
}

export const webVtt: TranscriptFormatReader<'vtt'> = {
  name: 'vtt',
  label: 'WebVTT',
  mimeTypes: ['text/vtt'],
  extensions: ['vtt'],
  detect: (start) => /^WEBVTT(?:[ \t\r\n]|$)/.test(start),
  parse(text, { id, title, warn }) {
    const lines = text.replace(/^\uFEFF/, '').replace(/\0/g, '\uFFFD').split(/\r\n|\r|\n/);
    if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0]!)) throw new TranscriptError('A WebVTT file must start with "WEBVTT".', { line: 1 });
    const { cues, language } = readCues(lines, (line, reason) => warn({ line, reason }));
    const utterances: Utterance[] = cues.flatMap(({ start, end, text: cueText }) =>
      voiceRuns(cueText).map((run) => ({ speaker: run.voice, text: run.text, start, end })));
    // Cues without voices may name their speakers with a label, as some podcast tools write them.
    const voices = new Set(utterances.flatMap((utterance) => utterance.speaker ?? []));
    const labelOf = speakerLabels(utterances.filter((utterance) => utterance.speaker === undefined).map((utterance) => utterance.text), voices);
    for (const utterance of utterances) {
      const label = utterance.speaker === undefined ? labelOf(utterance.text) : undefined;
      if (label) Object.assign(utterance, { speaker: label.name, text: label.text });
    }
    return toTranscript(utterances, { id, title, language });
  },
};
