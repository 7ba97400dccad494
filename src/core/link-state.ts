/**
 * A reader's state in a transcript page's URL fragment, read and written: a segment and its
 * moment (`#verbatim-s012&t=83`) or a view (`#verbatim-search=open%20source;speaker=guest`).
 * Only transcripts load it; quotes and cards link with links.ts alone.
 */
import { PREFIX, segmentFragment } from './links.js';
import { ID_CHARS } from './types.js';

/** A segment's fragment, with its moment in seconds when given: `s012`, `s012&t=83.5`. */
const SEGMENT_FRAGMENT = new RegExp(`^(${ID_CHARS})(?:&t=(\\d+(?:\\.\\d+)?))?$`);

export interface LinkState {
  segment?: string;
  /** With a segment: the moment to play from, in seconds (written in whole seconds). */
  time?: number;
  query?: string;
  /** A reader's filters: only this speaker id's or this topic id's passages. */
  speaker?: string;
  topic?: string;
  /** Only the passages that match the query, the others collapsed. */
  matchesOnly?: boolean;
}

/** The keys of a view's state in a fragment: `verbatim-search=open%20source;speaker=guest;only=matches`. */
const VIEW_KEYS = ['search', 'speaker', 'topic', 'only'] as const;
type ViewKey = (typeof VIEW_KEYS)[number];
const VIEW_FIELDS = { search: 'query', speaker: 'speaker', topic: 'topic' } as const;

/** The `key=value;…` of a view state (a query, filters, matches only), '' for none. */
function formatView(state: LinkState): string {
  const values: [ViewKey, string | undefined][] = [
    ['search', state.query || undefined], ['speaker', state.speaker || undefined], ['topic', state.topic || undefined],
    ['only', state.matchesOnly ? 'matches' : undefined],
  ];
  return values.flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${encodeURIComponent(value)}`])).join(';');
}

/** Reads `key=value;…`; undefined when it is not a view state (e.g. a segment id). */
function parseView(text: string): LinkState | undefined {
  const state: LinkState = {};
  for (const entry of text.split(';')) {
    const equals = entry.indexOf('=');
    const key = entry.slice(0, equals) as ViewKey;
    if (equals < 0 || !VIEW_KEYS.includes(key)) return undefined;
    let value: string;
    try {
      value = decodeURIComponent(entry.slice(equals + 1));
    } catch {
      return undefined;
    }
    if (key === 'only') state.matchesOnly = value === 'matches';
    else if (value) state[VIEW_FIELDS[key]] = value;
  }
  return state;
}

/** The fragment (without `#`) for a link state. */
export function formatLinkState(state: LinkState): string {
  if (state.segment) return segmentFragment(state.segment, state.time);
  const view = formatView(state);
  return view ? `${PREFIX}${view}` : '';
}

/** Reads a link state from a URL fragment (with or without `#`); anything else is ignored. */
export function parseLinkState(hash: string): LinkState {
  const fragment = hash.replace(/^#/, '').split(':~:')[0] ?? '';
  if (!fragment.startsWith(PREFIX)) return {};
  const rest = fragment.slice(PREFIX.length);
  if (rest.includes('=') && !rest.includes('&')) return parseView(rest) ?? {};
  const segment = SEGMENT_FRAGMENT.exec(rest);
  if (!segment) return {};
  return segment[2] === undefined ? { segment: segment[1] } : { segment: segment[1], time: Number(segment[2]) };
}
