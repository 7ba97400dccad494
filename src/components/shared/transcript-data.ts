import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Transcript } from '../../core/types.js';
import type { validateTranscript } from '../../core/validate.js';

/** What an element shows while its data resolves. */
export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; transcript: Transcript }
  | { status: 'error'; message: string };

/** The properties an element exposes for its data, in order of precedence. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  transcript?: Transcript | undefined;
  src?: string | undefined;
}

/** The validator, kept once an element has been given `.transcript`: it is fetched only then. */
let validate: typeof validateTranscript | undefined;
const loadValidator = () => import('../../core/validate.js').then((module) => (validate = module.validateTranscript));

function validated(transcript: Transcript, check: typeof validateTranscript): DataState {
  const result = check(transcript);
  return result.ok
    ? { status: 'ready', transcript: result.transcript }
    : { status: 'error', message: `Invalid transcript: ${result.errors[0]!.path} ${result.errors[0]!.message}` };
}

/**
 * Resolves an element's transcript: the `.transcript` property, else the `src` URL, else
 * the bundled default (loaded on demand so that a page that brings its own data never
 * downloads it). Errors are reported once per change through `verbatim-error`.
 */
export class TranscriptData implements ReactiveController {
  state: DataState = { status: 'loading' };
  /** The problem last reported by reportProblem, so that it fires once. */
  private reportedProblem: string | undefined;
  private requested: { transcript: Transcript | undefined; src: string | undefined; key: unknown } | undefined;
  private abort: AbortController | undefined;
  /** While the validator is first fetched for `.transcript`. */
  private validating: Promise<unknown> | undefined;

  /**
   * `loadDefault` loads the bundled default; `defaultKey` names what it depends on (e.g. the
   * quote id, for a loader that fetches only that quote): when it changes, it loads again.
   */
  constructor(
    private readonly host: DataSourceHost,
    private readonly loadDefault: () => Promise<Transcript>,
    private readonly defaultKey: () => unknown = () => undefined,
  ) {
    host.addController(this);
    // `.transcript` is validated at once, as a property should be, except while the validator
    // is first fetched: the host's updateComplete then waits for it, so that whoever awaits
    // the element sees the validated data. A controller cannot override getUpdateComplete
    // (Lit's hook for this), so it wraps the host's.
    const completion = host as unknown as { getUpdateComplete(): Promise<boolean> };
    const hostUpdateComplete = completion.getUpdateComplete.bind(host);
    completion.getUpdateComplete = async () => {
      let done = await hostUpdateComplete();
      while (this.validating) {
        await this.validating;
        done = await hostUpdateComplete();
      }
      return done;
    };
  }

  hostUpdate(): void {
    const { transcript, src } = this.host;
    const key = transcript === undefined && !src ? this.defaultKey() : undefined;
    const { requested } = this;
    if (requested && requested.transcript === transcript && requested.src === src && requested.key === key) return;
    this.requested = { transcript, src, key };
    this.abort?.abort();
    this.abort = undefined;
    this.validating = undefined;
    if (transcript !== undefined && validate) {
      this.settle(validated(transcript, validate));
      return;
    }
    this.state = { status: 'loading' };
    const abort = (this.abort = new AbortController());
    if (transcript !== undefined) {
      const validating = (this.validating = loadValidator().then(
        (check) => !abort.signal.aborted && this.settle(validated(transcript, check)),
        (error: unknown) => !abort.signal.aborted && this.settle({ status: 'error', message: (error as Error).message }),
      ).finally(() => {
        if (this.validating === validating) this.validating = undefined;
      }));
      return;
    }
    // The loader and its parsers are fetched only by elements that use `src`.
    const request = src
      ? import('../../core/load.js').then(({ loadTranscript }) => loadTranscript(src, abort.signal))
      : this.loadDefault();
    request.then(
      (loaded) => !abort.signal.aborted && this.settle({ status: 'ready', transcript: loaded }),
      (error: unknown) => !abort.signal.aborted && this.settle({ status: 'error', message: (error as Error).message }),
    );
  }

  hostConnected(): void {
    // Put back in the page after hostDisconnected dropped its request: resolve again.
    if (this.requested === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.validating = undefined;
    this.requested = undefined;
  }

  /**
   * Reports the problem an element finds in resolved data (an unknown id, an empty filter),
   * or undefined for none: `verbatim-error` fires once per new problem, not on every update.
   */
  reportProblem(message: string | undefined): void {
    if (message === this.reportedProblem) return;
    this.reportedProblem = message;
    if (message !== undefined) this.fail(message);
  }

  /** Fires `verbatim-error` with `message`. */
  fail(message: string): void {
    this.host.dispatchEvent(new CustomEvent('verbatim-error', { detail: { message }, bubbles: true, composed: true }));
  }

  private settle(state: DataState): void {
    const changed = this.state !== state;
    this.state = state;
    if (state.status === 'error') this.fail(state.message);
    if (changed) this.host.requestUpdate();
  }
}
