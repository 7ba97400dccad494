/**
 * The archive search interface: what `<verbatim-archive-search>` asks of whatever answers its
 * queries. The static index that `verbatim archive build` writes implements it
 * (`createArchiveSearch`); so can an adapter over a search engine (Meilisearch, Typesense, …).
 */

/** The episode a hit belongs to. */
export interface ArchiveEpisode {
  id: string;
  title: string;
  /** ISO 8601 date, e.g. "2024-09-12". */
  published?: string;
}

/** One segment of one episode that matches a query. */
export interface ArchiveHit {
  episode: ArchiveEpisode;
  segmentId: string;
  /** The speaker's name. */
  speaker?: string;
  /** Seconds from the start of the episode. */
  start?: number;
  /** A passage of the segment around the match (the whole segment when short), as plain text. */
  text: string;
  /** `[start, end)` offsets into `text` of every matched word, in order. */
  ranges: [number, number][];
  /** A link to this moment on the episode's page (segment anchor, text fragment, `t=`). */
  href?: string;
  /** 0 (every word found as typed) to 1 (the loosest accepted match). */
  score: number;
}

export interface ArchiveSearchOptions {
  /** Only segments spoken by a speaker of this name. */
  speaker?: string;
  /** Only episodes published this year. */
  year?: number;
  /** At most this many hits (the best ones); 50 when not given. */
  limit?: number;
  /** Abandons the search, and its downloads no other search waits for: the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /**
   * Milliseconds to wait before downloading anything this query lacks (0 when not given): the
   * element asks for it while keys arrive quickly, so that a query typed past (and aborted)
   * downloads nothing. What is loaded already answers at once; an engine may ignore it.
   */
  delay?: number;
  /**
   * Called with the hits found so far, best first, each time more arrive (the static index
   * calls it as each episode's text arrives), so that results can be shown before all are in.
   */
  onHits?: (hits: ArchiveHit[]) => void;
}

/** What the filters can choose from. */
export interface ArchiveFacets {
  speakers: string[];
  /** Years with episodes, newest first. */
  years: number[];
}

/** Anything that searches an archive of episodes. */
export interface ArchiveSearch {
  /**
   * Segments that contain every word of `query` (in any order, each allowing typos as the
   * transcript's search does), or its quoted phrases exactly; best first.
   */
  search(query: string, options?: ArchiveSearchOptions): Promise<ArchiveHit[]>;
  /** The speakers and years to filter by; without it, no filters are offered. */
  facets?(): Promise<ArchiveFacets>;
}
