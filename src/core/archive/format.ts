/**
 * The static archive index, as files. Everything a reader downloads is split so that a query
 * fetches only what its words need, and every file but the manifest is named by a hash of its
 * content, so that a CDN can cache it forever:
 *
 * - `manifest.json`: the episodes (id, published, duration, speakers, the hash of their text
 *   shards), the link to an episode's page, and the vocabulary shards by first two letters; the
 *   titles are in the text shards, so that the manifest stays small for thousands of episodes.
 * - `vocabulary/<letters>.<hash>.json`: the terms starting with those two letters (the typo
 *   search of a word looks among them), front-coded, how common each is, and the postings
 *   shards of their prefixes.
 * - `postings/<prefix>.<hash>.json`: per term starting with `prefix`, the segments where it
 *   occurs. Terms are grouped by their first three letters, and a group larger than
 *   SHARD_CHARACTERS is split by the next letter (again while too large), so a shard's key
 *   depends on its own terms alone: adding an episode rewrites only the shards of its words.
 * - `text/<episode id>.<hash>-<n>.json`: the episode's title and segments (id, speaker, start,
 *   text) for snippets, TEXT_CHUNK segments a file, so that a hit downloads only a few of them; `<hash>`
 *   is that of the whole episode's text.
 *
 * Episodes are numbered in the order of publication (then id), so that adding the newest
 * episodes of a show leaves the numbers, and the postings, of the others unchanged.
 */

export const ARCHIVE_FORMAT = 'verbatim-archive';
export const ARCHIVE_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

export interface ManifestEpisode {
  id: string;
  published?: string;
  /** The episode's page (http(s) or relative), when the manifest has no `href` template. */
  href?: string;
  /** Seconds, from the last timed segment. */
  duration?: number;
  /** Speaker names; a text shard's speaker numbers index this list. */
  speakers: string[];
  /** The hash in the names of the episode's text shards. */
  text: string;
}

export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  version: typeof ARCHIVE_VERSION;
  /** An episode's page, with `{id}` standing for its id (encoded as a URL component). */
  href?: string;
  episodes: ManifestEpisode[];
  /** First two letters of a term → path of its vocabulary shard. */
  vocabulary: Record<string, string>;
}

export interface VocabularyShard {
  /** The terms, sorted and front-coded (see encodeTerms). */
  terms: string;
  /** Per term, one base-36 digit: log2 of the number of segments it occurs in (how common it is). */
  weights: string;
  /** Prefix → path of its postings shard. */
  postings: Record<string, string>;
}

/** Term → its encoded postings (see encodePostings). */
export type PostingsShard = Record<string, string>;

/** A segment in a text shard: `[id, speaker number (-1 for none), start or null, text]`. */
export type TextRow = [string, number, number | null, string];

/** TEXT_CHUNK segments of an episode: the `n`th file holds segments `n × TEXT_CHUNK` onwards. */
export interface TextShard {
  /** The episode's title. */
  title: string;
  segments: TextRow[];
}

/** Segments per text shard: a hit's passage costs the download of about 250 words. */
export const TEXT_CHUNK = 4;

/** The text shard of segment `segment` of an episode. */
export const textShardPath = (episode: { id: string; text: string }, segment: number): string =>
  `text/${fileKey(episode.id)}.${episode.text}-${Math.floor(segment / TEXT_CHUNK)}.json`;

/**
 * Sorted terms, front-coded: each is the number of letters it shares with the one before (one
 * base-36 digit, at most 35), then the rest of it; joined by ",". "hologram,holograms" → "0hologram,8s".
 */
export function encodeTerms(terms: readonly string[]): string {
  let previous = '';
  return terms.map((term) => {
    let shared = 0;
    while (shared < 35 && shared < term.length && term[shared] === previous[shared]) shared++;
    previous = term;
    return `${shared.toString(36)}${term.slice(shared)}`;
  }).join(',');
}

export function decodeTerms(encoded: string): string[] {
  let previous = '';
  return encoded === '' ? [] : encoded.split(',').map((entry) => (previous = previous.slice(0, parseInt(entry[0]!, 36)) + entry.slice(1)));
}

/** Letters of a term that name its vocabulary shard. */
const VOCABULARY_PREFIX = 2;

/** The vocabulary shard a term is in: its first two letters (the term itself when shorter). */
export const vocabularyKey = (term: string): string => Array.from(term).slice(0, VOCABULARY_PREFIX).join('');

/** Letters of a term that name its postings shard, at least. */
const POSTINGS_PREFIX = 3;

/** The smallest postings shard a term can be in: its first three letters (the term itself when shorter). */
export const postingsKey = (term: string): string => Array.from(term).slice(0, POSTINGS_PREFIX).join('');

/** Encoded postings in one shard, at most, unless they are those of a single term. */
export const SHARD_CHARACTERS = 8_000;

/** The key of the postings shard of `term` among `keys`: the longest that starts it. */
export function shardOf(term: string, keys: Record<string, string>): string | undefined {
  for (let length = term.length; length > 0; length--) {
    const key = term.slice(0, length);
    if (Object.hasOwn(keys, key)) return keys[key];
  }
  return undefined;
}

/** A file name part for any shard key: ASCII letters and digits as they are, others as `_<hex>_`. */
export const fileKey = (key: string): string =>
  Array.from(key, (char) => (/[a-z0-9-]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`)).join('');

/**
 * A 48-bit hash of `text` as 12 hex digits (two 32-bit FNV-1a style lanes): enough to tell
 * versions of a shard apart in a file name, computed the same in Node and in a browser.
 */
export function contentHash(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ text.length;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
    second ^= second >>> 15;
  }
  const hex = (value: number, digits: number) => (value >>> 0).toString(16).padStart(8, '0').slice(0, digits);
  return `${hex(first, 8)}${hex(second, 4)}`;
}

/** Segments one term occurs in, as pairs: episode number, segment number, ascending. */
export type Postings = number[];

/**
 * Postings as text that compresses well: per episode, the gap from the previous episode, ":",
 * then the gaps between its segment numbers joined by "."; episodes joined by ",". Numbers in
 * base 36. "0:3.1,2:0" is segments 3 and 4 of episode 0 and segment 0 of episode 2.
 */
export function encodePostings(postings: Postings): string {
  let text = '';
  let episode = -1;
  let segment = 0;
  for (let at = 0; at < postings.length; at += 2) {
    const next = postings[at]!;
    if (next !== episode) {
      text += `${text ? ',' : ''}${(next - Math.max(episode, 0)).toString(36)}:`;
      episode = next;
      segment = 0;
    } else text += '.';
    text += (postings[at + 1]! - segment).toString(36);
    segment = postings[at + 1]!;
  }
  return text;
}

/** Calls `each(episode, segment)` for every posting of an encoded list, in order. */
export function decodePostings(encoded: string, each: (episode: number, segment: number) => void): void {
  let episode = 0;
  for (const group of encoded.split(',')) {
    const colon = group.indexOf(':');
    episode += parseInt(group.slice(0, colon), 36);
    let segment = 0;
    for (const gap of group.slice(colon + 1).split('.')) {
      segment += parseInt(gap, 36);
      each(episode, segment);
    }
  }
}
