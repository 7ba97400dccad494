import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { quotationText, speakerAttribution } from '../../core/attribution.js';
import { passageLink } from '../../core/passage-link.js';
import { lookup } from '../../core/lookup.js';
import type { PassageMatch } from '../../core/passage.js';
import type { Transcript } from '../../core/types.js';
import { safeUrl } from '../../core/url.js';
import type { ClipboardController } from '../common/clipboard.js';
import type { VerbatimEventDetails } from '../common/events.js';
import type { TranscriptStrings } from '../common/strings.js';
import { selectedRange } from './selected-range.js';
import { firstSentence, passageOf, rangeOver, selectedParts, stepWord } from './selection.js';
import type { SelectedPart } from './selection.js';
import type { passageSnippet } from './quote-embed.js';

export { quoteToolbar } from './quote-toolbar.js';

/** The embed snippet's module (quote-embed.ts), loaded on first use. */
interface Embedder {
  passageSnippet: typeof passageSnippet;
}

/** Space between the selection and its toolbar, in pixels. */
const GAP = 8;

/** What the reader selected: a passage of one speaker (chosen by keyboard or not), or words of several speakers. */
export type QuoteSelection = { kind: 'passage'; match: PassageMatch; keyboard: boolean } | { kind: 'across' };

export interface QuoteSelectionOptions {
  transcript(): Transcript | undefined;
  terms(): TranscriptStrings;
  clipboard: ClipboardController;
  /** The transcript's file for an embed snippet: `{ src }` (none: the bundled interview), or undefined when it has no address. */
  source(): { src?: string } | undefined;
  emit(detail: VerbatimEventDetails['verbatim-quote-select']): void;
}

export type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const key = (match: PassageMatch): string => match.segments.map(({ id, start, end }) => `${id}:${start}-${end}`).join(' ');

/**
 * Turns a reader's selection of a transcript's words into a quote: tracks the selection (by
 * mouse, touch or keyboard) in the host's shadow root, fires `verbatim-quote-select` for each
 * new quotable one, places the toolbar next to it and does the toolbar's actions (copy the
 * quote, its link, its embed snippet). `quote()` starts a selection by keyboard.
 */
export class QuoteSelectionController implements ReactiveController {
  /** The selection the toolbar is for, if any. */
  selection: QuoteSelection | undefined;
  private selectedIn: Transcript | undefined;
  /** A pointer is down in the host: the selection is read when it is released. */
  private dragging = false;
  private lastEmitted = '';
  private embedModule: Promise<Embedder> | undefined;

  constructor(private readonly host: Host, private readonly options: QuoteSelectionOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('selectionchange', this.read);
    this.host.addEventListener('pointerdown', this.pressed);
    window.addEventListener('pointerup', this.released);
    window.addEventListener('resize', this.resized);
  }

  hostDisconnected(): void {
    document.removeEventListener('selectionchange', this.read);
    this.host.removeEventListener('pointerdown', this.pressed);
    window.removeEventListener('pointerup', this.released);
    window.removeEventListener('resize', this.resized);
    this.selection = undefined;
  }

  hostUpdated(): void {
    if (this.selection && this.selectedIn !== this.options.transcript()) this.close(false);
    else this.place();
  }

  /** Selects the first sentence of a segment and moves focus to the toolbar, whose keys then change the selection. */
  async quote(segmentId: string): Promise<void> {
    const transcript = this.options.transcript();
    const segment = transcript && lookup(transcript).segment(segmentId);
    if (!transcript || !segment) return;
    const [start, end] = firstSentence(segment.text);
    if (start === end) return;
    this.choose(transcript, [{ id: segmentId, speaker: segment.speaker, start, end }], true);
    await this.host.updateComplete;
    this.toolbar()?.querySelector('button')?.focus();
    const { terms } = this;
    void this.options.clipboard.announce(`${terms.quoteSelected(this.match()?.text ?? '')} ${terms.quoteKeyboardHint}`);
  }

  /** Keys on the toolbar: Shift+arrows change the passage by words, arrows move between its buttons, Escape cancels. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const forward = { ArrowRight: !rtl, ArrowLeft: rtl }[event.key];
    if (event.key === 'Escape') {
      this.close(true);
    } else if (event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      this.step('start', event.key === 'ArrowUp');
    } else if (event.shiftKey && forward !== undefined) {
      this.step('end', forward);
    } else if (forward !== undefined) {
      const buttons = [...(this.toolbar()?.querySelectorAll('button') ?? [])];
      const at = buttons.indexOf(this.root.activeElement as HTMLButtonElement);
      buttons[(at + (forward ? 1 : -1) + buttons.length) % buttons.length]?.focus();
    } else {
      return;
    }
    event.preventDefault();
  };

  /** Copies the words, who said them and a link to the moment. */
  copyQuote(): void {
    const { match, transcript } = this.current();
    if (!match || !transcript) return;
    const text = quotationText(match.text, speakerAttribution(transcript, match.speaker), passageLink(this.pageUrl(), match));
    void this.options.clipboard.copy(text, { copied: this.terms.quoteCopied, refused: this.terms.quoteCopyRefused });
  }

  /** Copies a link to the passage: its segment, its moment and a text fragment of its words. */
  copyLink(): void {
    const match = this.match();
    if (match) void this.options.clipboard.copy(passageLink(this.pageUrl(), match), { copied: this.terms.linkCopied, refused: this.terms.passageLinkCopyRefused });
  }

  /** Copies the HTML that embeds the passage as a `<verbatim-quote text>`, with its fallback. */
  async copyEmbed(): Promise<void> {
    const { match, transcript } = this.current();
    const source = this.options.source();
    if (!match || !transcript || !source) return;
    const href = safeUrl(this.pageUrl());
    const src = source.src === undefined ? undefined : safeUrl(new URL(source.src, document.baseURI).href);
    // Loaded when the toolbar appeared: this await ends at once, within the click's user activation.
    const { passageSnippet } = await this.embedder();
    void this.options.clipboard.copy(passageSnippet(transcript, match, href, src), { copied: this.terms.embedCopied, refused: this.terms.embedCopyRefused });
  }

  /** Whether the passage can be embedded: its transcript has an address (a `src`, or the bundled interview). */
  get embeddable(): boolean {
    return this.options.source() !== undefined;
  }

  private get terms(): TranscriptStrings {
    return this.options.terms();
  }

  private get root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  private match(): PassageMatch | undefined {
    return this.selection?.kind === 'passage' ? this.selection.match : undefined;
  }

  private current(): { match?: PassageMatch; transcript?: Transcript } {
    return { match: this.match(), transcript: this.selectedIn };
  }

  private pageUrl(): string {
    return location.href.split('#')[0] ?? location.href;
  }

  /** The embed snippet's module, loaded once. */
  private embedder(): Promise<Embedder> {
    this.embedModule ??= import('./quote-embed.js');
    return this.embedModule;
  }

  /** A press in the host: a selection made by dragging is read when the pointer is released. */
  readonly pressed = (event: PointerEvent): void => {
    if (!this.toolbar()?.contains(event.composedPath()[0] as Node)) this.dragging = true;
  };

  private readonly released = (): void => {
    if (!this.dragging) return;
    this.dragging = false;
    this.read();
  };

  private readonly resized = (): void => {
    if (this.selection) this.place();
  };

  /** Reads the page's selection: a passage, words of several speakers, or nothing of this transcript. */
  readonly read = (): void => {
    const transcript = this.options.transcript();
    if (this.dragging || !transcript) return;
    const range = selectedRange(this.root);
    const { segment } = lookup(transcript);
    const parts = range ? selectedParts(this.root, range, segment) : [];
    if (parts.length === 0) {
      // The toolbar keeps a passage chosen by keyboard while it has the focus (an engine may clear the selection then).
      if (this.selection && !(this.selection.kind === 'passage' && this.selection.keyboard && this.focusInToolbar())) this.close(false);
      return;
    }
    if (parts.some((part) => part.speaker !== parts[0]!.speaker)) {
      const wasAcross = this.selection?.kind === 'across';
      this.show(transcript, { kind: 'across' });
      if (!wasAcross) void this.options.clipboard.announce(this.terms.quoteAcrossSpeakers);
      return;
    }
    const match = passageOf(parts, segment);
    if (this.match() && key(this.match()!) === key(match)) return;
    this.choose(transcript, parts, false);
  };

  private choose(transcript: Transcript, parts: readonly SelectedPart[], keyboard: boolean): void {
    const { segment } = lookup(transcript);
    const match = passageOf(parts, segment);
    if (keyboard) this.mirror(match);
    this.show(transcript, { kind: 'passage', match, keyboard });
    if (key(match) === this.lastEmitted) return;
    this.lastEmitted = key(match);
    const [first] = match.segments;
    this.options.emit({ text: match.text, segmentId: first!.id, start: first!.start, end: first!.end, segments: match.segments });
  }

  private show(transcript: Transcript, selection: QuoteSelection): void {
    if (selection.kind === 'passage' && this.embeddable) void this.embedder();
    this.selection = selection;
    this.selectedIn = transcript;
    this.host.requestUpdate();
  }

  /** Moves one edge of a passage chosen by keyboard by a word, within its segment. */
  private step(edge: 'start' | 'end', grow: boolean): void {
    const match = this.match();
    const transcript = this.selectedIn;
    if (!match || !transcript) return;
    const parts = match.segments.map((part) => ({ ...part, speaker: match.speaker }));
    const index = edge === 'start' ? 0 : parts.length - 1;
    const part = parts[index]!;
    const text = lookup(transcript).segment(part.id)?.text ?? '';
    [part.start, part.end] = stepWord(text, [part.start, part.end], edge, grow);
    this.choose(transcript, parts, true);
    void this.options.clipboard.announce(this.terms.quoteSelected(this.match()?.text ?? ''));
  }

  /** Shows a passage chosen by keyboard as the page's selection too. */
  private mirror(match: PassageMatch): void {
    const first = match.segments[0]!;
    const last = match.segments[match.segments.length - 1]!;
    const from = this.textOf(first.id);
    const to = this.textOf(last.id);
    if (!from || !to) return;
    const start = rangeOver(from, first.start, first.start);
    const end = rangeOver(to, last.end, last.end);
    document.getSelection()?.setBaseAndExtent(start.startContainer, start.startOffset, end.endContainer, end.endOffset);
  }

  /** Hides the toolbar; `cancel` also clears the selection and brings the focus back to the passage's Quote button. */
  private close(cancel: boolean): void {
    const first = this.match()?.segments[0]?.id;
    const hadFocus = this.focusInToolbar();
    this.selection = undefined;
    this.lastEmitted = '';
    this.host.requestUpdate();
    if (cancel) document.getSelection()?.removeAllRanges();
    if ((cancel || hadFocus) && first) {
      this.root.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(first)}"] .quote-passage`)?.focus();
    }
  }

  private focusInToolbar(): boolean {
    const active = this.root.activeElement;
    return active !== null && this.toolbar()?.contains(active) === true;
  }

  private toolbar(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.quote-toolbar');
  }

  private textOf(segmentId: string): Element | null {
    return this.root.querySelector(`[data-segment-id="${CSS.escape(segmentId)}"] > .text`);
  }

  /**
   * Places the toolbar above the selection, or below it where the sticky search bar or the top
   * of the view would hide it, within the width of the transcript.
   */
  private place(): void {
    const toolbar = this.toolbar();
    const base = toolbar?.offsetParent;
    if (!toolbar || !base) return;
    const match = this.match();
    const range = selectedRange(this.root) ?? (match && this.textOf(match.segments[0]!.id)
      ? rangeOver(this.textOf(match.segments[0]!.id)!, match.segments[0]!.start, match.segments[0]!.end) : undefined);
    const rects = range ? [...range.getClientRects()].filter((rect) => rect.width > 0) : [];
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) return;
    const area = base.getBoundingClientRect();
    const covered = Math.max(0, this.root.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0);
    const above = first.top - toolbar.offsetHeight - GAP >= covered;
    const top = above ? first.top - area.top - toolbar.offsetHeight - GAP : last.bottom - area.top + GAP;
    const left = Math.min(Math.max(0, (above ? first.left : last.left) - area.left), Math.max(0, area.width - toolbar.offsetWidth));
    toolbar.style.top = `${Math.round(top)}px`;
    toolbar.style.left = `${Math.round(left)}px`;
  }
}
