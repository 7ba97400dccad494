import type { ReactiveControllerHost } from 'lit';
import type { MediaSync, MediaSyncOptions } from './media-sync.js';

/**
 * Following an `<audio>` or `<video>` (media-sync.ts, 1.2 KB) loaded only for a transcript whose
 * `for` names one. Until it has loaded, and on a page without media: no media, no segment
 * spoken, not following. A failed load is tried again when `for` changes.
 */
export class MediaSyncLoader {
  private sync: MediaSync | undefined;
  private loading: Promise<void> | undefined;
  private id: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MediaSyncOptions,
  ) {}

  /** While the code for `for` loads: what the host's `updateComplete` waits for. */
  get pending(): Promise<void> | undefined {
    return this.sync ? undefined : this.loading;
  }

  /** The id of the `<audio>`/`<video>` to follow (the `for` attribute). */
  set mediaId(id: string | undefined) {
    this.id = id;
    if (this.sync) this.sync.mediaId = id;
    else if (id !== undefined) this.load();
  }

  get media(): HTMLMediaElement | undefined {
    return this.sync?.media;
  }

  get currentSegmentId(): string | undefined {
    return this.sync?.currentSegmentId;
  }

  get following(): boolean {
    return this.sync?.following ?? false;
  }

  set following(value: boolean) {
    if (this.sync) this.sync.following = value;
  }

  get interrupted(): boolean {
    return this.sync?.interrupted ?? false;
  }

  playFrom(segmentId: string): void {
    this.sync?.playFrom(segmentId);
  }

  stopFollowing(): void {
    this.sync?.stopFollowing();
  }

  private load(): void {
    this.loading ??= import('./media-sync.js').then(
      ({ MediaSync: Sync }) => {
        this.sync = new Sync(this.host, this.options);
        this.sync.mediaId = this.id;
        this.host.requestUpdate();
      },
      () => {
        // The transcript reads on without following the media.
        this.loading = undefined;
      },
    );
  }
}
