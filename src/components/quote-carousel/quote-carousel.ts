import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { contextLink } from '../../core/links.js';
import { lookup } from '../../core/lookup.js';
import type { Transcript } from '../../core/types.js';
import { loadBundledInterview, loadBundledQuotes } from '../common/bundled.js';
import { loadBundledTopic } from '../common/bundled-topic.js';
import { ChaptersController } from '../common/chapters.js';
import { defineElement } from '../common/define.js';
import { loadPassageCheck } from '../common/load-passage-check.js';
import { Task, TaskStatus } from '../common/task.js';
import { themeStyles } from '../common/theme.styles.js';
import type { CarouselStrings } from '../common/strings.js';
import { VerbatimElement } from '../common/verbatim-element.js';
import { carouselStrings } from './quote-carousel.strings.js';
import { carouselStyles } from './quote-carousel.styles.js';
import { RotationTimer } from './rotation-timer.js';
import { selectQuotes } from '../../core/select-quotes.js';
import type { QuoteSelection } from '../../core/select-quotes.js';
import { slidesFromChecks, slottedQuotes } from './slotted-quotes.js';
import type { Slide, SlottedQuote } from './slotted-quotes.js';
import { SwipeController } from './swipe.js';
import type { SwipeDirection } from './swipe.js';

/** Milliseconds between slides when `interval` is missing or not a positive number. */
const DEFAULT_INTERVAL = 7000;
/** Up to this many slides, a row of buttons picks one; beyond, the position and the arrows do. */
const MAX_PICKER_SLIDES = 12;
/** The default's key when the slides are chosen by their words: they are looked up in the whole interview. */
const BY_WORDS = Symbol('by words');

const ICONS = {
  pause: svg`<path d="M6 4h4v16H6zM14 4h4v16h-4z"/>`,
  play: svg`<path d="M7 4l13 8-13 8z"/>`,
  previous: svg`<path d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z"/>`,
  next: svg`<path d="M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z"/>`,
};
const icon = (name: keyof typeof ICONS) => html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[name]}</svg>`;

/**
 * A carousel of the transcript's quotes that follows the WAI-ARIA APG carousel pattern.
 * It rotates only with `autoplay`, never under `prefers-reduced-motion: reduce` (the reader
 * may still start it with the rotation button), pauses while the pointer is over it and stops
 * for good when focus enters it. All slides share one grid cell, so the carousel keeps the
 * height of its tallest slide. Before the data is ready it shows its light-DOM fallback (e.g.
 * a list of blockquotes), which a page can style to reserve the same height.
 *
 * When that fallback holds `<blockquote>` elements, they are the slides: each one's words are
 * looked up in the transcript and checked as `<verbatim-quote text>` checks them, and its slide
 * shows the transcript's own words, who said them and "Verified against the transcript" (or,
 * for words said several times, which occurrence it shows; `data-occurrence` on the blockquote
 * chooses one). Words that are not in the transcript get no slide, since a rotating highlight
 * cannot be held up against its source as a reader reads it: `verbatim-error` names each one
 * with the closest passage and a word diff, and if none is found the fallback list stays.
 * `topic` and `speaker` do not apply to such slides.
 *
 * @summary A rotating, swipeable carousel of quotes from a transcript.
 * @slot - Fallback content shown until the quotes are ready, e.g. a list of blockquotes.
 * @csspart base - The carousel region.
 * @csspart slide - Each slide: the quote, its attribution and, with `href`, an "in context" link.
 * @csspart previous - The button that shows the previous slide.
 * @csspart next - The button that shows the next slide.
 * @csspart rotation - The button that stops or starts automatic rotation (only with `autoplay`).
 * @csspart progress - While rotating: the bar that fills until the next slide (it stops with the rotation).
 * @csspart picker - The row of buttons that show one slide each ("Slide 3 of 6"), for 2 to 12 slides; the current one has `aria-current`.
 * @csspart error - The message shown when data cannot be used or no quote matches.
 * @cssproperty --verbatim-accent - Links, hovered buttons and the focus ring.
 * @cssproperty --verbatim-surface - The slide background.
 * @cssproperty --verbatim-font - The font of the quotes.
 * @cssproperty --verbatim-spacing - The padding of a slide.
 * @csspart check - On a slide from a slotted blockquote: what checking its words found, with `data-state`.
 * @fires {{index: number, quoteId: string}} verbatim-slide-change - The reader moved to another slide (buttons, arrow keys, swipe); not on rotation or method calls.
 * @fires {{message: string}} verbatim-error - The data cannot be used, the chapters cannot be used (the quotes stay), or the filter matches no quote.
 */
export class VerbatimQuoteCarousel extends VerbatimElement<CarouselStrings> {
  static override styles = [themeStyles, carouselStyles];
  static override properties: PropertyDeclarations = {
    topic: {}, speaker: {}, autoplay: { type: Boolean }, interval: { type: Number }, href: {}, label: {},
    chapters: {}, current: { state: true, attribute: false }, stopped: { state: true, attribute: false },
    hovered: { state: true, attribute: false },
  };

  /** Shows only the quotes of this topic id. */
  topic?: string;
  /** Shows only the quotes of this speaker id. */
  speaker?: string;
  /** Rotates the slides automatically (not under reduced motion); off by default. */
  autoplay = false;
  /** Milliseconds between slides while rotating. */
  interval = DEFAULT_INTERVAL;
  /** URL of the page with the full transcript; each slide then links to its quote there. */
  href?: string;
  /** The carousel's accessible name; "Quotes from <transcript title>" by default. */
  label?: string;
  /** URL of a Podcasting 2.0 chapters file or a WebVTT chapters track: its chapters become the topics `topic` names. */
  chapters?: string;

  /** The index of the slide shown. */
  private current = 0;
  /** Counts the times rotation (re)started: the progress bar starts over with the timer. */
  private rotationRuns = 0;
  private wasRotating = false;
  /** Rotation is off: no autoplay, reduced motion, focus has been inside, or the reader stopped it. */
  private stopped = true;
  /** The pointer is over the carousel: rotation pauses until it leaves. */
  private hovered = false;

  private get rotationButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part~=rotation]');
  }

  private readonly timer = new RotationTimer(this, () => this.rotate());
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  /** The reader started rotation while asking for reduced motion: their choice stands. */
  private startedDespiteReducedMotion = false;
  private readonly chapterSource = new ChaptersController(this, () => this.chapters);
  private selection: QuoteSelection | undefined;
  /** The slotted blockquotes' words, read before each update (a page may change its list). */
  private slotted: SlottedQuote[] = [];
  private slottedKey = '';

  /** The check of the slotted blockquotes' words against the transcript (the checker loads on first use). */
  private readonly check = new Task(this, {
    args: () => [this.ready, this.slottedKey] as const,
    task: async ([transcript]) => {
      const asked = this.slotted;
      if (!transcript || asked.length === 0) return undefined;
      const module = await loadPassageCheck();
      module.adoptCheckStyles(this.renderRoot);
      return { module, asked, ...slidesFromChecks(asked, module.checkPassages(transcript, asked)) };
    },
  });
  private selectionKey: { transcript: Transcript; topic: string | undefined; speaker: string | undefined } | undefined;

  constructor() {
    super();
    // A swipe towards the start of the line shows the next slide: leftwards, or rightwards in right-to-left text.
    new SwipeController(this, (towards) => this.showByUser(this.current + (towards === this.lineStart ? 1 : -1)));
    this.addEventListener('pointerenter', () => (this.hovered = true));
    this.addEventListener('pointerleave', () => (this.hovered = false));
  }

  /** The index of the slide shown, from 0. */
  get index(): number {
    return this.current;
  }

  /** Shows the next slide (after the last, the first). Fires no event. */
  next(): void {
    this.show(this.current + 1);
  }

  /** Shows the previous slide (before the first, the last). Fires no event. */
  previous(): void {
    this.show(this.current - 1);
  }

  /** Shows the slide at `index` (clamped to the slides there are). Fires no event. */
  goTo(index: number): void {
    if (Number.isNaN(index)) return;
    this.show(Math.min(Math.max(Math.trunc(index), 0), this.quotes.length - 1));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.reducedMotion.addEventListener('change', this.onMotionPreference);
    // Rotation is decided in updated(); after a move in the page no update would come by itself.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reducedMotion.removeEventListener('change', this.onMotionPreference);
    this.hovered = false;
  }

  protected override defaultStrings(): CarouselStrings {
    return carouselStrings;
  }

  protected override loadDefault(): Promise<Transcript> {
    if (this.slotted.length > 0) return loadBundledInterview();
    // Every quote, or one topic's.
    return this.topic ? loadBundledTopic(this.topic) : loadBundledQuotes();
  }

  protected override defaultKey(): unknown {
    return this.slotted.length > 0 ? BY_WORDS : this.topic || undefined;
  }

  protected override get ready(): Transcript | undefined {
    return this.chapterSource.apply(super.ready);
  }

  protected override pendingWork(): Promise<unknown> | undefined {
    return super.pendingWork() ?? this.chapterSource.pending ?? (this.check.status === TaskStatus.PENDING ? this.check.taskComplete : undefined);
  }

  protected override fallbackShown(): boolean {
    // Slides from blockquotes: the list stays until they are checked, and when none was found.
    if (this.slotted.length > 0 && this.ready) return this.selection?.ok !== true;
    return super.fallbackShown() || this.chapterSource.loading;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('autoplay')) this.stopped = !this.autoplay || this.reducedMotion.matches;
    if (changed.has('topic') || changed.has('speaker')) this.current = 0;
    this.slotted = slottedQuotes(this);
    this.slottedKey = JSON.stringify(this.slotted);
    this.select();
    const rotating = this.rotating;
    if (rotating && !this.wasRotating) this.rotationRuns++;
    this.wasRotating = rotating;
  }

  protected override firstUpdated(): void {
    // A page that changes its list of blockquotes changes the slides.
    this.renderRoot.addEventListener('slotchange', () => this.requestUpdate());
  }

  protected override updated(): void {
    super.updated();
    const interval = this.interval > 0 ? this.interval : DEFAULT_INTERVAL;
    // The progress bar fills in one interval; set through the CSSOM, which a CSP allows.
    this.renderRoot.querySelector<HTMLElement>('[part~=progress]')?.style.setProperty('--_interval', `${interval}ms`);
    if (this.rotating) this.timer.run(interval);
    else this.timer.stop();
  }

  protected override problem(): string | undefined {
    if (this.chapterSource.error) return this.chapterSource.error;
    if (this.selection?.ok === false) return this.selection.message;
    return this.slotted.length > 0 && this.check.status === TaskStatus.COMPLETE ? this.check.value?.message : undefined;
  }

  protected override renderView(transcript: Transcript) {
    if (this.selection === undefined) return nothing;
    const chaptersError = this.chapterSource.error ? this.renderError(this.chapterSource.error, this.terms.chaptersNotLoaded) : nothing;
    if (this.selection.ok === false) return html`${chaptersError}${this.renderError(this.selection.message)}`;
    const { terms } = this;
    const quotes = this.quotes;
    const count = quotes.length;
    const canRotate = this.autoplay && count > 1;
    return html`${chaptersError}
      <section
        part="base"
        aria-roledescription=${terms.carouselRole}
        aria-label=${this.label || terms.carouselLabel(transcript.title)}
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
      >
        <div class="controls">
          ${canRotate
            ? html`<button
                part="rotation"
                type="button"
                aria-label=${this.stopped ? terms.startRotation : terms.stopRotation}
                title=${this.stopped ? terms.startRotation : terms.stopRotation}
                @click=${this.toggleRotation}
              >${icon(this.stopped ? 'play' : 'pause')}</button>`
            : nothing}
          <button part="previous" type="button" aria-label=${terms.previousQuote} title=${terms.previousQuote} aria-controls="slides"
            ?disabled=${count < 2} @click=${() => this.showByUser(this.current - 1)}>${icon('previous')}</button>
          <span class="position">${terms.slidePosition(this.current + 1, count)}</span>
          <button part="next" type="button" aria-label=${terms.nextQuote} title=${terms.nextQuote} aria-controls="slides"
            ?disabled=${count < 2} @click=${() => this.showByUser(this.current + 1)}>${icon('next')}</button>
          ${canRotate && !this.stopped ? this.renderProgress() : nothing}
        </div>
        <div class="slides" id="slides" aria-live=${this.rotating ? 'off' : 'polite'} ?data-rotating=${canRotate && !this.stopped}>
          ${quotes.map((quote, index) => this.renderSlide(transcript, quote, index, count))}
        </div>
        ${count > 1 && count <= MAX_PICKER_SLIDES ? this.renderPicker(count) : nothing}
      </section>
    `;
  }

  /** The bar that fills until the next slide: it starts over with each slide and each restart of the timer. */
  private renderProgress() {
    return html`<div part="progress" class="progress" aria-hidden="true" ?data-paused=${!this.rotating}>
      ${keyed(`${this.current}:${this.rotationRuns}`, html`<span></span>`)}
    </div>`;
  }

  /** One button per slide (the APG carousel's picker); the reader's choice stops rotation. */
  private renderPicker(count: number) {
    return html`<div part="picker" class="picker">
      ${Array.from({ length: count }, (_, index) => html`<button type="button" aria-controls="slides"
        aria-label=${this.terms.pickSlide(index + 1, count)} aria-current=${index === this.current ? 'true' : 'false'}
        @click=${() => this.showByUser(index)}></button>`)}
    </div>`;
  }

  private renderSlide(transcript: Transcript, quote: Slide, index: number, count: number) {
    const speaker = lookup(transcript).speakerOfQuote(quote);
    const who = speaker ? `${speaker.name}${speaker.role ? ` (${speaker.role})` : ''}, ` : '';
    const href = this.safeHref(this.href);
    return html`
      <div part="slide" role="group" aria-roledescription=${this.terms.slideRole} aria-label=${this.terms.slideLabel(index + 1, count)}
        data-quote-id=${quote.id} ?inert=${index !== this.current}>
        <figure>
          <blockquote><p>${quote.text}</p></blockquote>
          <figcaption>— ${who}<cite>${transcript.title}</cite></figcaption>
        </figure>
        ${quote.check ? this.renderMark(quote.check) : nothing}
        ${href
          ? html`<p class="context"><a href=${quote.check ? this.check.value?.module.passageLink(href, quote.check.match) : contextLink(href, quote.segment, quote.text)}>${this.terms.readItInContext}</a></p>`
          : nothing}
      </div>
    `;
  }

  private renderMark(check: NonNullable<Slide['check']>) {
    const mark = this.check.value?.module.checkMark;
    if (!mark) return nothing;
    const words = check.status === 'verified' ? this.terms.slideVerified : this.terms.slideAmbiguous(check.count, check.occurrence);
    return html`<p class="mark">${mark(check.status, words)}</p>`;
  }

  private get quotes(): Slide[] {
    return this.selection?.ok ? this.selection.quotes : [];
  }

  /** Rotating right now: allowed, not stopped, not hovered, on the page, with slides to rotate. */
  private get rotating(): boolean {
    return this.autoplay && !this.stopped && !this.hovered && this.isConnected && this.quotes.length > 1;
  }

  /** Recomputes the slides when the data, the filter or the checked blockquotes changed; a new set starts at its first slide. */
  private select(): void {
    const transcript = this.ready;
    if (!transcript) {
      this.selection = this.selectionKey = undefined;
      return;
    }
    if (this.slotted.length > 0) {
      this.selectChecked();
      return;
    }
    const key = { transcript, topic: this.topic || undefined, speaker: this.speaker || undefined };
    const last = this.selectionKey;
    if (last && last.transcript === key.transcript && last.topic === key.topic && last.speaker === key.speaker) return;
    this.selectionKey = key;
    this.selection = selectQuotes(key.transcript, key);
    this.current = 0;
  }

  /** The slides of the slotted blockquotes that were found, once checked (none while checking). */
  private selectChecked(): void {
    const checked = this.check.status === TaskStatus.COMPLETE ? this.check.value : undefined;
    const selection: QuoteSelection | undefined = !checked || JSON.stringify(checked.asked) !== this.slottedKey
      ? undefined
      : checked.slides.length > 0
        ? { ok: true, quotes: checked.slides }
        : { ok: false, message: checked.message ?? 'There are no quotes to show.' };
    if (selection?.ok === true && this.selection?.ok === true && this.selection.quotes === selection.quotes) return;
    this.selectionKey = undefined;
    this.selection = selection;
    this.current = 0;
  }

  /** Shows slide `index` (wrapping around); returns whether the slide changed. */
  private show(index: number): boolean {
    const count = this.quotes.length;
    if (count === 0) return false;
    const target = ((index % count) + count) % count;
    if (target === this.current) return false;
    this.current = target;
    return true;
  }

  /** A move the reader asked for: it stops rotation and is announced with verbatim-slide-change. */
  private showByUser(index: number): void {
    this.stopped = true;
    if (!this.show(index)) return;
    const quote = this.quotes[this.current];
    if (quote) this.emit('verbatim-slide-change', { index: this.current, quoteId: quote.id });
  }

  private rotate(): void {
    // The media change event waits for the page to render (never, in a background tab): check again here.
    if (this.reducedMotion.matches && !this.startedDespiteReducedMotion) this.stopped = true;
    else this.show(this.current + 1);
  }

  private toggleRotation(): void {
    this.stopped = !this.stopped;
    this.startedDespiteReducedMotion = !this.stopped && this.reducedMotion.matches;
  }

  private onFocusIn(event: FocusEvent): void {
    const target = event.composedPath()[0];
    // A click on the rotation button focuses it (except in Safari) just before the click toggles
    // rotation: leave the decision to the click. Keyboard focus on it stops rotation, per APG.
    const rotation = this.rotationButton;
    if (rotation && target === rotation && !rotation.matches(':focus-visible')) return;
    this.stopped = true;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Keys inside a slide (on its link) are left alone: the slide would turn inert under the focus.
    if ((event.composedPath()[0] as Element).closest?.('[part~=slide]')) return;
    const forward = this.lineStart === 'left' ? 'ArrowRight' : 'ArrowLeft';
    const backward = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    const targets: Record<string, number> = {
      [backward]: this.current - 1,
      [forward]: this.current + 1,
      Home: 0,
      End: this.quotes.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.showByUser(target);
  }

  /** The side lines start from: 'left', or 'right' in right-to-left text (`dir="rtl"`). */
  private get lineStart(): SwipeDirection {
    return getComputedStyle(this).direction === 'rtl' ? 'right' : 'left';
  }

  private readonly onMotionPreference = (): void => {
    if (!this.reducedMotion.matches) return;
    this.stopped = true;
    this.startedDespiteReducedMotion = false;
  };
}
defineElement('verbatim-quote-carousel', VerbatimQuoteCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'verbatim-quote-carousel': VerbatimQuoteCarousel;
  }
}
