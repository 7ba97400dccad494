import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The way a finger moved. */
export type SwipeDirection = 'left' | 'right';

/** Shortest horizontal travel, in CSS pixels, that counts as a swipe. */
const MIN_DISTANCE = 40;

/**
 * Turns a horizontal touch or pen swipe on the host into its direction, `left` or `right`
 * (the host decides what each means: in right-to-left text, the next slide is to the left). Mouse drags are left alone so that readers can still
 * select a quote's text. The host sets `touch-action: pan-y`, so vertical swipes still
 * scroll the page (the browser then sends `pointercancel`, which forgets the gesture).
 */
export class SwipeController implements ReactiveController {
  private start: { pointerId: number; x: number; y: number } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onSwipe: (direction: SwipeDirection) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.down);
    this.host.addEventListener('pointerup', this.up);
    this.host.addEventListener('pointercancel', this.cancel);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.down);
    this.host.removeEventListener('pointerup', this.up);
    this.host.removeEventListener('pointercancel', this.cancel);
    this.start = undefined;
  }

  private readonly down = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    this.start = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
  };

  private readonly up = (event: PointerEvent): void => {
    const start = this.start;
    this.start = undefined;
    if (!start || start.pointerId !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) >= MIN_DISTANCE && Math.abs(dx) > 2 * Math.abs(dy)) this.onSwipe(dx < 0 ? 'left' : 'right');
  };

  private readonly cancel = (): void => {
    this.start = undefined;
  };
}
