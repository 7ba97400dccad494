import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Transcript } from '../../core/types.js';

/** Makes a transcript's topics from the chapters fetched; throws when they do not fit it. */
type ApplyChapters = (transcript: Transcript) => Transcript;

/** The message of an error, whatever was thrown. */
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Fetches the chapters at `url` (a Podcasting 2.0 chapters file or a WebVTT chapters track). */
async function fetchChapters(url: string, signal: AbortSignal): Promise<ApplyChapters> {
  const [{ fetchText }, { applyChapters }] = await Promise.all([import('../../core/load.js'), import('../../core/feed/chapters.js')]);
  const { text } = await fetchText(url, signal);
  // A chapter's relative `img` or `url` is relative to the chapters file, not to the page.
  const base = new URL(url, document.baseURI).href;
  return (transcript) => {
    try {
      return applyChapters(transcript, text, { base });
    } catch (error) {
      throw new Error(`Could not use the chapters at ${url}: ${messageOf(error)}`, { cause: error });
    }
  };
}

/** One fetch of a chapters file, and how it ended. */
interface ChaptersFetch {
  url: string;
  controller: AbortController;
  done: Promise<void>;
  settled: boolean;
  apply?: ApplyChapters;
  error?: string;
}

/**
 * An element's `chapters` attribute: the chapters are fetched (while the transcript loads) and
 * become the resolved transcript's topics. When they cannot be fetched or do not fit the
 * transcript, the transcript stays as it was and `error` says why. The chapters code is
 * downloaded only by pages that use the attribute. (Not a Task: sharing that class's constants
 * with this module's chunk would cost the one-quote page bytes.)
 */
export class ChaptersController implements ReactiveController {
  private current: ChaptersFetch | undefined;
  private applied: { transcript: Transcript; apply: ApplyChapters; result: Transcript; error?: string } | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly url: () => string | undefined) {
    host.addController(this);
  }

  hostUpdate(): void {
    const url = this.url() || undefined;
    if (url === this.current?.url) return;
    this.current?.controller.abort();
    this.current = url === undefined ? undefined : this.fetch(url);
  }

  hostConnected(): void {
    // Back in the page after hostDisconnected abandoned a fetch: fetch again.
    if (!this.current && this.url()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (!this.current || this.current.settled) return;
    this.current.controller.abort();
    this.current = undefined;
  }

  /** Whether the chapters are still on their way: the element waits for them before it shows anything. */
  get loading(): boolean {
    return this.current !== undefined && !this.current.settled;
  }

  /** Resolves once the chapters arrived or failed. */
  get pending(): Promise<unknown> | undefined {
    return this.loading ? this.current!.done : undefined;
  }

  /**
   * `transcript` with the chapters as its topics (the same object each time), `transcript` itself
   * without chapters or when they failed, undefined while they load.
   */
  apply(transcript: Transcript | undefined): Transcript | undefined {
    if (!transcript || this.loading) return undefined;
    const apply = this.current?.apply;
    if (!apply) return transcript;
    if (this.applied?.transcript !== transcript || this.applied.apply !== apply) {
      try {
        this.applied = { transcript, apply, result: apply(transcript) };
      } catch (error) {
        this.applied = { transcript, apply, result: transcript, error: messageOf(error) };
      }
    }
    return this.applied.result;
  }

  /** Why the chapters are not shown: they could not be fetched, read or fitted to the transcript. */
  get error(): string | undefined {
    const current = this.current;
    if (!current?.settled) return undefined;
    return current.error ?? (current.apply === this.applied?.apply ? this.applied?.error : undefined);
  }

  private fetch(url: string): ChaptersFetch {
    const controller = new AbortController();
    const entry: ChaptersFetch = { url, controller, settled: false, done: Promise.resolve() };
    entry.done = fetchChapters(url, controller.signal)
      .then((apply) => void (entry.apply = apply), (error: unknown) => void (entry.error = messageOf(error)))
      .finally(() => {
        entry.settled = true;
        if (this.current === entry) this.host.requestUpdate();
      });
    return entry;
  }
}
