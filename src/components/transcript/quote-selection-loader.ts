import { nothing } from 'lit';
import type { ReactiveController } from 'lit';
import type { TranscriptStrings } from '../common/strings.js';
import type * as QuoteSelectionModule from './quote-selection.js';
import type { Host, QuoteSelectionController, QuoteSelectionOptions } from './quote-selection.js';
import { selectedRange } from './selected-range.js';

/**
 * Quoting by selection (quote-selection.ts, its toolbar and the selection's geometry: some 3 KB)
 * loaded at the reader's first sign of selecting, not with the transcript: a press or focus in
 * the transcript, a selection of its words, or the "Quote" action. A press made before
 * it loaded is handed over, so that a drag is still read on release; a selection made while it
 * loaded is read when it arrives. A failed load is tried again at the next sign.
 */
export class QuoteSelectionLoader implements ReactiveController {
  private module?: typeof QuoteSelectionModule;
  private controller?: QuoteSelectionController;
  private loading?: Promise<QuoteSelectionController>;
  /** A press in the host before the code arrived, not released yet. */
  private press?: PointerEvent;

  constructor(private readonly host: Host, private readonly options: QuoteSelectionOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.controller) return;
    this.host.addEventListener('pointerdown', this.pressed);
    this.host.addEventListener('focusin', this.focused);
    window.addEventListener('pointerup', this.released);
    document.addEventListener('selectionchange', this.selected);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.pressed);
    this.host.removeEventListener('focusin', this.focused);
    window.removeEventListener('pointerup', this.released);
    document.removeEventListener('selectionchange', this.selected);
  }

  /** The selection the toolbar is for, if any. */
  get selection(): QuoteSelectionController['selection'] {
    return this.controller?.selection;
  }

  /** The toolbar at the selection (nothing before the code has loaded, when there is none). */
  toolbar(terms: TranscriptStrings) {
    return this.module && this.controller ? this.module.quoteToolbar(this.controller, terms) : nothing;
  }

  /** Selects the first sentence of a segment for quoting by keyboard (see QuoteSelectionController.quote). */
  async quote(segmentId: string): Promise<void> {
    const controller = await this.load().catch(() => undefined);
    await controller?.quote(segmentId);
  }

  private load(): Promise<QuoteSelectionController> {
    this.loading ??= import('./quote-selection.js').then(
      (module) => {
        this.hostDisconnected();
        this.module = module;
        const controller = (this.controller = new module.QuoteSelectionController(this.host, this.options));
        if (this.press) controller.pressed(this.press);
        else controller.read();
        this.press = undefined;
        return controller;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** Starts loading; a failure waits for the next sign (the transcript reads on without quoting). */
  private start(): void {
    this.load().catch(() => undefined);
  }

  private readonly pressed = (event: PointerEvent): void => {
    this.press = event;
    this.start();
  };

  private readonly released = (): void => {
    this.press = undefined;
  };

  private readonly focused = (): void => this.start();

  private readonly selected = (): void => {
    if (selectedRange(this.host.renderRoot as ShadowRoot)) this.start();
  };
}
