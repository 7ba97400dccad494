import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SearchHit, TranscriptSearch } from '../../core/search.js';
import type { Transcript } from '../../core/types.js';
import { emit } from '../common/events.js';
import { runSoon } from '../common/background.js';
import type { Occurrence } from './occurrences.js';
import type * as SearchModule from './search-code.js';

/**
 * Work per slice while the index is built in the background (a long task is 50 ms): small while
 * the reader may only be about to search, larger once a typed search waits for it. 6 ms leaves
 * room for a garbage collection inside a slice (1–4 ms when the buffers are allocated) within 10.
 */
const SLICE_MS = 6;
const SLICE_WAITED_FOR_MS = 30;
/**
 * From this many segments, a search typed before the index is complete waits for it to be built
 * in slices ("Preparing search…") instead of building it in one task; below, that task is short.
 */
const SLICED_INDEX_FROM = 1000;

type SearchCode = typeof SearchModule;
let searchCode: SearchCode | undefined;
let loadingSearchCode: Promise<SearchCode> | undefined;

/**
 * The search code (Fuse.js and the index, counting and painting matches), loaded once, when a reader is first about to search:
 * a page that only shows a transcript does not download it. A failed load may be tried again.
 */
export function loadSearchCode(): Promise<SearchCode> {
  loadingSearchCode ??= import('./search-code.js').then(
    (code) => (searchCode = code),
    (error: unknown) => {
      loadingSearchCode = undefined;
      throw error;
    },
  );
  return loadingSearchCode;
}

/** What is searched: a query, under filters, in a transcript. */
export interface SearchInput {
  transcript: Transcript;
  query: string;
  /** Only this speaker id's segments; empty or undefined for all. */
  speaker?: string | undefined;
  /** Only this topic id's segments; empty or undefined for all. */
  topic?: string | undefined;
}

/** The results of one query under one set of filters. */
export interface SearchResults {
  input: SearchInput;
  hits: SearchHit[];
  /** The marks per segment id (adjacent matched words merged into one). */
  ranges: Map<string, [number, number][]>;
  /** Every occurrence of the query in transcript order, as a reader counts them. */
  matches: Occurrence[];
  /** No hits yet: the index of a long transcript is still being built. */
  preparing: boolean;
}

/** The results of `input` with `search` (an index of `input.transcript`); none while `preparing`. */
export function resultsFor(search: TranscriptSearch | undefined, input: SearchInput, preparing: boolean): SearchResults {
  const { transcript, query } = input;
  const hits = preparing || !search || !searchCode ? [] : search.search(query, { speaker: input.speaker || undefined, topic: input.topic || undefined });
  const { ranges, occurrences } = searchCode && hits.length ? searchCode.groupOccurrences(transcript, hits, query) : { ranges: new Map(), occurrences: [] };
  return { input, hits, ranges, matches: occurrences, preparing };
}

const sameInput = (a: SearchInput, b: SearchInput): boolean =>
  a.transcript === b.transcript && a.query === b.query && (a.speaker || undefined) === (b.speaker || undefined)
  && (a.topic || undefined) === (b.topic || undefined);

/**
 * Searches a transcript for its host: query and filters in, memoised results out, with the
 * reader's position among the matches. The search code loads and the index is built on first
 * need: in background slices once the reader is about to search (`prepare`), and for a long
 * transcript also when a search is typed before it is complete. A search asked for before the
 * code is loaded, or before a long transcript's index is complete, shows as `preparing` until
 * then. A typed search (`typed`) fires `verbatim-search` on the host once its hits are known.
 */
export class SearchController implements ReactiveController {
  /** The reader's position in `results.matches`; -1 when there are none. */
  current = -1;
  private index: { transcript: Transcript; search: TranscriptSearch } | undefined;
  private last: SearchResults | undefined;
  private cancelSlice: (() => void) | undefined;
  /** Whether the slice scheduled is for a search that waits (not background work). */
  private sliceWaitedFor = false;
  /** A typed search that waits for the index: its query, announced once the hits are known. */
  private pendingEvent: string | undefined;
  private whenBuilt: { promise: Promise<void>; resolve: () => void } | undefined;
  private loadingCode = false;
  /** The painter of the matches, made with the search code. */
  private highlights: InstanceType<SearchCode['MatchHighlights']> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The last results given. */
  get results(): SearchResults | undefined {
    return this.last;
  }

  /** The match the reader is at. */
  get currentMatch(): Occurrence | undefined {
    return this.last?.matches[this.current];
  }

  /** The results for `input`: searched again only when it changed, or when the index it waited for is built. */
  update(input: SearchInput): SearchResults {
    const search = this.searchOf(input.transcript);
    const preparing = input.query.trim() !== '' && (!search || (!search.ready && input.transcript.segments.length >= SLICED_INDEX_FROM));
    if (preparing) this.prepare(); // also after the host was away from the page, which stops the build
    const { last } = this;
    if (last && sameInput(last.input, input) && last.preparing === preparing) return last;
    this.last = resultsFor(search, input, preparing);
    this.current = this.last.matches.length ? 0 : -1;
    return this.last;
  }

  /** The results of a search the reader typed: `verbatim-search` fires now, or once the index is built. */
  typed(input: SearchInput | undefined, query: string): void {
    const results = input && this.update(input);
    this.pendingEvent = results?.preparing ? query : undefined;
    if (!results?.preparing) emit(this.host, 'verbatim-search', { query, hits: results?.hits ?? [] });
  }

  /** Builds the index of `transcript` now, however long it takes (for a caller that wants hits at once), once the code is loaded. */
  prepareNow(transcript: Transcript): void {
    const search = this.searchOf(transcript);
    if (search) search.prepare();
    else this.prepare();
  }

  /** Moves to the next (1) or previous (-1) match, wrapping around; false when there are none. */
  step(direction: 1 | -1): boolean {
    const total = this.last?.matches.length ?? 0;
    if (total === 0) return false;
    this.current = (this.current + direction + total) % total;
    this.host.requestUpdate();
    return true;
  }

  /** Resolves once a typed search that waits for the index has its hits; undefined when none waits. */
  get settled(): Promise<void> | undefined {
    return this.last?.preparing && this.host.isConnected ? this.built().promise : undefined;
  }

  /**
   * Builds the index a slice per task, leaving the page its other tasks (typing among them);
   * once it is complete, a search that waited for it is shown and announced.
   */
  prepare(): void {
    if (!searchCode) {
      this.loadCode();
      return;
    }
    // Just loaded: the index of what was last searched (or shown) is made now.
    if (!this.index && this.last) this.searchOf(this.last.input.transcript);
    const index = this.index;
    const waitedFor = this.last?.preparing === true;
    // A slice already scheduled stays, unless a search now waits for one scheduled as background work.
    if (!index || index.search.ready || (this.cancelSlice && (this.sliceWaitedFor || !waitedFor))) return;
    this.cancelSlice?.();
    const schedule = (urgent: boolean) => {
      this.sliceWaitedFor = urgent;
      this.cancelSlice = runSoon(slice, urgent);
    };
    const slice = () => {
      const urgent = this.last?.preparing === true;
      if (!index.search.prepare(urgent ? SLICE_WAITED_FOR_MS : SLICE_MS)) {
        schedule(urgent);
        return;
      }
      this.cancelSlice = undefined;
      if (this.index === index) this.showWaited();
    };
    schedule(waitedFor);
  }

  /** Loads the search code, then shows a search that waited for it, or goes on preparing. */
  private loadCode(): void {
    if (this.loadingCode) return;
    this.loadingCode = true;
    loadSearchCode().then(
      () => {
        this.loadingCode = false;
        if (this.last?.preparing) this.showWaited();
        else if (this.last) this.prepare();
      },
      () => {
        // Without its code the transcript still reads; whoever waits stops waiting, and a later search tries again.
        this.loadingCode = false;
        this.stop();
      },
    );
  }

  /** Shows and announces the search that waited, once its hits are known (now, or when the index is built). */
  private showWaited(): void {
    if (this.last?.preparing) {
      const { hits, preparing } = this.update(this.last.input);
      this.host.requestUpdate();
      if (preparing) return;
      if (this.pendingEvent !== undefined) emit(this.host, 'verbatim-search', { query: this.pendingEvent, hits });
      this.pendingEvent = undefined;
    }
    this.whenBuilt?.resolve();
    this.whenBuilt = undefined;
  }

  hostConnected(): void {
    // Moved in the page while a search waited for the index: build on.
    if (this.last?.preparing) this.prepare();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private built(): { promise: Promise<void>; resolve: () => void } {
    if (!this.whenBuilt) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.whenBuilt = { promise, resolve };
    }
    return this.whenBuilt;
  }

  /** The index of `transcript`, made (not built) when the transcript changes; none before the code is loaded. */
  private searchOf(transcript: Transcript): TranscriptSearch | undefined {
    if (!searchCode) return undefined;
    // The matches are painted by the browser where it can; the current match's segment has marks.
    this.highlights ??= new searchCode.MatchHighlights(this.host, () => this.host.shadowRoot ?? this.host, () => ({ ranges: this.last?.ranges, marked: this.currentMatch?.segmentId }));
    if (this.index?.transcript !== transcript) {
      this.stop();
      this.index = { transcript, search: searchCode.createSearch(transcript) };
    }
    return this.index.search;
  }

  /** Stops building; whoever waits for the index stops waiting. */
  private stop(): void {
    this.cancelSlice?.();
    this.cancelSlice = undefined;
    this.whenBuilt?.resolve();
    this.whenBuilt = undefined;
  }
}
