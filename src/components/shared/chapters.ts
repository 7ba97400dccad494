import type { ReactiveControllerHost } from 'lit';
import type { Transcript } from '../../core/types.js';
import { Task, TaskStatus } from './task.js';

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

/**
 * An element's `chapters` attribute: the chapters are fetched (while the transcript loads) and
 * become the resolved transcript's topics. When they cannot be fetched or do not fit the
 * transcript, the transcript stays as it was and `error` says why. The chapters code is
 * downloaded only by pages that use the attribute.
 */
export class ChaptersController {
  private readonly task: Task<readonly [string | undefined], ApplyChapters | undefined>;
  private applied: { transcript: Transcript; apply: ApplyChapters; result: Transcript; error?: string } | undefined;

  constructor(host: ReactiveControllerHost, private readonly url: () => string | undefined) {
    this.task = new Task(host, {
      args: () => [url() || undefined] as const,
      task: ([chaptersUrl], { signal }) => (chaptersUrl ? fetchChapters(chaptersUrl, signal) : undefined),
    });
  }

  /** Whether the chapters are still on their way: the element waits for them before it shows anything. */
  get loading(): boolean {
    return Boolean(this.url()) && (this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL);
  }

  /** Resolves once the chapters arrived or failed. */
  get pending(): Promise<unknown> | undefined {
    return this.task.status === TaskStatus.PENDING ? this.task.taskComplete : undefined;
  }

  /**
   * `transcript` with the chapters as its topics (the same object each time), `transcript` itself
   * without chapters or when they failed, undefined while they load.
   */
  apply(transcript: Transcript | undefined): Transcript | undefined {
    if (!transcript || this.loading) return undefined;
    const apply = this.task.value;
    if (!this.url() || this.task.status !== TaskStatus.COMPLETE || !apply) return transcript;
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
    if (!this.url()) return undefined;
    if (this.task.status === TaskStatus.ERROR) return messageOf(this.task.error);
    return this.task.status === TaskStatus.COMPLETE && this.task.value === this.applied?.apply ? this.applied?.error : undefined;
  }
}
