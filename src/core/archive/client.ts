import { tokenize } from '../normalize.js';
import type { Token } from '../normalize.js';
import { MIN_PREFIX_LENGTH, parseQuery } from '../search-query.js';
import type { Clause } from '../search-query.js';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, MANIFEST_FILE, TEXT_CHUNK, decodeTerms, shardOf, textShardPath, vocabularyKey } from './format.js';
import type { Manifest, PostingsShard, TextRow, TextShard, VocabularyShard } from './format.js';
import { hitFromSegment } from './snippet.js';
import type { MatchPlan } from './snippet.js';
import { abortError, fileLoader, sleep } from './files.js';
import type { FetchFile, FileRequest } from './files.js';
import { SEGMENTS, decodeSegments, intersect, ranked, union } from './segments.js';
import type { Occurrences, TermLists } from './segments.js';
import { speakerOrder } from './speaker-order.js';
import { nearSpellings } from './spelling.js';
import type { TermMatch } from './spelling.js';
import type { ArchiveFacets, ArchiveHit, ArchiveSearch, ArchiveSearchOptions } from './types.js';

export interface StaticArchiveOptions {
  /** Fetches a file of the archive (default: the global `fetch`); a test or a server can read files instead. */
  fetch?: FetchFile;
}

/** Hits returned when `limit` is not given: a screenful of the best, each costing a text shard. */
const DEFAULT_LIMIT = 10;
/**
 * Terms a word being typed stands for, at most: its most common completions, and its closest
 * near spellings. Across an archive, "hol" starts hundreds of words; each costs a download.
 */
const MAX_COMPLETIONS = 6;
const MAX_NEAR_SPELLINGS = 6;

/** Recently matched words and their segments: typing "holographic glasses" re-reads "holographic" at every key. */
const CACHE_SIZE = 256;

/** A vocabulary shard ready to search: its terms, decoded. */
interface Vocabulary {
  shard: VocabularyShard;
  terms: string[];
}


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
  for (const { term, score } of nearSpellings(terms, word, prefix, MAX_NEAR_SPELLINGS)) keep(term, score);
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
  const fetchFile: FetchFile = options.fetch ?? ((url, init) => fetch(url, init));
  const manifestUrl = /\.json(?:[?#].*)?$/.test(src) ? src : `${src.replace(/\/?$/, '/')}${MANIFEST_FILE}`;
  const base = new URL(manifestUrl, globalThis.location?.href ?? 'file:///');
  const wordCache = new Map<string, TermMatch[]>();
  const unionCache = new WeakMap<TermLists, Occurrences>();
  const listsCache = new Map<string, TermLists>();
  const postings = new Map<string, Float64Array>();
  const segmentTokens = new WeakMap<TextRow, Token[]>();
  const tokensOf = (row: TextRow): Token[] => {
    let tokens = segmentTokens.get(row);
    if (!tokens) segmentTokens.set(row, (tokens = tokenize(row[3])));
    return tokens;
  };
  const vocabularies = new Map<string, Promise<Vocabulary | undefined>>();

  const files = fileLoader(base, fetchFile);
  const file = files.load;

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

  /** The segments a term occurs in (see SEGMENTS), decoded once. */
  const termPostings = async (term: string, vocabularyShard: VocabularyShard, request: FileRequest): Promise<Float64Array> => {
    const known = postings.get(term);
    if (known) return known;
    const path = shardOf(term, vocabularyShard.postings);
    if (path === undefined) return new Float64Array(0);
    const shard = await file<PostingsShard>(path, request);
    const decoded = Object.hasOwn(shard, term) ? decodeSegments(shard[term]!) : new Float64Array(0);
    postings.set(term, decoded);
    return decoded;
  };

  /** The terms for a word clause, and the segments each occurs in. */
  const wordClause = async (term: string, prefix: boolean, request: FileRequest): Promise<{ terms: Set<string>; lists: TermLists }> => {
    const found = await vocabulary(vocabularyKey(term));
    if (!found) return { terms: new Set(), lists: { lists: [], scores: [] } };
    const key = `${prefix ? '+' : '='}${term}`;
    const matches = cached(wordCache, key, () => matchWord(found, term, prefix));
    const segments = await Promise.all(matches.map(({ term: match }) => termPostings(match, found.shard, request)));
    // The same object for the same word, so that its union is merged once (see unionOf).
    const lists = cached(listsCache, key, () => ({ lists: segments, scores: matches.map((match) => match.score) }));
    return { terms: new Set(matches.map((match) => match.term)), lists };
  };

  /** Per word of a phrase, its segments with a score of 0 (whether in a row is checked on their text). */
  const phraseClause = (terms: string[], prefix: boolean, request: FileRequest): Promise<TermLists[]> => {
    const last = terms.length - 1;
    return Promise.all(terms.map(async (term, at): Promise<TermLists> => {
      if (at === last && prefix && term.length >= MIN_PREFIX_LENGTH) {
        const { lists } = (await wordClause(term, true, request)).lists;
        return { lists, scores: lists.map(() => 0) };
      }
      const found = await vocabulary(vocabularyKey(term));
      return { lists: [found ? await termPostings(term, found.shard, request) : new Float64Array(0)], scores: [0] };
    }));
  };

  const unionOf = (word: TermLists): Occurrences => {
    let merged = unionCache.get(word);
    if (!merged) unionCache.set(word, (merged = union(word)));
    return merged;
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
      // A search waiting for the manifest too goes first.
      await sleep(0);
      const speakers = new Set(episodes.flatMap((episode) => episode.speakers));
      const years = new Set(episodes.map((episode) => Number(episode.published?.slice(0, 4))).filter((year) => year > 0));
      return { speakers: [...speakers].sort(speakerOrder()), years: [...years].sort((a, b) => b - a) };
    },

    async search(query, searchOptions = {}) {
      const { signal, onHits, delay = 0 } = searchOptions;
      // Postings and text wait for the reader to stop typing; the vocabulary a word needs does not.
      let pause: Promise<void> | undefined;
      const request: FileRequest = { ...(signal && { signal }), ...(delay > 0 && { pause: () => (pause ??= sleep(delay, signal)) }) };
      const check = () => {
        if (signal?.aborted) throw abortError();
      };
      check();
      const clauses: Clause[] = parseQuery(query);
      if (clauses.length === 0) return [];
      const { episodes, href: template } = await manifest();
      check();
      const plan: MatchPlan = { words: [], phrases: [] };
      const words = (await Promise.all(clauses.map(async (clause): Promise<TermLists[]> => {
        if (clause.kind === 'phrase') {
          plan.phrases.push({ terms: clause.terms, prefix: clause.prefix });
          return phraseClause(clause.terms, clause.prefix, request);
        }
        const { terms, lists } = await wordClause(clause.term, clause.prefix, request);
        plan.words.push(terms);
        return [lists];
      }))).flat();
      check();
      const found = intersect(words, unionOf);
      const order = ranked(found, clauses.length, episodeFilter(episodes, searchOptions));
      const limit = limitOf(searchOptions);

      // Take candidates in rank order; load their text; keep those the text confirms.
      const hits: (ArchiveHit | null | undefined)[] = [];
      let reported = 0;
      let next = 0;
      const confirmed = () => hits.filter((hit): hit is ArchiveHit => !!hit).slice(0, limit);
      for (let wanted = limit; wanted > 0; wanted = limit - confirmed().length) {
        const batch = order.subarray(next, next + wanted);
        next += batch.length;
        if (batch.length === 0) break;
        const from = hits.length;
        hits.length += batch.length;
        await Promise.all(Array.from(batch, async (position, offset) => {
          const segment = found.segments[position]!;
          const episode = episodes[Math.floor(segment / SEGMENTS)]!;
          const number = segment % SEGMENTS;
          const shard = await file<TextShard>(textShardPath(episode, number), request);
          check();
          const page = episode.href ?? template?.replaceAll('{id}', encodeURIComponent(episode.id));
          hits[from + offset] = hitFromSegment(episode, shard.title, page, shard.segments[number % TEXT_CHUNK], plan, found.scores[position]! / clauses.length, searchOptions.speaker, tokensOf) ?? null;
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
