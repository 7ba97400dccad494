import Fuse from 'fuse.js/basic';
import { MAX_EXTRA_LETTERS, maxEdits } from '../search.js';
import { VOCABULARY_OPTIONS } from '../search-index.js';
import { MIN_PREFIX_LENGTH, parseQuery } from '../search-query.js';
import type { Clause } from '../search-query.js';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, MANIFEST_FILE, TEXT_CHUNK, decodePostings, decodeTerms, shardOf, textShardPath, vocabularyKey } from './format.js';
import type { Manifest, PostingsShard, TextShard, VocabularyShard } from './format.js';
import { hitFromSegment } from './snippet.js';
import type { MatchPlan } from './snippet.js';
import type { ArchiveFacets, ArchiveHit, ArchiveSearch, ArchiveSearchOptions } from './types.js';

export interface StaticArchiveOptions {
  /** Fetches a file of the archive (default: the global `fetch`); a test or a server can read files instead. */
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
}

/** Hits returned when `limit` is not given: a screenful of the best, each costing a text shard. */
const DEFAULT_LIMIT = 10;
/** A segment as one number: episode number × SEGMENTS + segment number. */
const SEGMENTS = 2 ** 20;
/**
 * Terms a word being typed stands for, at most: its most common completions, and its closest
 * near spellings. Across an archive, "hol" starts hundreds of words; each costs a download.
 */
const MAX_COMPLETIONS = 6;
const MAX_NEAR_SPELLINGS = 6;

/** Recently matched words and clauses: typing "holographic glasses" re-reads "holographic" at every key. */
const CACHE_SIZE = 256;

/** A vocabulary shard ready to search: its terms and, built on first need, Fuse.js over them. */
interface Vocabulary {
  shard: VocabularyShard;
  terms: string[];
  fuse?: Fuse<string>;
}

/** A term that stands for a query word, with how loosely it matches (0 = exact). */
interface TermMatch {
  term: string;
  score: number;
}

/** Segments where a clause occurs → its best score there. */
type Occurrences = Map<number, number>;

const abortError = () => new DOMException('The search was aborted.', 'AbortError');

/** First index in the sorted `terms` not below `value`. */
function lowerBound(terms: readonly string[], value: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The terms a query word stands for, by the transcript search's rules: itself, its completions
 * while typed, its near spellings (within the same edits); the most common completions and the
 * closest spellings only (MAX_COMPLETIONS, MAX_NEAR_SPELLINGS).
 */
function matchWord(vocabulary: Vocabulary, word: string, prefix: boolean): TermMatch[] {
  const { terms, shard } = vocabulary;
  const matches = new Map<string, number>();
  const keep = (term: string, score: number) => matches.set(term, Math.min(score, matches.get(term) ?? 1));
  const at = lowerBound(terms, word);
  if (terms[at] === word) keep(word, 0);
  if (prefix) {
    const completions: number[] = [];
    for (let next = at; next < terms.length && terms[next]!.startsWith(word); next++) if (terms[next] !== word) completions.push(next);
    completions.sort((a, b) => shard.weights.charCodeAt(b) - shard.weights.charCodeAt(a) || a - b);
    for (const next of completions.slice(0, MAX_COMPLETIONS)) keep(terms[next]!, 0.1 * (1 - word.length / terms[next]!.length));
  }
  const edits = maxEdits(word.length);
  if (edits > 0) {
    vocabulary.fuse ??= new Fuse(terms, VOCABULARY_OPTIONS);
    const accepted = edits / word.length + 1e-6;
    const near: TermMatch[] = [];
    for (const { item, score = 1 } of vocabulary.fuse.search(word)) {
      const fits = item.length >= word.length - edits && (prefix || item.length <= word.length + MAX_EXTRA_LETTERS);
      if (score <= accepted && fits && item !== word) near.push({ term: item, score: Math.min(1, 0.1 + score + 0.02 * Math.abs(item.length - word.length)) });
    }
    near.sort((a, b) => a.score - b.score || (a.term < b.term ? -1 : 1));
    for (const { term, score } of near.slice(0, MAX_NEAR_SPELLINGS)) keep(term, score);
  }
  return [...matches].map(([term, score]) => ({ term, score }));
}

/** `options.limit`, or the default. */
const limitOf = (options: ArchiveSearchOptions): number =>
  options.limit !== undefined && options.limit >= 0 ? Math.floor(options.limit) : DEFAULT_LIMIT;

/**
 * The archive search interface over a static index written by `verbatim archive build`:
 * `src` is the archive's folder (or its manifest.json). Files are fetched when a query needs
 * them (the manifest, then the vocabulary of each word's first two letters, the postings of the terms
 * found, the text of the episodes with hits) and kept for the next queries.
 */
export function createStaticArchiveSearch(src: string, options: StaticArchiveOptions = {}): Required<ArchiveSearch> {
  const fetchFile = options.fetch ?? ((url: string) => fetch(url));
  const manifestUrl = /\.json(?:[?#].*)?$/.test(src) ? src : `${src.replace(/\/?$/, '/')}${MANIFEST_FILE}`;
  const base = new URL(manifestUrl, globalThis.location?.href ?? 'file:///');
  const files = new Map<string, Promise<unknown>>();
  const wordCache = new Map<string, TermMatch[]>();
  const clauseCache = new Map<string, Occurrences>();
  const postings = new Map<string, number[]>();
  const vocabularies = new Map<string, Promise<Vocabulary | undefined>>();

  /** A file of the archive, parsed, fetched once (a failed fetch is tried again next time). */
  const file = <T>(path: string): Promise<T> => {
    let loading = files.get(path);
    if (!loading) {
      const url = new URL(path, base).href;
      loading = fetchFile(url).then(async (response) => {
        if (!response.ok) throw new Error(`Could not load the archive file ${url} (HTTP ${response.status}).`);
        try {
          return await response.json();
        } catch {
          throw new Error(`The archive file ${url} is not valid JSON.`);
        }
      });
      loading.catch(() => files.delete(path));
      files.set(path, loading);
    }
    return loading as Promise<T>;
  };

  const manifest = (): Promise<Manifest> => file<Manifest>(base.href).then((value) => {
    if (value?.format !== ARCHIVE_FORMAT || !Array.isArray(value.episodes)) {
      throw new Error(`${base.href} is not the manifest of a Verbatim archive: build one with "verbatim archive build".`);
    }
    if (value.version !== ARCHIVE_VERSION) throw new Error(`${base.href} is a version ${String(value.version)} archive; this reader reads version ${ARCHIVE_VERSION}.`);
    return value;
  });

  const vocabulary = (letter: string): Promise<Vocabulary | undefined> => {
    let loading = vocabularies.get(letter);
    if (!loading) {
      loading = manifest().then(async ({ vocabulary: shards }) => {
        if (!Object.hasOwn(shards, letter)) return undefined;
        const shard = await file<VocabularyShard>(shards[letter]!);
        return { shard, terms: decodeTerms(shard.terms) };
      });
      loading.catch(() => vocabularies.delete(letter));
      vocabularies.set(letter, loading);
    }
    return loading;
  };

  const cached = <T>(cache: Map<string, T>, key: string, make: () => T): T => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= CACHE_SIZE) cache.clear();
      value = make();
      cache.set(key, value);
    }
    return value;
  };

  /** The segments a term occurs in, as numbers (see SEGMENTS), decoded once. */
  const termPostings = async (term: string, vocabularyShard: VocabularyShard): Promise<number[]> => {
    const known = postings.get(term);
    if (known) return known;
    const path = shardOf(term, vocabularyShard.postings);
    if (path === undefined) return [];
    const shard = await file<PostingsShard>(path);
    const decoded: number[] = [];
    if (Object.hasOwn(shard, term)) decodePostings(shard[term]!, (episode, segment) => decoded.push(episode * SEGMENTS + segment));
    postings.set(term, decoded);
    return decoded;
  };

  /** The terms for a word clause, and the segments they occur in. */
  const wordClause = async (term: string, prefix: boolean): Promise<{ terms: Set<string>; occurrences: Occurrences }> => {
    const found = await vocabulary(vocabularyKey(term));
    if (!found) return { terms: new Set(), occurrences: new Map() };
    const matches = cached(wordCache, `${prefix ? '+' : '='}${term}`, () => matchWord(found, term, prefix));
    const lists = await Promise.all(matches.map(({ term: match }) => termPostings(match, found.shard)));
    const occurrences = cached(clauseCache, `${prefix ? '+' : '='}${term}`, () => {
      const union: Occurrences = new Map();
      matches.forEach(({ score }, at) => {
        for (const segment of lists[at]!) {
          const best = union.get(segment);
          if (best === undefined || score < best) union.set(segment, score);
        }
      });
      return union;
    });
    return { terms: new Set(matches.map((match) => match.term)), occurrences };
  };

  /** Segments holding every word of a phrase (whether in a row is checked on their text). */
  const phraseClause = async (terms: string[], prefix: boolean): Promise<Occurrences> => {
    const last = terms.length - 1;
    const lists = await Promise.all(terms.map(async (term, at) => {
      if (at === last && prefix && term.length >= MIN_PREFIX_LENGTH) return (await wordClause(term, true)).occurrences;
      const found = await vocabulary(vocabularyKey(term));
      const segments = found ? await termPostings(term, found.shard) : [];
      return new Map(segments.map((segment) => [segment, 0]));
    }));
    return intersect(lists);
  };

  /** Ranks the candidates of every clause and keeps those the filters allow: best first, then newest episode, then text order. */
  const rank = (found: Occurrences, clauses: number, allowed: (episode: number) => boolean): number[] => {
    const keys: number[] = [];
    for (const [segment, score] of found) {
      const episode = Math.floor(segment / SEGMENTS);
      if (!allowed(episode)) continue;
      // Score to 1/1024 above the order in time: one numeric sort ranks them.
      keys.push(Math.round((score / clauses) * 1023) * SEGMENTS * SEGMENTS + (SEGMENTS - 1 - episode) * SEGMENTS + (segment % SEGMENTS));
    }
    return Array.from(Float64Array.from(keys).sort(), (key) => {
      const episode = SEGMENTS - 1 - Math.floor((key % (SEGMENTS * SEGMENTS)) / SEGMENTS);
      return episode * SEGMENTS + (key % SEGMENTS);
    });
  };

  const episodeFilter = (episodes: Manifest['episodes'], { year, speaker }: ArchiveSearchOptions) =>
    (episode: number): boolean => {
      const entry = episodes[episode];
      if (!entry) return false;
      if (year !== undefined && Number(entry.published?.slice(0, 4)) !== year) return false;
      return speaker === undefined || entry.speakers.includes(speaker);
    };

  return {
    async facets(): Promise<ArchiveFacets> {
      const { episodes } = await manifest();
      const speakers = new Set(episodes.flatMap((episode) => episode.speakers));
      const years = new Set(episodes.map((episode) => Number(episode.published?.slice(0, 4))).filter((year) => year > 0));
      return { speakers: [...speakers].sort((a, b) => a.localeCompare(b)), years: [...years].sort((a, b) => b - a) };
    },

    async search(query, searchOptions = {}) {
      const { signal, onHits } = searchOptions;
      const check = () => {
        if (signal?.aborted) throw abortError();
      };
      check();
      const clauses: Clause[] = parseQuery(query);
      if (clauses.length === 0) return [];
      const { episodes, href: template } = await manifest();
      check();
      const plan: MatchPlan = { words: [], phrases: [] };
      const found = await Promise.all(clauses.map(async (clause) => {
        if (clause.kind === 'phrase') {
          plan.phrases.push({ terms: clause.terms, prefix: clause.prefix });
          return phraseClause(clause.terms, clause.prefix);
        }
        const { terms, occurrences } = await wordClause(clause.term, clause.prefix);
        plan.words.push(terms);
        return occurrences;
      }));
      check();
      const scores = intersect(found, true);
      const ranked = rank(scores, clauses.length, episodeFilter(episodes, searchOptions));
      const limit = limitOf(searchOptions);

      // Take candidates in rank order; load their text; keep those the text confirms.
      const hits: (ArchiveHit | null | undefined)[] = [];
      let reported = 0;
      let next = 0;
      const confirmed = () => hits.filter((hit): hit is ArchiveHit => !!hit).slice(0, limit);
      while (confirmed().length < limit && next < ranked.length) {
        const batch = ranked.slice(next, next + limit - confirmed().length);
        const from = next;
        next += batch.length;
        await Promise.all(batch.map(async (segment, offset) => {
          const episode = episodes[Math.floor(segment / SEGMENTS)]!;
          const number = segment % SEGMENTS;
          const shard = await file<TextShard>(textShardPath(episode, number));
          check();
          const page = episode.href ?? template?.replaceAll('{id}', encodeURIComponent(episode.id));
          hits[from + offset] = hitFromSegment(episode, shard.title, page, shard.segments[number % TEXT_CHUNK], plan, scores.get(segment)! / clauses.length, searchOptions.speaker) ?? null;
          // The hits in rank order whose text is in, up to the first still waiting.
          const ready: ArchiveHit[] = [];
          for (let at = 0; at < hits.length && hits[at] !== undefined; at++) if (hits[at]) ready.push(hits[at]!);
          if (ready.length > reported && onHits) onHits(ready.slice(0, limit));
          reported = Math.max(reported, ready.length);
        }));
      }
      return confirmed();
    },
  };
}

/** Segments in every list, with the sum of their scores (`sum`) or a score of 0. */
function intersect(lists: Occurrences[], sum = false): Occurrences {
  if (lists.length === 1) return lists[0]!;
  const [smallest, ...others] = [...lists].sort((a, b) => a.size - b.size);
  const result: Occurrences = new Map();
  for (const [segment, score] of smallest!) {
    let total = score;
    let everywhere = true;
    for (const other of others) {
      const more = other.get(segment);
      if (more === undefined) {
        everywhere = false;
        break;
      }
      total += more;
    }
    if (everywhere) result.set(segment, sum ? total : 0);
  }
  return result;
}
