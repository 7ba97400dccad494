// One feed item → one Transcript: its transcript file, then people, chapters and soundbites.
// Fetching is the caller's (the CLI's, with its limits); this module decides what to fetch.
import { slug } from '../formats/paragraphs.js';
import { TRANSCRIPT_FORMATS, readTranscript } from '../parse.js';
import type { TranscriptFormat } from '../parse.js';
import type { Transcript, TranscriptSource } from '../types.js';
import { validateTranscript } from '../validate.js';
import { applyChapters } from './chapters.js';
import { timedPieces } from './cues.js';
import type { Feed, FeedItem, FeedPerson, FeedTranscriptLink } from './feed.js';
import { applyPersons, episodePersons } from './persons.js';
import { applySoundbites } from './soundbites.js';
import { uniqueId } from './timeline.js';

export interface EpisodeSources {
  /** Fetches a URL as written in the feed (relative ones against the feed); rejects with a readable Error. */
  fetchText(reference: string): Promise<string>;
  /**
   * A URL from the feed as the transcript should carry it (a link, a picture): absolute http(s)
   * once resolved against the feed's URL, or relative as written for a feed read from a file;
   * undefined for any other scheme.
   */
  displayUrl(reference: string): string | undefined;
  /** The language asked for; without it the feed's own is preferred, then any. */
  language?: string;
}

export type EpisodeResult =
  | { status: 'imported'; transcript: Transcript; warnings: string[] }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string; warnings: string[] };

/** Transcript types by preference: richest first. `rel="captions"` of no known type counts as captions (WebVTT or SRT). */
const TYPE_RANK: Record<string, number> = {
  'application/json': 0,
  'text/vtt': 1,
  'application/x-subrip': 2,
  'application/srt': 2,
  'text/srt': 2,
  'text/html': 3,
  'text/plain': 4,
};
const CAPTIONS_RANK = 1.5;
const UNKNOWN_RANK = 5;

const FORMAT_BY_TYPE: Record<string, string> = {
  'text/vtt': 'vtt',
  'application/x-subrip': 'srt',
  'application/srt': 'srt',
  'text/srt': 'srt',
  'text/html': 'html',
  'text/plain': 'text',
};

const rank = (link: FeedTranscriptLink): number =>
  Object.hasOwn(TYPE_RANK, link.type) ? TYPE_RANK[link.type]! : link.rel === 'captions' ? CAPTIONS_RANK : UNKNOWN_RANK;

/** The reader for a transcript's MIME type, when parseTranscript has one; else the content decides. */
function formatOf(type: string): TranscriptFormat | undefined {
  const format = Object.hasOwn(FORMAT_BY_TYPE, type) ? FORMAT_BY_TYPE[type]! : undefined;
  return (TRANSCRIPT_FORMATS as readonly string[]).includes(format ?? '') ? format as TranscriptFormat : undefined;
}

const primaryLanguage = (tag: string | undefined): string | undefined => tag?.split(/[-_]/)[0]?.toLowerCase();

/**
 * The item's transcripts in the order to try them: those in the wanted language (the one asked
 * for, else the feed's), then those that state none, then (only when no language was asked for)
 * the rest; within each, JSON > WebVTT > SRT > HTML > text.
 */
export function transcriptCandidates(links: readonly FeedTranscriptLink[], feedLanguage: string | undefined, asked: string | undefined): FeedTranscriptLink[] {
  const wanted = primaryLanguage(asked ?? feedLanguage);
  const group = (link: FeedTranscriptLink): number => {
    if (link.language === undefined) return 1;
    if (wanted === undefined || primaryLanguage(link.language) === wanted) return 0;
    return asked === undefined ? 2 : -1;
  };
  return links
    .map((link, order) => ({ link, order, group: group(link) }))
    .filter((entry) => entry.group >= 0)
    .sort((a, b) => a.group - b.group || rank(a.link) - rank(b.link) || a.order - b.order)
    .map((entry) => entry.link);
}

/** The items `--episode` names: a guid, an episode number, "latest" or "all". Empty when none matches. */
export function selectItems(items: readonly FeedItem[], episode: string): FeedItem[] {
  if (episode === 'all') return [...items];
  if (episode === 'latest') {
    const dated = items.filter((item) => item.published !== undefined);
    if (dated.length === 0) return items.slice(0, 1);
    return [dated.reduce((latest, item) => (item.published! > latest.published! ? item : latest))];
  }
  const byGuid = items.filter((item) => item.guid === episode);
  if (byGuid.length > 0 || !/^\d+$/.test(episode)) return byGuid.slice(0, 1);
  const number = Number(episode);
  const numbered = items.find((item) => item.episode === number);
  if (numbered) return [numbered];
  // Without episode numbers, N is the Nth episode published: counted from the oldest.
  if (items.some((item) => item.episode !== undefined)) return [];
  const oldestFirst = [...items].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || b.index - a.index);
  return oldestFirst[number - 1] ? [oldestFirst[number - 1]!] : [];
}

/** A file-name-safe id for each item, unique in the feed: from its title, else its guid. */
export function episodeIds(items: readonly FeedItem[]): Map<FeedItem, string> {
  const used = new Set<string>();
  return new Map(items.map((item) => [item, uniqueId(slug(item.title ?? '') || slug(item.guid ?? '') || `episode-${item.index + 1}`, used)]));
}

const MEDIA_TYPES: Record<string, string> = { mp3: 'audio/mpeg', m4a: 'audio/mp4', mp4: 'video/mp4', ogg: 'audio/ogg', opus: 'audio/ogg', wav: 'audio/wav', webm: 'video/webm' };

function source(feed: Feed, item: FeedItem, sources: EpisodeSources): TranscriptSource {
  const link = item.link === undefined ? undefined : sources.displayUrl(item.link);
  const mediaUrl = item.enclosure && sources.displayUrl(item.enclosure.url);
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(item.enclosure?.url ?? '')?.[1]?.toLowerCase() ?? '';
  const mediaType = item.enclosure?.type || (Object.hasOwn(MEDIA_TYPES, extension) ? MEDIA_TYPES[extension] : undefined);
  return {
    ...(feed.title && { publisher: feed.title }),
    // The data model's source URL is absolute.
    ...(link && /^https?:\/\//i.test(link) && { url: link }),
    ...(item.published && { published: item.published }),
    ...(mediaUrl && mediaType && { media: { url: mediaUrl, type: mediaType } }),
  };
}

function withDisplayUrls(persons: FeedPerson[], sources: EpisodeSources): FeedPerson[] {
  return persons.map(({ img, href, ...person }) => {
    const image = img === undefined ? undefined : sources.displayUrl(img);
    const page = href === undefined ? undefined : sources.displayUrl(href);
    return { ...person, ...(image && { img: image }), ...(page && { href: page }) };
  });
}

/** Fetches and reads the first transcript of `candidates` that can be read; the failures become warnings. */
async function firstReadable(candidates: FeedTranscriptLink[], id: string, title: string, sources: EpisodeSources, warnings: string[]): Promise<{ transcript: Transcript; link: FeedTranscriptLink; text: string } | undefined> {
  for (const link of candidates) {
    try {
      const text = await sources.fetchText(link.url);
      const format = formatOf(link.type);
      const reading = readTranscript(text, { id, title, ...(format && { format }) });
      // What the reader skipped (a bad cue, a time it read leniently) is said, with its line.
      for (const { line, reason } of reading.warnings) warnings.push(`transcript ${link.url}${line === undefined ? '' : ` line ${line}`}: ${reason}`);
      return { transcript: reading.transcript, link, text };
    } catch (error) {
      warnings.push(`transcript ${link.url}: ${(error as Error).message}`);
    }
  }
  return undefined;
}

/** Imports one item of `feed` as the Transcript `id`. Never throws: a problem is its result. */
export async function importEpisode(feed: Feed, item: FeedItem, id: string, sources: EpisodeSources): Promise<EpisodeResult> {
  const candidates = transcriptCandidates(item.transcripts, feed.language, sources.language);
  if (candidates.length === 0) {
    const languages = [...new Set(item.transcripts.map((link) => link.language ?? '?'))];
    return { status: 'skipped', reason: item.transcripts.length === 0 ? 'no transcript' : `no transcript in ${sources.language} (only ${languages.join(', ')})` };
  }
  const warnings: string[] = [];
  const read = await firstReadable(candidates, id, item.title ?? id, sources, warnings);
  if (!read) return { status: 'failed', reason: warnings.join('; '), warnings: [] };

  let transcript: Transcript = { ...read.transcript, language: read.link.language ?? feed.language ?? read.transcript.language };
  const episodeSource = source(feed, item, sources);
  if (Object.keys(episodeSource).length > 0) transcript.source = episodeSource;
  transcript = applyPersons(transcript, withDisplayUrls(episodePersons(item.persons, feed.persons), sources));
  if (item.chapters) {
    try {
      const base = sources.displayUrl(item.chapters.url);
      transcript = applyChapters(transcript, await sources.fetchText(item.chapters.url), {
        onWarning: (message) => warnings.push(`chapters: ${message}`),
        ...(base && /^https?:/i.test(base) && { base }),
      });
    } catch (error) {
      warnings.push(`chapters ${item.chapters.url}: ${(error as Error).message}`);
    }
  }
  transcript = applySoundbites(transcript, item.soundbites, (message) => warnings.push(message), timedPieces(read.text));
  const result = validateTranscript(transcript);
  if (!result.ok) {
    const [first] = result.errors;
    return { status: 'failed', reason: `${first!.path ? `${first!.path}: ` : ''}${first!.message}`, warnings };
  }
  return { status: 'imported', transcript: result.transcript, warnings };
}
