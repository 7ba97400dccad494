import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `tick` every `interval` milliseconds while running. The element decides when it runs
 * (autoplay, hover, focus, reduced motion); this only owns the timer, and clears it when the
 * host leaves the page so that a removed carousel never advances or stays alive.
 */
export class RotationTimer implements ReactiveController {
  private timeout: ReturnType<typeof setTimeout> | undefined;
  private interval = 0;

  constructor(host: ReactiveControllerHost, private readonly tick: () => void) {
    host.addController(this);
  }

  get running(): boolean {
    return this.timeout !== undefined;
  }

  /** Starts the timer, or keeps it as it is when it already runs at this interval. */
  run(interval: number): void {
    if (this.running && interval === this.interval) return;
    this.stop();
    this.interval = interval;
    this.schedule();
  }

  stop(): void {
    if (this.timeout !== undefined) clearTimeout(this.timeout);
    this.timeout = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private schedule(): void {
    this.timeout = setTimeout(() => {
      this.schedule();
      this.tick();
    }, this.interval);
  }
}
