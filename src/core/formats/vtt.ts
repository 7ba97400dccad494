// WebVTT (w3.org/TR/webvtt1): cues, with speakers from `<v Name>` voice tags → speaker paragraphs.
import { TranscriptError } from '../errors.js';
import type { Transcript } from '../types.js';
import { VTT_TIMESTAMPS, isTimingLine, parseTiming } from './cues.js';
import { excerpt, speakerLabel, splitLines } from './lines.js';
import { toTranscript } from './paragraphs.js';
import type { TranscriptMetadata, Utterance } from './paragraphs.js';

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f',
};

/** Decodes character references into text (never HTML); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return ENTITIES[name] ?? whole;
    const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

interface VoiceRun {
  voice: string | undefined;
  text: string;
}

const VOICE_TAG = /^v(?:\.\S*)?(?:\s+([^]*))?$/;

/**
 * Splits cue text at its voice tags (`<v Name>`, `<v.loud Name>`). Every other tag only styles
 * the text (`<b> <i> <u> <c.x> <lang> <ruby>`, timestamps) and is dropped, as is ruby text.
 */
function voiceRuns(cueText: string): VoiceRun[] {
  const runs: VoiceRun[] = [{ voice: undefined, text: '' }];
  let inRubyText = false;
  // Odd entries are tags; an unclosed tag runs to the end of the text, as in the spec.
  cueText.split(/(<[^>]*(?:>|$))/).forEach((part, index) => {
    if (index % 2 === 0) {
      if (!inRubyText) runs.at(-1)!.text += decodeEntities(part);
      return;
    }
    const tag = part.slice(1).replace(/>$/, '');
    const voice = VOICE_TAG.exec(tag);
    if (voice) runs.push({ voice: decodeEntities(voice[1] ?? '').trim() || undefined, text: '' });
    else if (tag === '/v') runs.push({ voice: undefined, text: '' });
    else if (/^rt(?:\.|$)/.test(tag)) inRubyText = true;
    else if (tag === '/rt' || tag === '/ruby') inRubyText = false;
  });
  return runs.filter((run) => run.text.trim() !== '');
}

function cueUtterances(start: number, end: number, lines: string[]): Utterance[] {
  const runs = voiceRuns(lines.join('\n'));
  const [only] = runs;
  // Without voice tags, a "Name:" label may give the speaker, as in the Podcasting 2.0 examples.
  const label = runs.length === 1 && only!.voice === undefined ? speakerLabel(only!.text.trimStart()) : undefined;
  if (label) return [{ speaker: label.name, text: label.text, start, end }];
  return runs.map((run) => ({ speaker: run.voice, text: run.text, start, end }));
}

/** Reads WebVTT. A cue without a speaker continues the previous one. */
export function parseVtt(text: string, metadata: TranscriptMetadata): Transcript {
  const lines = splitLines(text);
  if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0]!)) throw new TranscriptError('A WebVTT file must start with "WEBVTT".', 'line 1');
  const utterances: Utterance[] = [];
  let language: string | undefined;
  let state: 'header' | 'between' | 'id' | 'cue' | 'skip' = 'header';
  let cue: { start: number; end: number; lines: string[] } | undefined;
  let idLine = 0;
  const finishCue = () => {
    if (cue) utterances.push(...cueUtterances(cue.start, cue.end, cue.lines));
    cue = undefined;
  };
  const noTiming = () => new TranscriptError(
    `The cue ${excerpt(lines[idLine - 1]!)} has no timing line like "${VTT_TIMESTAMPS.example}".`, `line ${idLine}`);

  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') {
      if (state === 'id') throw noTiming();
      finishCue();
      state = 'between';
      continue;
    }
    switch (state) {
      case 'skip':
        continue;
      case 'header':
        if (isTimingLine(line)) break;
        language ??= /^Language:\s*(\S+)/i.exec(line)?.[1];
        continue;
      case 'cue':
        if (!isTimingLine(line)) {
          cue!.lines.push(line);
          continue;
        }
        finishCue(); // a timing line inside a cue starts the next one, as in the spec
        break;
      case 'id':
        if (!isTimingLine(line)) throw noTiming();
        break;
      case 'between':
        if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(line)) {
          state = 'skip';
          continue;
        }
        if (!isTimingLine(line)) {
          state = 'id';
          idLine = index + 1;
          continue;
        }
        break;
    }
    cue = { ...parseTiming(line, index + 1, VTT_TIMESTAMPS), lines: [] };
    state = 'cue';
  }
  if (state === 'id') throw noTiming();
  finishCue();
  return toTranscript(utterances, { ...metadata, language: metadata.language ?? language });
}
