import { tokenize } from '../normalize.js';
import type { Transcript } from '../types.js';
import { safeUrl } from '../url.js';
import {
  ARCHIVE_FORMAT, ARCHIVE_VERSION, MANIFEST_FILE, contentHash, encodePostings, fileKey, postingsKey, vocabularyKey,
} from './format.js';
import type { Manifest, ManifestEpisode, Postings, PostingsShard, TextShard, VocabularyShard } from './format.js';

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

/** The episode's page: the template with its id, else the transcript's own URL. */
function episodeHref(transcript: Transcript, template: string | undefined): string | undefined {
  if (template !== undefined) return template.replaceAll('{id}', encodeURIComponent(transcript.id));
  return safeUrl(transcript.source?.url);
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
    const segments: TextShard['segments'] = transcript.segments.map((segment, segmentNumber) => {
      const terms = new Set(tokenize(segment.text).map((token) => token.term));
      for (const term of terms) {
        const list = postings.get(term);
        if (list) list.push(episodeNumber, segmentNumber);
        else postings.set(term, [episodeNumber, segmentNumber]);
      }
      return [segment.id, speakerNumbers.get(segment.speaker) ?? -1, segment.start ?? null, segment.text];
    });
    const href = episodeHref(transcript, options.href);
    const time = duration(transcript);
    return {
      id: transcript.id,
      title: transcript.title,
      ...(transcript.source?.published !== undefined && { published: transcript.source.published }),
      ...(href !== undefined && { href }),
      ...(time !== undefined && { duration: time }),
      speakers: transcript.speakers.map((speaker) => speaker.name),
      text: addShard(files, 'text', transcript.id, { segments } satisfies TextShard),
    };
  });

  // Terms grouped by postings prefix, and prefixes by first letter, all sorted.
  const terms = [...postings.keys()].sort(byCodeUnits);
  const byPrefix = new Map<string, string[]>();
  for (const term of terms) {
    const key = postingsKey(term);
    const group = byPrefix.get(key);
    if (group) group.push(term);
    else byPrefix.set(key, [term]);
  }
  const vocabulary = new Map<string, VocabularyShard>();
  for (const [prefix, group] of byPrefix) {
    const shard: PostingsShard = {};
    for (const term of group) shard[term] = encodePostings(postings.get(term)!);
    const letter = vocabularyKey(prefix);
    let entry = vocabulary.get(letter);
    if (!entry) vocabulary.set(letter, (entry = { terms: [], postings: {} }));
    entry.terms.push(...group);
    entry.postings[prefix] = addShard(files, 'postings', prefix, shard);
  }

  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    episodes: manifestEpisodes,
    vocabulary: Object.fromEntries([...vocabulary].map(([letter, shard]) => [letter, addShard(files, 'vocabulary', letter, shard)])),
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return { files, skipped };
}
