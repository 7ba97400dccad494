// An RSS podcast feed and its Podcasting 2.0 tags (podcastindex.org/namespace/1.0), read into
// plain records. URLs stay as written; the importer resolves and checks them.
import { childrenNamed, parseXml } from './xml.js';
import type { XmlElement } from './xml.js';

export interface FeedPerson {
  name: string;
  /** Lowercase, "host" when the tag gives none (the namespace's default). */
  role: string;
  group?: string;
  img?: string;
  href?: string;
}

export interface FeedTranscriptLink {
  url: string;
  /** MIME type as written, lowercased. */
  type: string;
  language?: string;
  rel?: string;
}

export interface FeedSoundbite {
  start: number;
  duration: number;
  title?: string;
}

export interface FeedItem {
  /** Position in the feed, 0 first. */
  index: number;
  guid?: string;
  title?: string;
  link?: string;
  /** `<pubDate>` as ISO 8601, when it is a date. */
  published?: string;
  /** `<itunes:episode>` or `<podcast:episode>`. */
  episode?: number;
  enclosure?: { url: string; type: string };
  transcripts: FeedTranscriptLink[];
  chapters?: { url: string; type: string };
  soundbites: FeedSoundbite[];
  persons: FeedPerson[];
}

export interface Feed {
  title?: string;
  link?: string;
  language?: string;
  persons: FeedPerson[];
  items: FeedItem[];
}

/** A feed that cannot be read, with the reason. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}

const PODCAST = { uri: /^https?:\/\/podcastindex\.org\/namespace\/1\.0\/?$/, prefix: 'podcast' };
const ITUNES = { uri: 'http://www.itunes.com/dtds/podcast-1.0.dtd', prefix: 'itunes' };

const text = (element: XmlElement | undefined): string | undefined => {
  const value = element?.text.trim();
  return value ? value : undefined;
};
const first = (parent: XmlElement, local: string, namespace: typeof PODCAST | typeof ITUNES | '' = ''): XmlElement | undefined =>
  childrenNamed(parent, local, namespace)[0];
const attribute = (element: XmlElement, name: string): string | undefined => element.attributes[name]?.trim() || undefined;

/** A non-negative number of seconds, else undefined. */
function seconds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+(?:\.\d+)?$/.test(value)) return undefined;
  return Number(value);
}

/** An RFC 822 date (RSS `pubDate`) as ISO 8601, else undefined. */
function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function persons(parent: XmlElement): FeedPerson[] {
  return childrenNamed(parent, 'person', PODCAST).flatMap((element): FeedPerson[] => {
    const name = text(element);
    if (name === undefined) return [];
    const group = attribute(element, 'group')?.toLowerCase();
    const img = attribute(element, 'img');
    const href = attribute(element, 'href');
    return [{ name, role: attribute(element, 'role')?.toLowerCase() ?? 'host', ...(group && { group }), ...(img && { img }), ...(href && { href }) }];
  });
}

function transcriptLinks(item: XmlElement): FeedTranscriptLink[] {
  return childrenNamed(item, 'transcript', PODCAST).flatMap((element): FeedTranscriptLink[] => {
    const url = attribute(element, 'url');
    if (url === undefined) return [];
    const language = attribute(element, 'language');
    const rel = attribute(element, 'rel')?.toLowerCase();
    return [{ url, type: attribute(element, 'type')?.toLowerCase() ?? '', ...(language && { language }), ...(rel && { rel }) }];
  });
}

function soundbites(item: XmlElement): FeedSoundbite[] {
  return childrenNamed(item, 'soundbite', PODCAST).flatMap((element): FeedSoundbite[] => {
    const start = seconds(attribute(element, 'startTime'));
    const duration = seconds(attribute(element, 'duration'));
    if (start === undefined || duration === undefined || duration === 0) return [];
    const title = text(element);
    return [{ start, duration, ...(title && { title: title.replace(/\s+/g, ' ') }) }];
  });
}

function episodeNumber(item: XmlElement): number | undefined {
  const value = text(first(item, 'episode', ITUNES)) ?? text(first(item, 'episode', PODCAST));
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

function readItem(element: XmlElement, index: number): FeedItem {
  const enclosure = first(element, 'enclosure');
  const enclosureUrl = enclosure && attribute(enclosure, 'url');
  const chapters = first(element, 'chapters', PODCAST);
  const chaptersUrl = chapters && attribute(chapters, 'url');
  const guid = text(first(element, 'guid'));
  const title = text(first(element, 'title'));
  const link = text(first(element, 'link'));
  const published = isoDate(text(first(element, 'pubDate')));
  const episode = episodeNumber(element);
  return {
    index,
    ...(guid && { guid }),
    ...(title && { title: title.replace(/\s+/g, ' ') }),
    ...(link && { link }),
    ...(published && { published }),
    ...(episode !== undefined && { episode }),
    ...(enclosureUrl && { enclosure: { url: enclosureUrl, type: attribute(enclosure!, 'type') ?? '' } }),
    transcripts: transcriptLinks(element),
    ...(chaptersUrl && { chapters: { url: chaptersUrl, type: attribute(chapters!, 'type')?.toLowerCase() ?? '' } }),
    soundbites: soundbites(element),
    persons: persons(element),
  };
}

/** Reads an RSS 2.0 podcast feed. Throws a FeedError for XML that is not an RSS feed. */
export function readFeed(xml: string): Feed {
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    throw new FeedError((error as Error).message);
  }
  const channel = root.local === 'rss' ? first(root, 'channel') : undefined;
  if (!channel) throw new FeedError(`Not an RSS feed: the document's root is <${root.prefix ? `${root.prefix}:` : ''}${root.local}>, not <rss> with a <channel>.`);
  const title = text(first(channel, 'title'));
  const link = text(first(channel, 'link'));
  const language = text(first(channel, 'language'));
  return {
    ...(title && { title: title.replace(/\s+/g, ' ') }),
    ...(link && { link }),
    ...(language && { language }),
    persons: persons(channel),
    items: childrenNamed(channel, 'item').map(readItem),
  };
}
