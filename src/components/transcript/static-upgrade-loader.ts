import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Transcript } from '../../core/types.js';
import type { StaticUpgrade } from './static-upgrade.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The upgrade of a static transcript in place (static-upgrade.ts) loaded only for an element
 * that holds one: paragraphs with `data-segment-id` in its light DOM. While it loads, the static
 * paragraphs are held (the element's view stays out of sight), and `updateComplete` waits; if
 * it cannot load, they are let go (the element shows its view as without them).
 */
export class StaticUpgradeLoader implements ReactiveController {
  private upgrade: StaticUpgrade | undefined;
  private loading: Promise<void> | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Whether the element has static paragraphs that it has not replaced yet. */
  get active(): boolean {
    return this.upgrade ? this.upgrade.active : this.loading !== undefined;
  }

  /** Whether the static paragraphs must stay (see StaticUpgrade.holding): always while the code loads. */
  holding(transcript: Transcript | undefined, rendered: number): boolean {
    return this.upgrade ? this.upgrade.holding(transcript, rendered) : this.loading !== undefined && transcript !== undefined;
  }

  /** While the static paragraphs stay: resolves once the element's view replaced them. */
  get pending(): Promise<void> | undefined {
    return this.upgrade ? this.upgrade.pending : this.loading;
  }

  hostUpdate(): void {
    if (this.upgrade || this.loading || !this.host.querySelector('[data-segment-id]')) return;
    this.loading = import('./static-upgrade.js').then(
      ({ StaticUpgrade: Upgrade }) => {
        this.upgrade = new Upgrade(this.host);
        this.host.requestUpdate();
      },
      () => {
        this.loading = undefined;
        this.host.requestUpdate();
      },
    );
  }
}
