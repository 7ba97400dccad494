import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { LinkState } from '../../core/link-state.js';
import { lookup } from '../../core/lookup.js';
import type { SearchHit } from '../../core/search.js';
import type { Segment, Transcript } from '../../core/types.js';
import { loadBundledTranscript } from '../common/bundled.js';
import { ChaptersController } from '../common/chapters.js';
import { ClipboardController } from '../common/clipboard.js';
import { defineElement } from '../common/define.js';
import { themeStyles } from '../common/theme.styles.js';
import type { TranscriptStrings } from '../common/strings.js';
import { VerbatimElement } from '../common/verbatim-element.js';
import { filterProblem, filterTest, transcriptItems } from './layout.js';
import type { TranscriptItem } from './layout.js';
import { segmentElement, touchedSegments } from './blocks.js';
import { LinkStateController } from './link-state.js';
import { MediaSyncLoader } from './media-sync-loader.js';
import { ProgressiveCount } from './progressive.js';
import { ProvenanceLoader } from './provenance.js';
import { readingBar, topicLinks } from './reading-bar.js';
import type { ReadingFilters } from './reading-bar.js';
import { ReadingPosition } from './reading-position.js';
import { RovingFocus } from './roving.js';
import { passages, skipLink } from './segment-list.js';
import { QuoteSelectionLoader } from './quote-selection-loader.js';
import { scrollToPending } from './scroll.js';
import type { ScrollTarget } from './scroll.js';
import { searchBar } from './search-bar.js';
import { StaticUpgradeLoader } from './static-upgrade-loader.js';
import type { SearchBarActions } from './search-bar.js';
import { SearchController } from './search-controller.js';
import type { SearchInput, SearchResults } from './search-controller.js';
import { provenanceView } from './views.js';
import { transcriptStrings } from './transcript.strings.js';
import { transcriptStyles } from './transcript.styles.js';

/**
 * Segments rendered in the first task after the data (more than a screenful), then at most this
 * many per task (fewer when they take long) while the page stays responsive; topic links likewise
 * (a real transcript's topics fit in the first batch).
 */
const FIRST_SEGMENTS = 12;
const SEGMENTS_PER_TASK = 80;
const FIRST_TOPICS = 30;
const TOPICS_PER_TASK = 40;
/** The segments MediaSync follows before the data is ready (the same array each time). */
const NO_SEGMENTS: readonly Segment[] = [];

/**
 * A whole transcript to read, search and link to. The sticky bar holds the chapters' menu (naming
 * the chapter being read), the search, speaker and chapter filters and "Show matches only"; a
 * speaker's name heads each turn. The passages are one tab stop (arrow keys move between them)
 * whose buttons (copy a link, quote, play) show on the passage focused or hovered. The search
 * finds words as typed, despite typos, counting what a reader sees ("open source" once where the
 * words stand together); the URL keeps search and filters, so a link can open them or a segment.
 * With `for` naming an `<audio>` or `<video>` and timed segments, it follows the media: the spoken
 * segment is marked (`aria-current="time"`), timestamps play from there, "Follow along" keeps it
 * in view until the reader scrolls or searches ("Back to now" resumes). Long transcripts render
 * in batches so the page never freezes, and stay findable with the browser's find-in-page.
 *
 * @summary A searchable, linkable transcript.
 * @slot - Fallback content shown until the transcript is ready, e.g. the transcript as static HTML (`verbatim html transcript`), which it replaces in place, the reader's paragraph kept where it was on screen.
 * @csspart base - The wrapper of the navigation, the search and the segments.
 * @csspart search - The search box.
 * @csspart match-count - The live count of matches, e.g. "3 of 12", with the current match's time when timed ("at 1:05").
 * @csspart previous-match - The button that goes to the previous match.
 * @csspart next-match - The button that goes to the next match.
 * @csspart follow - The "Follow along" toggle button (`aria-pressed`), shown when `for` names a media element and segments have times.
 * @csspart segment - Each segment, with `data-segment-id`; the one being spoken has `aria-current="time"`.
 * @csspart timestamp - A timed segment's start time: a button that plays the media from there ("Play from 1:05"), plain text without media.
 * @csspart speaker - The speaker's name in a segment.
 * @csspart note - A segment's note, e.g. "Teaser" on the lines of a cold open.
 * @csspart provenance - With the bundled interview: the disclosure that lists its corrections to the automatic captions (loaded when opened).
 * @csspart match - Every highlighted occurrence of a query word.
 * @csspart current-match - The occurrence the reader is at (also a `match`).
 * @csspart error - The message shown when data cannot be used or a filter id is unknown.
 * @cssproperty --verbatim-mark - The background of matches.
 * @cssproperty --verbatim-accent - Links, the current match and the focus ring.
 * @cssproperty --verbatim-font - The font of the segments' text.
 * @cssproperty --verbatim-spacing - The space between segments.
 * @fires {{query: string, hits: SearchHit[]}} verbatim-search - The reader typed or cleared a query; hits are best first.
 * @fires {{text: string, segmentId: string, start: number, end: number, segments: PassageSegment[]}} verbatim-quote-select - The reader selected words of one speaker (by mouse, touch, or the Quote button and Shift+arrows); `start`/`end` are offsets into segment `segmentId`'s text.
 * @fires {{message: string}} verbatim-error - The data cannot be used, the chapters cannot be used (the transcript stays), or `speaker` or `topic` names an unknown id.
 */
export class VerbatimTranscript extends VerbatimElement<TranscriptStrings> {
  static override styles = [themeStyles, transcriptStyles];
  static override properties: PropertyDeclarations = {
    query: {}, speaker: {}, topic: {}, for: {}, chapters: {}, filters: {},
    matchesOnly: { state: true, attribute: false }, linked: { state: true, attribute: false },
  };

  /** The search query; the reader's typing updates it. */
  query = '';
  /** Shows and searches only the segments of this speaker id (the bar's speaker filter). */
  speaker?: string;
  /** Shows and searches only the segments of this topic id (the bar's chapter filter). */
  topic?: string;
  /** Id of an `<audio>` or `<video>` element (in the same document or shadow root) to follow when segments have times. */
  for?: string;
  /** URL of a Podcasting 2.0 chapters file or a WebVTT chapters track: its chapters become the topics of a timed transcript. */
  chapters?: string;
  /** The filter controls in the search bar: `speaker`, `topic`, both (the default) or `none`. */
  filters?: string;
  /** Only the passages that match the query are shown, the others collapsed ("Show matches only"). */
  matchesOnly = false;

  /** The segment a link pointed at, marked until the reader searches. */
  private linked: string | undefined;

  private readonly progress = new ProgressiveCount(this, FIRST_SEGMENTS, SEGMENTS_PER_TASK);
  private readonly topicProgress = new ProgressiveCount(this, FIRST_TOPICS, TOPICS_PER_TASK);
  private readonly media = new MediaSyncLoader(this, { segments: () => this.ready?.segments ?? NO_SEGMENTS });
  private readonly searcher = new SearchController(this);
  private readonly links = new LinkStateController(this, (linkState) => (this.applyLinkState(linkState), this.requestUpdate()));
  private readonly clipboard = new ClipboardController(this);
  private readonly chapterSource = new ChaptersController(this, () => this.chapters);
  private readonly provenance = new ProvenanceLoader(this);
  private readonly roving = new RovingFocus(this);
  private readonly position = new ReadingPosition(this, { startOf: (id) => this.ready && lookup(this.ready).segment(id)?.start });
  private readonly upgrade = new StaticUpgradeLoader(this);
  private readonly quoting = new QuoteSelectionLoader(this, {
    transcript: () => this.ready, terms: () => this.terms, clipboard: this.clipboard, emit: (detail) => this.emit('verbatim-quote-select', detail),
    source: () => (this.transcript ? undefined : { src: this.src }), // A transcript given as a property has no address to embed.
  });
  private readonly searchBarActions: SearchBarActions = {
    input: (query) => this.userSearch(query), focus: () => this.searcher.prepare(),
    step: (direction) => this.step(direction), toggleFollowing: () => (this.media.following = !this.media.following),
    backToNow: () => (this.media.following = true),
  };
  private readonly filterActions = { change: (change: Partial<ReadingFilters>) => { Object.assign(this, change); this.readerChanged(false); } };
  private readonly topicLinks = topicLinks(this.links, () => this.renderRoot);
  private readonly segmentActions = { playFrom: (id: string) => this.media.playFrom(id), copyLink: (id: string) => void this.copyLink(id), quote: (id: string) => void this.quoting.quote(id) };
  private shown: { transcript: Transcript; items: TranscriptItem[]; timed: boolean } | undefined;
  private results: SearchResults | undefined;
  private get segmentMarks() { return { current: this.searcher.currentMatch, ranges: this.results?.ranges, linked: this.linked, spoken: this.media.currentSegmentId, copied: this.clipboard.copied }; }
  private filterError: string | undefined;
  /** What to scroll into view once it is rendered. */
  private pendingScroll: ScrollTarget | undefined;

  /**
   * Searches for `query` as if typed (without firing `verbatim-search`), shows the first match
   * and returns the hits, best first; before the data (or, the first time, the search code) is
   * ready it returns none and searches then.
   */
  search(query: string): SearchHit[] {
    this.query = query;
    this.pendingScroll = 'match';
    this.media.stopFollowing();
    const transcript = this.ready;
    if (!transcript) return [];
    // Asked for hits now: the index is built now, however long the transcript.
    this.searcher.prepareNow(transcript);
    return this.searcher.update(this.searchInput(transcript)).hits;
  }

  protected override defaultStrings(): TranscriptStrings {
    return transcriptStrings;
  }

  protected override loadDefault(): Promise<Transcript> {
    return loadBundledTranscript();
  }

  protected override get ready(): Transcript | undefined {
    return this.chapterSource.apply(super.ready);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.media.mediaId = this.for || undefined;
    const transcript = this.ready;
    if (transcript && this.shown?.transcript !== transcript) {
      const timed = transcript.segments.some((segment) => segment.start !== undefined);
      this.shown = { transcript, items: transcriptItems(transcript), timed };
      this.progress.reset(transcript.segments.length);
      this.topicProgress.reset(transcript.topics.length);
      this.applyLinkState(this.links.read());
      if (this.pendingScroll === 'linked' && this.upgrade.active) this.pendingScroll = undefined; // The page is at that paragraph already.
    }
    this.filterError = transcript && filterProblem(transcript, this.speaker, this.topic);
    this.results = transcript && this.searcher.update(this.searchInput(transcript));
  }

  protected override updated(): void {
    super.updated();
    this.scrollPending();
  }

  protected override problem(): string | undefined {
    return this.chapterSource.error ?? this.filterError;
  }

  /** The fallback stays until the first batch replaces it (a static transcript: until what is in view is rendered, out of sight), so that nothing blinks in between. */
  protected override fallbackShown(): boolean {
    return super.fallbackShown() || this.chapterSource.loading || (this.ready !== undefined && this.progress.starting) || this.upgrade.holding(this.ready, this.progress.count);
  }

  /** Beyond the data: the first batch of segments and topics, and a typed search's hits (later batches follow a task each). */
  protected override pendingWork(): Promise<unknown> | undefined {
    const batches = this.isConnected && this.ready ? [this.progress, this.topicProgress].find((batch) => batch.starting) : undefined;
    return super.pendingWork() ?? this.chapterSource.pending ?? this.media.pending ?? batches?.whenStarted() ?? (this.ready && this.fallbackShown() ? this.upgrade.pending : undefined) ?? this.searcher.settled;
  }

  protected override renderView(transcript: Transcript) {
    if (!this.shown || (this.fallbackShown() && (!this.upgrade.active || this.progress.starting))) return nothing;
    const { terms, results, media } = this;
    const total = results?.matches.length ?? 0;
    const searching = this.query.trim() !== '' && results !== undefined && !this.filterError;
    const count = !searching ? '' : results.preparing ? terms.preparingSearch : total === 0 ? terms.noMatches : terms.matchCount(this.searcher.current + 1, total);
    const matchSegment = this.searcher.currentMatch && lookup(transcript).segment(this.searcher.currentMatch.segmentId);
    // The bundled interview shows where its words come from; a page's own transcript does not.
    const provenance = this.transcript === undefined && !this.src ? this.provenance : undefined;
    const inFilter = filterTest(transcript, this.speaker, this.topic);
    const onlyMatches = searching && this.matchesOnly && !results.preparing;
    return html`
      <div part="base" ?hidden=${this.fallbackShown()}>
        ${this.chapterSource.error ? this.renderError(this.chapterSource.error, this.terms.chaptersNotLoaded) : nothing}
        ${this.filterError ? this.renderError(this.filterError, this.terms.filterUnknown) : nothing}
        ${skipLink(terms, () => this.renderRoot)}
        ${searchBar({
          query: this.query, count, total, matchNote: matchSegment?.note, matchStart: matchSegment?.start, terms,
          followable: media.media !== undefined && this.shown.timed, following: media.following, interrupted: media.interrupted && media.currentSegmentId !== undefined,
        }, this.searchBarActions, readingBar(transcript, {
          shownTopics: this.topicProgress.count, headingId: this.position.headingId, time: this.position.time, terms, links: this.topicLinks,
          filters: { speaker: this.speaker, topic: this.topic, matchesOnly: this.matchesOnly, controls: this.filters }, actions: this.filterActions,
        }))}
        ${provenance ? provenanceView(provenance.value, terms, provenance.load) : nothing}
        ${passages({
          transcript, items: this.shown.items, rendered: this.progress.count, roving: this.roving, terms, actions: this.segmentActions,
          ranges: results?.ranges, match: this.searcher.currentMatch, touched: touchedSegments(transcript, this.segmentMarks),
          shows: (segment) => inFilter(segment) && (!onlyMatches || results.ranges.has(segment.id)),
          showsDependsOn: [this.speaker, this.topic, onlyMatches && results.ranges], linked: this.linked,
          spoken: media.currentSegmentId, copied: this.clipboard.copied, playable: media.media !== undefined,
        })}
        ${this.quoting.toolbar(terms)}
        <p class="visually-hidden" role="status">${this.clipboard.message}</p>
      </div>
    `;
  }

  private searchInput(transcript: Transcript): SearchInput {
    return { transcript, query: this.query, speaker: this.speaker, topic: this.topic };
  }

  /** A link's state: a segment to show, else a search and filters (those it names). */
  private applyLinkState({ segment, query, speaker, topic, matchesOnly }: LinkState): void {
    if (segment && this.ready && lookup(this.ready).segment(segment)) {
      this.linked = this.roving.activeId = segment;
      this.pendingScroll = 'linked';
    } else {
      Object.assign(this, Object.fromEntries(Object.entries({ query, speaker, topic, matchesOnly }).filter(([, value]) => value !== undefined)));
      if (query !== undefined) this.pendingScroll = 'match';
    }
  }

  /** The reader changed the search or a filter: the match is shown, following stops, the URL keeps it (once typing pauses). */
  private readerChanged(typing: boolean): void {
    this.linked = undefined;
    this.pendingScroll = 'match';
    this.media.stopFollowing();
    const { query, speaker, topic, matchesOnly } = this;
    const state = { query: query.trim() ? query : undefined, speaker: speaker || undefined, topic: topic || undefined, matchesOnly: matchesOnly || undefined };
    if (typing) this.links.writeSoon(state);
    else this.links.write(state);
  }

  /** Scrolls the current match or the linked segment into view once it is rendered (a match still being searched for is to come). */
  private scrollPending(): void {
    const search = this.pendingScroll !== 'linked' ? (this.results?.preparing ? 'to come' : this.searcher.current < 0 ? 'none' : 'found') : undefined;
    const id = this.pendingScroll === 'linked' ? this.linked : this.searcher.currentMatch?.segmentId;
    const segment = id === undefined || !this.ready ? null : segmentElement(this.renderRoot, lookup(this.ready).segmentIndex(id), id);
    this.pendingScroll = scrollToPending(this.renderRoot, this.pendingScroll, segment, search === 'none' || (this.progress.complete && search !== 'to come'));
  }

  /** Moves to the next (1) or previous (-1) match, wrapping around. */
  private step(direction: 1 | -1): void {
    if (!this.searcher.step(direction)) return;
    this.pendingScroll = 'step';
    this.media.stopFollowing();
  }

  /** A query the reader typed: searched at once, kept in the URL and announced with verbatim-search. */
  private userSearch(query: string): void {
    this.query = query;
    this.readerChanged(query.trim() !== '');
    this.searcher.typed(this.ready && this.searchInput(this.ready), query);
  }

  /** Copies a link to a segment; the address bar holds it too, in case the clipboard is not available. */
  private async copyLink(segmentId: string): Promise<void> {
    const url = this.links.url({ segment: segmentId });
    this.links.write({ segment: segmentId });
    this.linked = segmentId;
    await this.clipboard.copy(url, { copied: this.terms.linkCopied, refused: this.terms.linkCopyRefused }, segmentId);
  }
}
defineElement('verbatim-transcript', VerbatimTranscript);

declare global {
  interface HTMLElementTagNameMap {
    'verbatim-transcript': VerbatimTranscript;
  }
}
