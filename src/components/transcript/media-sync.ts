import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Segment } from '../../core/types.js';

export interface MediaSyncOptions {
  /** The transcript's segments in order; those with a start time are followed. */
  segments: () => readonly Segment[];
}

/** Media events after which the segment being spoken may have changed. */
const MEDIA_EVENTS = ['timeupdate', 'seeking', 'seeked', 'play', 'loadedmetadata', 'emptied'] as const;
/** Keys that scroll a page, unless they go to a control that uses them. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);
const KEY_USERS = 'input, textarea, select, button, audio, video, [contenteditable]:not([contenteditable=false])';

/** Whether the focus (through shadow roots) is in a field that takes text. */
function typing(): boolean {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  if (focused instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(focused.type);
  return focused instanceof HTMLTextAreaElement || (focused instanceof HTMLElement && focused.isContentEditable);
}

interface TimedSegment {
  id: string;
  start: number;
  end: number | undefined;
}

/**
 * Follows an `<audio>` or `<video>` for a transcript with timed segments: knows the segment
 * being spoken, seeks to a segment, and, while `following`, keeps the current segment in view
 * until the reader scrolls (wheel, touch or a scrolling key) or the host calls stopFollowing.
 */
export class MediaSync implements ReactiveController {
  private mediaIdValue: string | undefined;
  private mediaElement: HTMLMediaElement | undefined;
  private current: string | undefined;
  private followingValue = false;
  private interruptedValue = false;
  private connected = false;
  /** The segment last brought into view while following. */
  private revealed: string | undefined;
  private timeline: { segments: readonly Segment[]; timed: TimedSegment[] } | undefined;
  private warnedAbout: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MediaSyncOptions,
  ) {
    host.addController(this);
  }

  /** The id of the `<audio>`/`<video>` to follow (the `for` attribute), in the host's root node. */
  get mediaId(): string | undefined {
    return this.mediaIdValue;
  }

  set mediaId(id: string | undefined) {
    if (id === this.mediaIdValue) return;
    this.mediaIdValue = id;
    this.warnedAbout = undefined;
    this.attach();
  }

  /** The media element followed, once found. */
  get media(): HTMLMediaElement | undefined {
    return this.mediaElement;
  }

  /** The segment being spoken at the media's current time, if any. */
  get currentSegmentId(): string | undefined {
    return this.current;
  }

  /** Whether the current segment is kept in view. */
  get following(): boolean {
    return this.followingValue;
  }

  /** Following was on until the reader scrolled or searched: "Back to now" can resume it. */
  get interrupted(): boolean {
    return this.interruptedValue;
  }

  set following(value: boolean) {
    this.interruptedValue = false;
    if (value === this.followingValue) return;
    this.followingValue = value;
    this.revealed = undefined;
    for (const type of ['wheel', 'touchmove'] as const) {
      if (value) window.addEventListener(type, this.readerScrolled, { passive: true });
      else window.removeEventListener(type, this.readerScrolled);
    }
    if (value) window.addEventListener('keydown', this.keyPressed);
    else window.removeEventListener('keydown', this.keyPressed);
    this.host.requestUpdate();
  }

  /** Moves the media to the start of a segment, keeping it playing or paused. */
  seek(segmentId: string): void {
    const start = this.options.segments().find((segment) => segment.id === segmentId)?.start;
    if (!this.mediaElement || start === undefined) return;
    this.mediaElement.currentTime = start;
    this.sync();
  }

  /** Seeks to a segment and plays from there (a browser may refuse to play; the seek stays). */
  playFrom(segmentId: string): void {
    this.seek(segmentId);
    if (this.mediaElement?.paused) this.mediaElement.play()?.catch(() => undefined);
  }

  /** Stops keeping the current segment in view (the reader scrolled or searched). */
  stopFollowing(): void {
    if (!this.followingValue) return;
    this.following = false;
    this.interruptedValue = true;
  }

  hostConnected(): void {
    this.connected = true;
    this.attach();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach();
    this.following = false;
    document.removeEventListener('DOMContentLoaded', this.attach);
  }

  hostUpdate(): void {
    // The media may come later in the page than the host, and the segments may have changed.
    if (this.mediaIdValue !== undefined && !this.mediaElement) this.attach();
    else this.sync();
  }

  hostUpdated(): void {
    const id = this.current;
    // Never while the reader types (in the page's other fields too): the text would move under the caret.
    if (!this.followingValue || id === undefined || id === this.revealed || typing()) return;
    if (this.revealSegment(id)) this.revealed = id;
  }

  private readonly attach = (): void => {
    this.detach();
    const id = this.mediaIdValue;
    if (this.connected && id) {
      const root = this.host.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
      const found = root.getElementById?.(id);
      if (found instanceof HTMLMediaElement) {
        this.mediaElement = found;
        for (const type of MEDIA_EVENTS) found.addEventListener(type, this.sync);
      } else if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', this.attach, { once: true });
      } else if (this.warnedAbout !== id) {
        this.warnedAbout = id;
        console.warn(`${this.host.localName}: for="${id}" names no <audio> or <video> element.`);
      }
    }
    this.sync();
  };

  private detach(): void {
    for (const type of MEDIA_EVENTS) this.mediaElement?.removeEventListener(type, this.sync);
    this.mediaElement = undefined;
  }

  /** Updates the current segment from the media's time, and the host when it changed. */
  private readonly sync = (): void => {
    const id = this.mediaElement ? this.segmentAt(this.mediaElement.currentTime) : undefined;
    if (id === this.current) return;
    this.current = id;
    this.host.requestUpdate();
  };

  /** The last segment starting at or before `time`, while it lasts (to its end, else the next start). */
  private segmentAt(time: number): string | undefined {
    const timed = this.timedSegments();
    let low = 0;
    let high = timed.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((timed[middle]?.start ?? Number.POSITIVE_INFINITY) <= time) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    const segment = timed[found];
    if (!segment) return undefined;
    const end = segment.end ?? timed[found + 1]?.start ?? Number.POSITIVE_INFINITY;
    return time < end ? segment.id : undefined;
  }

  /** The timed segments by start time, recomputed when the segment list changes. */
  private timedSegments(): TimedSegment[] {
    const segments = this.options.segments();
    if (this.timeline?.segments !== segments) {
      const timed = segments
        .flatMap(({ id, start, end }) => (start === undefined ? [] : [{ id, start, end }]))
        .sort((a, b) => a.start - b.start);
      this.timeline = { segments, timed };
    }
    return this.timeline.timed;
  }

  private readonly revealSegment = (id: string): boolean => {
    const element = (this.host.shadowRoot ?? this.host).querySelector(`[data-segment-id="${CSS.escape(id)}"]`);
    if (!element) return false;
    // At once, not smoothly: a smooth scroll every few seconds moves the text under the reader's eyes.
    element.scrollIntoView({ block: 'nearest' });
    return true;
  };

  private readonly readerScrolled = (): void => this.stopFollowing();

  private readonly keyPressed = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    if (!SCROLL_KEYS.has(event.key) || (target instanceof Element && target.closest(KEY_USERS))) return;
    this.stopFollowing();
  };
}
