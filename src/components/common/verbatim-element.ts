import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { TemplateResult } from 'lit';
import type { Transcript } from '../../core/types.js';
import { safeUrl } from '../../core/url.js';
import { emit } from './events.js';
import type { ElementStrings } from './strings.js';
import type { VerbatimEventDetails, VerbatimEventName } from './events.js';
import { Task, TaskStatus } from './task.js';
import { resolveTranscript } from './transcript-source.js';

/** The message of a task's error. */
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * What every Verbatim element shares: its data (`.transcript`, else `src`, else the bundled
 * default, resolved by one task), its `strings`, its events, the fallback slot, the error
 * template and safe hrefs. `updateComplete` resolves once what the element shows is final: the
 * data resolved and rendered, and whatever `pendingWork` names done.
 *
 * An element derives its view from `data.value` in `willUpdate`, renders it in `renderView`,
 * and names in `problem` what it cannot show (an unknown id), which fires `verbatim-error` once.
 */
export abstract class VerbatimElement<Terms extends ElementStrings = ElementStrings> extends LitElement {
  static override properties: PropertyDeclarations = {
    transcript: { attribute: false }, src: {}, strings: { attribute: false },
  };
  /** The transcript to show; overrides `src` and the bundled interview. */
  transcript?: Transcript;
  /** URL of a transcript file in any supported format. */
  src?: string;
  /** Words to show and announce instead of the English defaults, e.g. a translation. */
  strings?: Partial<Terms>;

  /** The resolved transcript: arguments → an abortable task → the value. */
  protected readonly data = new Task(this, {
    args: () => [this.transcript, this.src, this.transcript === undefined && !this.src ? this.defaultKey() : undefined] as const,
    task: ([transcript, src], { signal }) => resolveTranscript(transcript, src, signal, () => this.loadDefault()),
    onError: (error) => {
      if ((error as Error | undefined)?.name !== 'AbortError') this.report(messageOf(error));
    },
  });

  private reportedProblem: string | undefined;
  private mergedStrings: { given: Partial<Terms> | undefined; merged: Terms } | undefined;
  private checkedHref: { href: string | undefined; safe: string | undefined } | undefined;

  /** Loads the bundled default, used when there is neither `.transcript` nor `src`. */
  protected abstract loadDefault(): Promise<Transcript>;

  /** What the bundled default depends on (e.g. a quote id): when it changes, it loads again. */
  protected defaultKey(): unknown {
    return undefined;
  }

  /** The element's view once its data is ready. */
  protected abstract renderView(transcript: Transcript): TemplateResult | typeof nothing;

  /** What the element cannot show with its data (an unknown id), or undefined. */
  protected problem(): string | undefined {
    return undefined;
  }

  /**
   * Whether the light-DOM fallback shows: by default, until the data is resolved, and with the
   * error when it cannot be, so that a page's static quote or transcript stays readable.
   */
  protected fallbackShown(): boolean {
    return this.data.status !== TaskStatus.COMPLETE;
  }

  /** Work that `updateComplete` waits for, beyond the data: e.g. rendering in batches. */
  protected pendingWork(): Promise<unknown> | undefined {
    return this.data.status === TaskStatus.PENDING ? this.data.taskComplete : undefined;
  }

  /** The element's words in English, which `strings` overrides. */
  protected defaultStrings(): Terms {
    return { notLoaded: 'This could not be loaded.', chaptersNotLoaded: 'The chapters could not be loaded.' } as Terms;
  }

  /** The words to use: the defaults with `strings` over them. */
  protected get terms(): Terms {
    const given = this.strings;
    let merged = this.mergedStrings;
    if (!merged || merged.given !== given) merged = this.mergedStrings = { given, merged: { ...this.defaultStrings(), ...given } };
    return merged.merged;
  }

  /** The resolved transcript, once ready. */
  protected get ready(): Transcript | undefined {
    return this.data.status === TaskStatus.COMPLETE ? this.data.value : undefined;
  }

  /** `href` when it is an http(s) or relative URL; anything else is ignored with one warning. */
  protected safeHref(href: string | undefined): string | undefined {
    let checked = this.checkedHref;
    if (!checked || checked.href !== href) {
      checked = this.checkedHref = { href, safe: safeUrl(href) };
      if (href && !checked.safe) console.warn(`<${this.localName}>: ignoring href "${href}": only http(s) and relative URLs are allowed.`);
    }
    return checked.safe;
  }

  /** Fires a Verbatim event from this element. */
  protected emit<Name extends VerbatimEventName>(name: Name, detail: VerbatimEventDetails[Name]): void {
    emit(this, name, detail);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let work = this.pendingWork(); work; work = this.pendingWork()) {
      await work.catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    const problem = this.ready ? this.problem() : undefined;
    if (problem === this.reportedProblem) return;
    this.reportedProblem = problem;
    if (problem !== undefined) this.report(problem);
  }

  /**
   * Tells the page's developer, once per error, what went wrong: in a `verbatim-error` event and
   * on the console (the reader sees only the element's short `notLoaded` sentence).
   */
  protected report(message: string): void {
    console.error(`<${this.localName}>: ${message}`);
    this.emit('verbatim-error', { message });
  }

  override render() {
    const transcript = this.ready;
    // An error goes before the fallback that stays with it: the reader sees why first.
    const failed = this.data.status === TaskStatus.ERROR;
    return html`
      ${failed ? this.renderError(messageOf(this.data.error)) : nothing}
      <div class="fallback" ?hidden=${!this.fallbackShown()}><slot></slot></div>
      ${!failed && transcript ? this.renderView(transcript) : nothing}
    `;
  }

  /**
   * The reader's short sentence in part `error` (by default `notLoaded`), announced as it
   * appears. `message`, the full reason, is the developer's: `report` gives it to them.
   */
  protected renderError(_message: string, sentence: string = this.terms.notLoaded): TemplateResult {
    return html`<p part="error" role="alert">${sentence}</p>`;
  }
}
