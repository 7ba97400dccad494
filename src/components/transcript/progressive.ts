import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How many items of a long list are rendered: none in the task that brought the list (which
 * already parsed and checked the data), the first screenful in a task of its own, then a batch
 * per task, yielding to the page in between, so that no task blocks it for long (a 3-hour
 * transcript is thousands of segments). `whenComplete` resolves once everything is rendered.
 */
export class ProgressiveCount implements ReactiveController {
  count = 0;
  private total = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first: number,
    private readonly batch: number,
  ) {
    host.addController(this);
  }

  /** Starts over for a list of `total` items. */
  reset(total: number): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.total = total;
    this.count = 0;
    this.schedule();
  }

  get complete(): boolean {
    return this.count >= this.total;
  }

  /** Resolves when every item is rendered (at once if they are). */
  whenComplete(): Promise<void> {
    return this.complete ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  hostConnected(): void {
    this.schedule();
  }

  hostUpdated(): void {
    if (!this.complete) return;
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer !== undefined || this.complete) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.count = Math.min(this.total, this.count === 0 ? this.first : this.count + this.batch);
      this.host.requestUpdate();
      this.schedule();
    });
  }
}
