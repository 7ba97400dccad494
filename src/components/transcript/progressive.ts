import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Script time aimed at per batch: the style and layout of its frame cost about as much again,
 * and a task over 50 ms is a long task. The batch size follows the time the last batch took.
 */
const TARGET_BATCH_MS = 12;
const MIN_BATCH = 10;

/**
 * How many items of a long list are rendered: none in the task that brought the list (which
 * already parsed and checked the data), the first screenful in a task of its own, then a batch
 * per task, yielding to the page in between, so that no task blocks it for long (a 3-hour
 * transcript is thousands of segments), on a slow or busy machine too: each batch is sized by
 * how long the last one took. `whenStarted` resolves once the first batch is rendered (or the host leaves the page).
 */
export class ProgressiveCount implements ReactiveController {
  count = 0;
  private total = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private waiting: (() => void)[] = [];
  /** Items per task, between MIN_BATCH and the `batch` given. */
  private perTask: number;
  /** When the batch being rendered started, and how many items it added. */
  private started: { at: number; added: number } | undefined;

  /**
   * @param first - Items in the first batch (a screenful).
   * @param batch - The most items per later task.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first: number,
    private readonly batch: number,
  ) {
    this.perTask = batch;
    host.addController(this);
  }

  /** Starts over for a list of `total` items. */
  reset(total: number): void {
    this.cancel();
    this.total = total;
    this.count = 0;
    this.schedule();
  }

  get complete(): boolean {
    return this.count >= this.total;
  }

  /** Whether the first batch is still to come. */
  get starting(): boolean {
    return this.count === 0 && !this.complete;
  }

  /** Resolves once the first batch is rendered (at once if it is), or the host leaves the page. */
  whenStarted(): Promise<void> {
    return this.starting ? new Promise((resolve) => this.waiting.push(resolve)) : Promise.resolve();
  }

  hostConnected(): void {
    this.schedule();
  }

  hostUpdated(): void {
    if (this.started) {
      const perItem = (performance.now() - this.started.at) / Math.max(1, this.started.added);
      // Grows by half at most: the first batches are slow (code not yet optimised) and their frames cost more than their script.
      const fits = Math.floor(TARGET_BATCH_MS / Math.max(perItem, 1e-3));
      this.perTask = Math.max(MIN_BATCH, Math.min(this.batch, Math.ceil(this.perTask * 1.5), fits));
      this.started = undefined;
    }
    if (!this.starting) this.release();
  }

  hostDisconnected(): void {
    this.cancel();
    // Nothing renders away from the page: whoever waits stops waiting.
    this.release();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  private schedule(): void {
    if (this.timer !== undefined || this.frame || this.complete) return;
    const next = () => {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        const count = Math.min(this.total, this.count === 0 ? this.first : this.count + this.perTask);
        this.started = { at: performance.now(), added: count - this.count };
        this.count = count;
        this.host.requestUpdate();
        this.schedule();
      });
    };
    // The second batch waits for the frame that shows the first: that frame then lays out a
    // screenful with cold fonts and styles, not the batches after it as well. (No frames come
    // to a hidden page: there, it goes on at once.)
    if (this.count === this.first && !document.hidden) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        next();
      });
    } else next();
  }
}
