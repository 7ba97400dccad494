import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { formatLinkState, parseLinkState } from '../../core/links.js';
import type { LinkState } from '../../core/links.js';
import { lookup } from '../../core/lookup.js';
import { createSearch } from '../../core/search.js';
import { formatTime } from '../../core/time.js';
import type { SearchHit, TranscriptSearch } from '../../core/search.js';
import { unknownIdMessage } from '../../core/suggest.js';
import type { Segment, Topic, Transcript } from '../../core/types.js';
import { loadBundledInterview } from '../shared/bundled.js';
import { defineElement } from '../shared/define.js';
import { themeStyles } from '../shared/theme.styles.js';
import { TranscriptData } from '../shared/transcript-data.js';
import { highlight } from './highlight.js';
import { topicHeadingId, transcriptItems } from './layout.js';
import type { TranscriptItem } from './layout.js';
import { MediaSync } from './media-sync.js';
import { ProgressiveCount } from './progressive.js';
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
/** How long a copy-link button says "Copied". */
const COPIED_FEEDBACK_MS = 2000;
/**
 * Work per task while the search index is built in the background (a long task is 50 ms):
 * small while the reader may only be about to search, larger once a typed search waits for it.
 */
const INDEX_SLICE_MS = 8;
const INDEX_SLICE_WAITED_FOR_MS = 30;
/**
 * From this many segments, a search typed before the index is complete waits for it to be built
 * in slices ("Preparing search…") instead of building it in one task; below, that task is short.
 */
const SLICED_INDEX_FROM = 1000;

/** The results of one query under one set of filters. */
interface Results {
  transcript: Transcript;
  query: string;
  speaker: string | undefined;
  topic: string | undefined;
  hits: SearchHit[];
  /** Ranges per segment id. */
  ranges: Map<string, [number, number][]>;
  /** Every occurrence in transcript order: the segment and the index of the range in it. */
  matches: { segmentId: string; range: number }[];
  /** No hits yet: the index of a long transcript is still being built. */
  preparing: boolean;
}

/** The page URL with `state` as its fragment (none when the state is empty). */
const pageUrl = (state: LinkState): string => {
  const fragment = formatLinkState(state);
  return `${location.href.split('#')[0]}${fragment ? `#${fragment}` : ''}`;
};

/**
 * Puts `url` in the address bar. Browsers throw past a rate limit (WebKit: 100 calls in 10 s,
 * easy to reach by typing in a few transcripts); the URL is a convenience, not worth an exception.
 */
const setPageUrl = (method: 'pushState' | 'replaceState', url: string): void => {
  try {
    history[method](history.state, '', url);
  } catch {
    // The page keeps its current URL.
  }
};

/** Frames to keep a target centred while segments around it are laid out for the first time. */
const SCROLL_SETTLE_FRAMES = 5;

/**
 * Scrolls `target` to the middle of the view, again on the next frames while it moves: segments
 * skipped by content-visibility have estimated heights until they are first laid out, and a
 * browser may not scroll to an element inside a skipped segment, so its segment comes first.
 */
function scrollSteadily(target: HTMLElement, frames = SCROLL_SETTLE_FRAMES): void {
  const segment = target.closest('[part~=segment]') ?? target;
  segment.scrollIntoView({ block: 'center' });
  let top = Number.NaN;
  const settle = (left: number) => requestAnimationFrame(() => {
    if (!target.isConnected || target.getBoundingClientRect().top === top) return;
    target.scrollIntoView({ block: 'center' });
    top = target.getBoundingClientRect().top;
    if (left > 0) settle(left - 1);
  });
  settle(frames);
}

/**
 * A whole transcript to read, search and link to. Every segment shows its speaker; topics are
 * headings with a navigation of them; each segment has a button that copies a link to it. The
 * search box finds words as they are typed, despite typos, and highlights every occurrence; the
 * URL keeps the state, so a link can open a segment or a search. With `for` naming an `<audio>`
 * or `<video>` and segments that have times, it follows the media: the segment being spoken is
 * marked (`aria-current="time"`), each timestamp plays from its segment, "Follow along" keeps the
 * spoken segment in view until the reader scrolls or searches, and the current match tells its
 * time. Long transcripts render in batches so the page never freezes, and stay findable with the
 * browser's find-in-page.
 *
 * @summary A searchable, linkable transcript.
 * @slot - Fallback content shown until the transcript is ready, e.g. the transcript as static HTML.
 * @csspart base - The wrapper of the navigation, the search and the segments.
 * @csspart search - The search box.
 * @csspart match-count - The live count of matches, e.g. "3 of 12", with the current match's time when timed ("at 1:05").
 * @csspart previous-match - The button that goes to the previous match.
 * @csspart next-match - The button that goes to the next match.
 * @csspart follow - The "Follow along" toggle button (`aria-pressed`), shown when `for` names a media element and segments have times.
 * @csspart segment - Each segment, with `data-segment-id`; the one being spoken has `aria-current="time"`.
 * @csspart timestamp - A timed segment's start time: a button that plays the media from there ("Play from 1:05"), plain text without media.
 * @csspart speaker - The speaker's name in a segment.
 * @csspart match - Every highlighted occurrence of a query word.
 * @csspart current-match - The occurrence the reader is at (also a `match`).
 * @csspart error - The message shown when data cannot be used or a filter id is unknown.
 * @cssproperty --verbatim-mark - The background of matches.
 * @cssproperty --verbatim-accent - Links, the current match and the focus ring.
 * @cssproperty --verbatim-font - The font of the segments' text.
 * @cssproperty --verbatim-spacing - The space between segments.
 * @fires {{query: string, hits: SearchHit[]}} verbatim-search - The reader typed or cleared a query; hits are best first.
 * @fires {{message: string}} verbatim-error - The data cannot be used, or `speaker` or `topic` names an unknown id.
 */
@defineElement('verbatim-transcript')
export class VerbatimTranscript extends LitElement {
  static override styles = [themeStyles, transcriptStyles];

  /** The transcript to show; overrides `src` and the bundled interview. */
  @property({ attribute: false }) transcript?: Transcript;
  /** URL of a transcript file in any supported format. */
  @property() src?: string;
  /** The search query; the reader's typing updates it. */
  @property() query = '';
  /** Searches only the segments of this speaker id. */
  @property() speaker?: string;
  /** Searches only the segments of this topic id. */
  @property() topic?: string;
  /** Id of an `<audio>` or `<video>` element (in the same document or shadow root) to follow when segments have times. */
  @property() for?: string;

  /** The occurrence the reader is at, an index into the matches; -1 when there are none. */
  @state() private current = -1;
  /** The segment a link pointed at, marked until the reader searches. */
  @state() private linked: string | undefined;
  /** The segment whose copy-link button says "Copied". */
  @state() private copied: string | undefined;
  /** Polite messages for screen readers, e.g. "Link copied". */
  @state() private announcement = '';

  private readonly data = new TranscriptData(this, loadBundledInterview);
  private readonly progress = new ProgressiveCount(this, FIRST_SEGMENTS, SEGMENTS_PER_TASK);
  private readonly topicProgress = new ProgressiveCount(this, FIRST_TOPICS, TOPICS_PER_TASK);
  private readonly media = new MediaSync(this, { segments: () => this.readyTranscript?.segments ?? NO_SEGMENTS });
  private shown: { transcript: Transcript; items: TranscriptItem[]; search: TranscriptSearch; timed: boolean } | undefined;
  private results: Results | undefined;
  private filterError: string | undefined;
  /** What to scroll into view once it is rendered. */
  private pendingScroll: 'match' | 'linked' | undefined;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;
  private indexTimer: ReturnType<typeof setTimeout> | undefined;
  /** A typed search waits for the index: verbatim-search fires when its hits are known. */
  private searchEventPending = false;

  /**
   * Searches for `query` as if typed (without firing `verbatim-search`), shows the first match
   * and returns the hits, best first; before the data is ready it returns none and searches then.
   */
  search(query: string): SearchHit[] {
    this.query = query;
    this.pendingScroll = 'match';
    this.media.stopFollowing();
    const transcript = this.readyTranscript;
    // Asked for hits now: the index is built now, however long the transcript.
    if (transcript && this.shown?.transcript === transcript) this.shown.search.prepare();
    return transcript ? this.resultsFor(transcript).hits : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.media.mediaId = this.for || undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.copiedTimer);
    clearTimeout(this.indexTimer);
    this.indexTimer = undefined;
  }

  // The data controller settles in hostUpdate, which runs after willUpdate and before update.
  protected override update(changed: PropertyValues<this>): void {
    const transcript = this.readyTranscript;
    if (transcript && this.shown?.transcript !== transcript) {
      const timed = transcript.segments.some((segment) => segment.start !== undefined);
      this.shown = { transcript, items: transcriptItems(transcript), search: createSearch(transcript), timed };
      clearTimeout(this.indexTimer); // building the index of the transcript shown before
      this.indexTimer = undefined;
      this.progress.reset(transcript.segments.length);
      this.topicProgress.reset(transcript.topics.length);
      this.applyLinkState(parseLinkState(location.hash));
    }
    if (transcript) {
      this.filterError = this.checkFilters(transcript);
      this.resultsFor(transcript);
    } else this.filterError = undefined;
    super.update(changed);
  }

  protected override updated(): void {
    const error = this.data.state.status === 'ready' ? this.filterError : undefined;
    this.data.reportProblem(error);
    this.scrollPending();
  }

  override render() {
    const { state } = this.data;
    // The fallback stays until the first batch replaces it, so that nothing blinks in between.
    const waiting = state.status === 'loading' || (state.status === 'ready' && this.progress.count === 0 && !this.progress.complete);
    return html`
      <div class="fallback" ?hidden=${!waiting}><slot></slot></div>
      ${state.status === 'error'
        ? html`<p part="error" role="alert">${state.message}</p>`
        : state.status === 'ready' && this.shown && !waiting
          ? this.renderTranscript(state.transcript, this.shown.items)
          : nothing}
    `;
  }

  private renderTranscript(transcript: Transcript, items: TranscriptItem[]) {
    const total = this.results?.matches.length ?? 0;
    const searching = this.query.trim() !== '' && this.results !== undefined && !this.filterError;
    const count = !searching ? '' : this.results!.preparing ? 'Preparing search…' : total === 0 ? 'No matches' : `${this.current + 1} of ${total}`;
    const matchStart = total ? lookup(transcript).segment(this.results!.matches[this.current]!.segmentId)?.start : undefined;
    const rendered = this.progress.count;
    // Only the items due: a (`nothing`) part per item not yet shown cost WebKit a minute for 100,000 segments.
    const due = items.filter((item) => item.index < rendered);
    const followable = this.media.media !== undefined && this.shown?.timed === true;
    return html`
      <div part="base">
        ${this.filterError ? html`<p part="error" role="alert">${this.filterError}</p>` : nothing}
        ${transcript.topics.length ? this.renderTopicNavigation(transcript.topics, this.topicProgress.count) : nothing}
        <div class="toolbar">
          <div class="search" role="search">
            <label for="search">Search the transcript</label>
            <div class="search-row">
              <input id="search" part="search" type="search" autocomplete="off" spellcheck="false"
                aria-describedby="match-count" .value=${live(this.query)}
                @input=${this.onInput} @keydown=${this.onKeyDown} @focus=${this.prepareSearch} />
              <span id="match-count" part="match-count" role="status">${count}${count && total ? html`<span class="visually-hidden"> matches</span>` : nothing}${
                matchStart !== undefined ? html`<span class="match-time"> at ${formatTime(matchStart)}</span>` : nothing}</span>
              <button part="previous-match" type="button" aria-label="Previous match" title="Previous match (Shift+Enter)"
                ?disabled=${total === 0} @click=${() => this.step(-1)}><span aria-hidden="true">↑</span></button>
              <button part="next-match" type="button" aria-label="Next match" title="Next match (Enter)"
                ?disabled=${total === 0} @click=${() => this.step(1)}><span aria-hidden="true">↓</span></button>
            </div>
          </div>
          ${followable ? html`<button part="follow" type="button" aria-pressed=${this.media.following ? 'true' : 'false'}
            title="Keep the passage being spoken in view" @click=${this.toggleFollowing}>Follow along</button>` : nothing}
        </div>
        <div class="segments">
          ${due.map((item) =>
            item.kind === 'topic' ? this.renderTopicHeading(item.topic) : this.renderSegment(transcript, item.segment, item.index))}
        </div>
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }

  /** The first `shown` topics' links; rendered again only when more are shown. */
  private renderTopicNavigation(topics: Topic[], shown: number) {
    return guard([topics, shown], () => html`
      <nav class="topics" aria-label="Topics">
        <ol>
          ${topics.slice(0, shown).map((topic) => html`<li><a href=${pageUrl({ segment: topic.segments[0] })}
            @click=${(event: MouseEvent) => this.goToTopic(event, topic)}>${topic.title}</a></li>`)}
        </ol>
      </nav>
    `);
  }

  private renderTopicHeading(topic: Topic) {
    return html`<h2 class="topic" id=${topicHeadingId(topic)} tabindex="-1">${topic.title}</h2>`;
  }

  /** One segment; the one template every segment goes through. */
  private renderSegment(transcript: Transcript, segment: Segment, index: number) {
    const ranges = this.results?.ranges.get(segment.id);
    const match = this.results?.matches[this.current];
    const current = match?.segmentId === segment.id ? match.range : -1;
    const linked = this.linked === segment.id;
    const copied = this.copied === segment.id;
    const spoken = this.media.currentSegmentId === segment.id;
    const playable = this.media.media !== undefined;
    const classes = `segment${linked ? ' linked' : ''}${spoken ? ' spoken' : ''}`;
    // Only segments whose highlights, marks or buttons changed are rendered again.
    return guard([segment, ranges, current, linked, copied, spoken, playable], () => html`
      <div part="segment" class=${classes} data-segment-id=${segment.id} tabindex=${linked ? '-1' : nothing}
        aria-current=${spoken ? 'time' : nothing}>
        <div class="segment-header">
          <span part="speaker">${lookup(transcript).speaker(segment.speaker)?.name ?? segment.speaker}</span>
          ${segment.start === undefined ? nothing : this.renderTimestamp(segment.id, segment.start, playable)}
          <button class="copy-link" type="button" aria-label="Copy link to passage ${index + 1}" title="Copy a link to this passage"
            @click=${this.onCopyLink}>${copied ? 'Copied' : 'Copy link'}</button>
        </div>
        <p class="text">${highlight(segment.text, ranges, current)}</p>
      </div>
    `);
  }

  /** A segment's start time: a button that plays from there when there is media to play. */
  private renderTimestamp(segmentId: string, start: number, playable: boolean) {
    const time = formatTime(start);
    return playable
      ? html`<button part="timestamp" class="timestamp" type="button" aria-label="Play from ${time}"
          @click=${() => this.playFrom(segmentId)}>${time}</button>`
      : html`<span part="timestamp" class="timestamp">${time}</span>`;
  }

  /** Seeks to a segment and plays from there (a browser may refuse to play; the seek stays). */
  private playFrom(segmentId: string): void {
    this.media.seek(segmentId);
    const media = this.media.media;
    if (media?.paused) media.play()?.catch(() => undefined);
  }

  private readonly toggleFollowing = (): void => {
    this.media.following = !this.media.following;
  };

  private get readyTranscript(): Transcript | undefined {
    const { state } = this.data;
    return state.status === 'ready' ? state.transcript : undefined;
  }

  /** The results for the current query and filters, searched again only when one of them changed. */
  private resultsFor(transcript: Transcript): Results {
    const { query, results } = this;
    const speaker = this.speaker || undefined;
    const topic = this.topic || undefined;
    const own = this.shown?.transcript === transcript;
    const search = own ? this.shown!.search : createSearch(transcript);
    const preparing = own && query.trim() !== '' && !search.ready && transcript.segments.length >= SLICED_INDEX_FROM;
    // Also after the element was away from the page, which stops the build.
    if (preparing) this.buildIndexInSlices();
    if (results && results.transcript === transcript && results.query === query && results.speaker === speaker && results.topic === topic
      && results.preparing === preparing) return results;
    const hits = preparing ? [] : search.search(query, { speaker, topic });
    const ranges = new Map(hits.map((hit) => [hit.segmentId, hit.ranges]));
    const matches = transcript.segments.flatMap((segment) =>
      (ranges.get(segment.id) ?? []).map((_, range) => ({ segmentId: segment.id, range })));
    this.results = { transcript, query, speaker, topic, hits, ranges, matches, preparing };
    this.current = matches.length ? 0 : -1;
    return this.results;
  }

  /** A readable message when `speaker` or `topic` names no id of this transcript. */
  private checkFilters(transcript: Transcript): string | undefined {
    const { speaker, topic } = this;
    if (speaker && !lookup(transcript).speaker(speaker)) return unknownIdMessage('speaker', speaker, transcript.speakers.map((s) => s.id));
    if (topic && !lookup(transcript).topic(topic)) return unknownIdMessage('topic', topic, transcript.topics.map((t) => t.id));
    return undefined;
  }

  private applyLinkState(state: LinkState): void {
    const transcript = this.readyTranscript;
    if (state.query !== undefined) {
      this.query = state.query;
      this.pendingScroll = 'match';
    } else if (state.segment && transcript && lookup(transcript).segment(state.segment)) {
      this.linked = state.segment;
      this.pendingScroll = 'linked';
    }
  }

  /** Scrolls the current match or the linked segment into view once it is rendered. */
  private scrollPending(): void {
    if (!this.pendingScroll) return;
    const target = this.pendingScroll === 'linked'
      ? this.renderRoot.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(this.linked ?? '')}"]`)
      : this.renderRoot.querySelector<HTMLElement>('[part~=current-match]');
    if (!target) {
      // Not rendered yet: the next batch will try again; once all is rendered there is nothing to show.
      if (this.progress.complete || (this.pendingScroll === 'match' && this.current < 0)) this.pendingScroll = undefined;
      return;
    }
    if (this.pendingScroll === 'linked') target.focus({ preventScroll: true });
    this.pendingScroll = undefined;
    scrollSteadily(target);
  }

  /** Moves to the next (1) or previous (-1) match, wrapping around. */
  private step(direction: 1 | -1): void {
    const total = this.results?.matches.length ?? 0;
    if (total === 0) return;
    this.current = (this.current + direction + total) % total;
    this.pendingScroll = 'match';
    this.media.stopFollowing();
  }

  private readonly onInput = (event: Event): void => {
    this.userSearch((event.target as HTMLInputElement).value);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      this.userSearch('');
    }
  };

  /** A query the reader typed: searched at once, kept in the URL and announced with verbatim-search. */
  private userSearch(query: string): void {
    this.query = query;
    this.linked = undefined;
    this.pendingScroll = 'match';
    this.media.stopFollowing();
    setPageUrl('replaceState', pageUrl(query.trim() ? { query } : {}));
    const transcript = this.readyTranscript;
    const results = transcript ? this.resultsFor(transcript) : undefined;
    this.searchEventPending = results?.preparing === true;
    if (!this.searchEventPending) this.dispatchSearchEvent(query, results?.hits ?? []);
  }

  private dispatchSearchEvent(query: string, hits: SearchHit[]): void {
    this.dispatchEvent(new CustomEvent('verbatim-search', { detail: { query, hits }, bubbles: true, composed: true }));
  }

  /** Builds the search index when the reader is about to search, after the focus has painted. */
  private readonly prepareSearch = (): void => this.buildIndexInSlices();

  /**
   * Builds the search index a slice per task, leaving the page its other tasks (typing among
   * them); once it is complete, a search that waited for it is shown and announced.
   */
  private buildIndexInSlices(): void {
    const shown = this.shown;
    if (!shown || shown.search.ready || this.indexTimer !== undefined) return;
    const step = () => {
      if (!shown.search.prepare(this.results?.preparing ? INDEX_SLICE_WAITED_FOR_MS : INDEX_SLICE_MS)) {
        this.indexTimer = setTimeout(step);
        return;
      }
      this.indexTimer = undefined;
      if (!this.results?.preparing) return;
      const { hits } = this.resultsFor(shown.transcript);
      this.requestUpdate();
      if (this.searchEventPending) {
        this.searchEventPending = false;
        this.dispatchSearchEvent(this.query, hits);
      }
    };
    this.indexTimer = setTimeout(step);
  }

  private goToTopic(event: MouseEvent, topic: Topic): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setPageUrl('pushState', pageUrl({ segment: topic.segments[0] }));
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(topicHeadingId(topic))}`);
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }

  private readonly onCopyLink = async (event: Event): Promise<void> => {
    const segmentId = (event.currentTarget as HTMLElement).closest('[data-segment-id]')?.getAttribute('data-segment-id');
    if (!segmentId) return;
    const url = pageUrl({ segment: segmentId });
    // The address bar holds the link too, in case the clipboard is not available.
    setPageUrl('replaceState', url);
    this.linked = segmentId;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = segmentId;
      clearTimeout(this.copiedTimer);
      this.copiedTimer = setTimeout(() => (this.copied = undefined), COPIED_FEEDBACK_MS);
      void this.announce('Link copied');
    } catch {
      void this.announce('Could not copy the link; it is in the address bar.');
    }
  };

  /**
   * Says `message` through the polite status region, even when it repeats: the region is emptied
   * in one update and filled in the next (not on an animation frame, which a hidden tab never draws).
   */
  private async announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  private readonly onHashChange = (): void => {
    this.applyLinkState(parseLinkState(location.hash));
    this.requestUpdate();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'verbatim-transcript': VerbatimTranscript;
  }
}
