import { tokenize } from '../normalize.js';
import type { Transcript } from '../types.js';
import { safeUrl } from '../url.js';
import {
  ARCHIVE_FORMAT, ARCHIVE_VERSION, MANIFEST_FILE, SHARD_CHARACTERS, TEXT_CHUNK, contentHash, encodePostings, encodeTerms, fileKey, postingsKey,
  textShardPath, vocabularyKey,
} from './format.js';
import type { Manifest, ManifestEpisode, Postings, PostingsShard, TextRow, TextShard } from './format.js';

export interface ArchiveBuildOptions {
  /**
   * The URL of an episode's page, with `{id}` standing for the episode id, e.g.
   * "/episodes/{id}.html". Without it, an episode links to its transcript's `source.url`, if any.
   */
  href?: string;
}

export interface ArchiveBuild {
  /** Path (relative to the archive folder, `/`-separated) → content, the manifest included. */
  files: Map<string, string>;
  /** Episodes left out, and why (a second episode with the same id). */
  skipped: { id: string; message: string }[];
}

/** Compares strings by code units: the same order on every machine and locale. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Adds a file named `<folder>/<key>.<hash>.json` and returns its path. */
function addShard(files: Map<string, string>, folder: string, key: string, value: unknown): string {
  const text = JSON.stringify(value);
  const path = `${folder}/${fileKey(key)}.${contentHash(text)}.json`;
  files.set(path, text);
  return path;
}

/** Adds an episode's text shards, named by the hash of all of them, and returns the hash. */
function addText(files: Map<string, string>, id: string, title: string, rows: TextRow[]): string {
  const chunks: string[] = [];
  for (let first = 0; first < rows.length; first += TEXT_CHUNK) chunks.push(JSON.stringify({ title, segments: rows.slice(first, first + TEXT_CHUNK) } satisfies TextShard));
  const hash = contentHash(chunks.join('\n'));
  chunks.forEach((chunk, number) => files.set(textShardPath({ id, text: hash }, number * TEXT_CHUNK), chunk));
  return hash;
}

/** Sorted `items` grouped by `key`, in order. */
function groupBy(items: readonly string[], key: (item: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Hands the terms starting with `prefix` to `add` as one shard, or, when their postings are
 * larger than SHARD_CHARACTERS, as the shard of the term `prefix` itself and one (or more) per
 * next letter: the split depends on those terms alone.
 */
function splitShard(prefix: string, group: string[], encoded: Map<string, string>, add: (key: string, group: string[]) => void): void {
  const size = group.reduce((total, term) => total + encoded.get(term)!.length, 0);
  if (size <= SHARD_CHARACTERS || group.length === 1) {
    add(prefix, group);
    return;
  }
  const longer = group.filter((term) => term !== prefix);
  if (longer.length < group.length) add(prefix, [prefix]);
  const next = (term: string) => prefix + String.fromCodePoint(term.slice(prefix.length).codePointAt(0)!);
  for (const [key, subgroup] of groupBy(longer, next)) splitShard(key, subgroup, encoded, add);
}

/** Seconds to the end of the last timed segment. */
function duration(transcript: Transcript): number | undefined {
  let last: number | undefined;
  for (const segment of transcript.segments) {
    const time = segment.end ?? segment.start;
    if (time !== undefined && (last === undefined || time > last)) last = time;
  }
  return last;
}

/**
 * The static search index of an archive of transcripts (see format.ts for its files). The same
 * transcripts give the same bytes, in any order. Throws nothing for data that passed
 * validation; an episode whose id another already has is left out and reported.
 */
export function buildArchive(transcripts: readonly Transcript[], options: ArchiveBuildOptions = {}): ArchiveBuild {
  if (options.href !== undefined && safeUrl(options.href.replaceAll('{id}', 'id')) === undefined) {
    throw new Error(`href "${options.href}" is not an http(s) or relative URL.`);
  }
  const skipped: ArchiveBuild['skipped'] = [];
  const seen = new Set<string>();
  const episodes = [...transcripts]
    .sort((a, b) => byCodeUnits(a.source?.published ?? '', b.source?.published ?? '') || byCodeUnits(a.id, b.id))
    .filter((transcript) => {
      if (!seen.has(transcript.id)) return seen.add(transcript.id);
      skipped.push({ id: transcript.id, message: `another episode has the id "${transcript.id}"` });
      return false;
    });

  const files = new Map<string, string>();
  const postings = new Map<string, Postings>();
  const manifestEpisodes = episodes.map((transcript, episodeNumber): ManifestEpisode => {
    const speakerNumbers = new Map(transcript.speakers.map((speaker, number) => [speaker.id, number]));
    const rows = transcript.segments.map((segment, segmentNumber): TextRow => {
      const terms = new Set(tokenize(segment.text).map((token) => token.term));
      for (const term of terms) {
        const list = postings.get(term);
        if (list) list.push(episodeNumber, segmentNumber);
        else postings.set(term, [episodeNumber, segmentNumber]);
      }
      return [segment.id, speakerNumbers.get(segment.speaker) ?? -1, segment.start ?? null, segment.text];
    });
    const href = options.href === undefined ? safeUrl(transcript.source?.url) : undefined;
    const time = duration(transcript);
    return {
      id: transcript.id,
      ...(transcript.source?.published !== undefined && { published: transcript.source.published }),
      ...(href !== undefined && { href }),
      ...(time !== undefined && { duration: time }),
      speakers: transcript.speakers.map((speaker) => speaker.name),
      text: addText(files, transcript.id, transcript.title, rows),
    };
  });

  // Terms grouped by postings shard, and shards by vocabulary shard, all sorted.
  const terms = [...postings.keys()].sort(byCodeUnits);
  const encoded = new Map(terms.map((term) => [term, encodePostings(postings.get(term)!)]));
  const vocabulary = new Map<string, { terms: string[]; weights: string; postings: Record<string, string> }>();
  const addPostingsShard = (key: string, group: string[]) => {
    const shard: PostingsShard = {};
    for (const term of group) shard[term] = encoded.get(term)!;
    const letter = vocabularyKey(key);
    let entry = vocabulary.get(letter);
    if (!entry) vocabulary.set(letter, (entry = { terms: [], weights: '', postings: {} }));
    entry.postings[key] = addShard(files, 'postings', key, shard);
  };
  for (const [key, group] of groupBy(terms, postingsKey)) splitShard(key, group, encoded, addPostingsShard);
  for (const term of terms) {
    const entry = vocabulary.get(vocabularyKey(term))!;
    entry.terms.push(term);
    entry.weights += Math.min(35, Math.floor(Math.log2(postings.get(term)!.length / 2))).toString(36);
  }

  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    ...(options.href !== undefined && { href: options.href }),
    episodes: manifestEpisodes,
    vocabulary: Object.fromEntries([...vocabulary].map(([letter, { terms: group, weights, postings: shards }]) =>
      [letter, addShard(files, 'vocabulary', letter, { terms: encodeTerms(group), weights, postings: shards })])),
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return { files, skipped };
}
