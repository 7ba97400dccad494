import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { speakerOrder } from '../../core/archive/speaker-order.js';
import { createArchiveSearch } from '../../core/archive/index.js';
import type { ArchiveFacets, ArchiveHit, ArchiveSearch } from '../../core/archive/types.js';
import { formatTime } from '../../core/time.js';
import { safeUrl } from '../../core/url.js';
import { runSoon } from '../common/background.js';
import { defineElement } from '../common/define.js';
import { themeStyles } from '../common/theme.styles.js';
import { archiveSearchStyles } from './archive-search.styles.js';

/** Every word the element shows or announces, for other languages. */
export interface ArchiveSearchStrings {
  label: string;
  speaker: string;
  anySpeaker: string;
  year: string;
  anyYear: string;
  searching: string;
  results: (hits: number, episodes: number) => string;
  noResults: (query: string) => string;
  /** A hit's time, e.g. "at 1:05". */
  at: (time: string) => string;
  /** What the reader sees when the archive cannot be searched (the reason goes to the developer). */
  notLoaded: string;
  /** The message when neither `src` nor `engine` is set. */
  noArchive: string;
  /** The message when `src` is not an http(s) or relative URL. */
  badSrc: (src: string) => string;
}

export const ARCHIVE_SEARCH_STRINGS: ArchiveSearchStrings = {
  label: 'Search every episode',
  speaker: 'Speaker',
  anySpeaker: 'Any speaker',
  year: 'Year',
  anyYear: 'Any year',
  searching: 'Searching…',
  results: (hits, episodes) => `${hits} ${hits === 1 ? 'result' : 'results'} in ${episodes} ${episodes === 1 ? 'episode' : 'episodes'}`,
  noResults: (query) => `No results for “${query}”.`,
  at: (time) => `at ${time}`,
  notLoaded: 'The archive could not be searched.',
  noArchive: 'Set src to the folder of an archive built with "verbatim archive build", or set the engine property.',
  badSrc: (src) => `The archive src "${src}" is not an http(s) or relative URL.`,
};

type Status = 'idle' | 'searching' | 'done' | 'error';

/** Keys closer together than this (ms) are a reader typing a query still incomplete. */
const TYPING_GAP = 300;
/**
 * While the reader types, a search waits this long (ms) before downloading what it lacks, so that
 * the words typed past cost nothing; what is loaded already is searched at once.
 */
const TYPING_DELAY = 160;

/** Hits in order, grouped by episode in the order of each episode's best hit. */
function byEpisode(hits: readonly ArchiveHit[]): ArchiveHit[][] {
  const groups = new Map<string, ArchiveHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.episode.id);
    if (group) group.push(hit);
    else groups.set(hit.episode.id, [hit]);
  }
  return [...groups.values()];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A date formatter for the language of `element`, made once: making one costs more than rendering a result. */
function dateFormat(element: Element): Intl.DateTimeFormat {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'medium', timeZone: 'UTC' })));
  return format;
}

/** `text` with its `ranges` as marks; ranges out of order or out of bounds are skipped. */
function marked(text: string, ranges: readonly [number, number][]) {
  const parts: unknown[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (!(start >= at && end > start && end <= text.length)) continue;
    parts.push(text.slice(at, start), html`<mark part="match">${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

/**
 * A search box over a whole archive of episodes. Results come grouped by episode (title and
 * date), each a passage around the match with the matched words marked, its speaker and time,
 * and a link to that moment on the episode's page. Words are found despite typos, as in
 * `<verbatim-transcript>`; filters choose a speaker or a year. Nothing is downloaded until the
 * search box is focused; then only the parts of the index that a query needs, and results show
 * as they arrive. Arrow keys move between the search box and the results; the number of results
 * is announced.
 *
 * The answers come from the static index that `verbatim archive build` writes (`src`), or from
 * any object with the archive search interface (`engine`), e.g. an adapter over a search server.
 *
 * @summary Search every episode of an archive, typo-tolerant, with links to the moment.
 * @slot - Fallback shown until the element can search, and without JavaScript: e.g. a link to the list of episodes.
 * @csspart base - The wrapper of the form, the status and the results.
 * @csspart search - The search box.
 * @csspart result - Each hit: a link to its moment (passage, speaker and time).
 * @csspart match - A matched word in a hit's passage.
 * @csspart error - The message shown when the archive cannot be searched.
 * @cssproperty --verbatim-accent - Hovered and focused results, the focus ring.
 * @cssproperty --verbatim-mark - The background of matched words.
 * @cssproperty --verbatim-font - The font of the passages.
 * @cssproperty --verbatim-ui-font - The font of the form, titles and details.
 * @fires {{query: string, hits: ArchiveHit[]}} verbatim-archive-search - The reader's search has all its results (or was cleared); hits are best first.
 * @fires {{message: string}} verbatim-error - The archive cannot be loaded or searched.
 */
export class VerbatimArchiveSearch extends LitElement {
  static override styles = [themeStyles, archiveSearchStyles];
  static override properties: PropertyDeclarations = {
    src: {}, engine: { attribute: false }, strings: { attribute: false },
    query: { state: true, attribute: false }, speaker: { state: true, attribute: false },
    year: { state: true, attribute: false }, status: { state: true, attribute: false },
    hits: { state: true, attribute: false }, facets: { state: true, attribute: false },
    message: { state: true, attribute: false },
  };

  /** URL of the folder written by `verbatim archive build` (or of its manifest.json). */
  src?: string;
  /** Any object with the archive search interface; overrides `src`. */
  engine?: ArchiveSearch;
  /** Every visible and announced word. */
  strings: ArchiveSearchStrings = ARCHIVE_SEARCH_STRINGS;

  private query = '';
  private speaker = '';
  private year = '';
  private status: Status = 'idle';
  private hits: ArchiveHit[] = [];
  private facets?: ArchiveFacets;
  /** Why the archive cannot be searched, until a search succeeds: the error stays shown while a retry runs. */
  private message = '';

  private active?: ArchiveSearch;
  private running?: AbortController;
  /** Facets that arrived during a search: a long list of speakers is rendered once results show. */
  private unshownFacets?: ArchiveFacets;
  /** Each filter's option elements, per list of facets (see options). */
  private optionElements = new WeakMap<ArchiveFacets, Record<'speaker' | 'year', HTMLOptionElement[]>>();
  /** When the last key was typed (performance.now()). */
  private lastInput = -Infinity;
  /** A problem with `src` or `engine` found while updating, reported once the update is done. */
  private unreported?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('engine')) {
      this.running?.abort();
      this.active = undefined;
      this.facets = undefined;
      this.unshownFacets = undefined;
      this.hits = [];
      this.message = this.engine || safeUrl(this.src) !== undefined ? '' : this.src ? this.strings.badSrc(this.src) : this.strings.noArchive;
      this.status = this.message ? 'error' : 'idle';
      this.unreported = this.message || undefined;
    }
  }

  protected override updated(): void {
    if (this.unreported) this.report(this.unreported);
    this.unreported = undefined;
  }

  protected override firstUpdated(): void {
    // The date format and the collator that sorts speakers load locale data (10–20 ms the first
    // time): done while the page is idle, not between a query's downloads.
    runSoon(() => {
      dateFormat(this);
      speakerOrder();
    }, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.running?.abort();
  }

  /** The engine to ask, created on first need so that the page downloads nothing before. */
  private archive(): ArchiveSearch | undefined {
    if (this.message && !this.active) return undefined;
    if (!this.active) {
      this.active = this.engine ?? createArchiveSearch(new URL(safeUrl(this.src)!, document.baseURI).href);
      const asked = this.active;
      asked.facets?.().then(
        (facets) => {
          if (this.active !== asked) return;
          if (this.status === 'searching') this.unshownFacets = facets;
          else this.facets = facets;
        },
        (error: unknown) => {
          if (this.active === asked) this.fail((error as Error).message);
        },
      );
    }
    return this.active;
  }

  private fail(message: string): void {
    // Each keystroke asks again: the same failure is reported once, until a search succeeds.
    const repeated = message === this.message;
    this.status = 'error';
    this.message = message;
    if (!repeated) this.report(message);
  }

  /** Tells the page's developer what went wrong, once per error: on the console and in `verbatim-error`. */
  private report(message: string): void {
    console.error(`<${this.localName}>: ${message}`);
    this.dispatchEvent(new CustomEvent('verbatim-error', { detail: { message }, bubbles: true, composed: true }));
  }

  /** Searches for the query; `delay` is passed on to the engine (see ArchiveSearchOptions). */
  private async run(delay = 0): Promise<void> {
    this.running?.abort();
    const query = this.query;
    const archive = this.archive();
    if (!archive) return;
    if (query.trim() === '') {
      this.status = 'idle';
      this.hits = [];
      this.announce(query, []);
      return;
    }
    const running = (this.running = new AbortController());
    this.status = 'searching';
    this.hits = [];
    try {
      const hits = await archive.search(query, {
        ...(this.speaker && { speaker: this.speaker }),
        ...(this.year && { year: Number(this.year) }),
        signal: running.signal,
        ...(delay > 0 && { delay }),
        onHits: (partial) => {
          if (running.signal.aborted) return;
          this.hits = partial;
          this.showFacets();
        },
      });
      if (running.signal.aborted) return;
      this.hits = hits;
      this.status = 'done';
      this.message = '';
      this.announce(query, hits);
    } catch (error) {
      if (!running.signal.aborted) this.fail((error as Error).message);
    }
    if (!running.signal.aborted) this.showFacets();
  }

  /**
   * Shows the facets that arrived while the first results were awaited, once those results are on
   * screen: a thousand speakers in a list cost the first results' frame some 50 ms.
   */
  private showFacets(): void {
    const facets = this.unshownFacets;
    if (!facets) return;
    this.unshownFacets = undefined;
    const asked = this.active;
    requestAnimationFrame(() => setTimeout(() => {
      if (this.active === asked) this.facets = facets;
    }));
  }

  private announce(query: string, hits: ArchiveHit[]): void {
    this.dispatchEvent(new CustomEvent('verbatim-archive-search', { detail: { query, hits }, bubbles: true, composed: true }));
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    const typing = event.timeStamp - this.lastInput < TYPING_GAP;
    this.lastInput = event.timeStamp;
    void this.run(typing ? TYPING_DELAY : 0);
  }

  private onFilter(event: Event): void {
    const select = event.target as HTMLSelectElement;
    if (select.name === 'speaker') this.speaker = select.value;
    else this.year = select.value;
    void this.run();
  }

  /** Arrow keys move between the search box and the results; Escape goes back to the box. */
  private onKeyDown(event: KeyboardEvent): void {
    const links = [...this.renderRoot.querySelectorAll<HTMLElement>('a[part~=result]')];
    const input = this.renderRoot.querySelector<HTMLInputElement>('input')!;
    const at = links.indexOf(event.composedPath()[0] as HTMLElement);
    const last = links.length - 1;
    const target = ({
      ArrowDown: at < last ? links[at + 1] : undefined,
      ArrowUp: at > 0 ? links[at - 1] : at === 0 ? input : undefined,
      Home: at >= 0 ? links[0] : undefined,
      End: at >= 0 ? links[last] : undefined,
      Escape: at >= 0 ? input : undefined,
    } as Record<string, HTMLElement | undefined>)[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  override render() {
    const usable = !this.message || !!this.active;
    const strings = this.strings;
    const groups = byEpisode(this.hits);
    const status = this.status === 'searching' && this.hits.length === 0
      ? strings.searching
      : this.status === 'done' && this.hits.length === 0
        ? strings.noResults(this.query.trim())
        : this.status !== 'idle' && this.status !== 'error' ? strings.results(this.hits.length, groups.length) : '';
    return html`
      <div class="fallback" ?hidden=${usable}><slot></slot></div>
      ${this.message ? html`<p part="error" role="alert">${strings.notLoaded}</p>` : nothing}
      <div part="base" ?hidden=${!usable} @keydown=${this.onKeyDown}>
        <form role="search" @submit=${(event: Event) => event.preventDefault()}>
          <label class="query">${strings.label}
            <input part="search" type="search" autocomplete="off" spellcheck="false" .value=${live(this.query)}
              @input=${this.onInput} @focus=${() => this.archive()} />
          </label>
          ${this.facets?.speakers.length ? this.renderFilter('speaker', strings.speaker, strings.anySpeaker, this.facets) : nothing}
          ${this.facets?.years.length ? this.renderFilter('year', strings.year, strings.anyYear, this.facets) : nothing}
        </form>
        <p class="status" role="status">${status}</p>
        ${groups.length ? html`<ol class="episodes" aria-label=${strings.label}>${groups.map((group) => this.renderEpisode(group))}</ol>` : nothing}
      </div>
    `;
  }

  private renderFilter(name: 'speaker' | 'year', label: string, any: string, facets: ArchiveFacets) {
    const chosen = name === 'speaker' ? this.speaker : this.year;
    return html`<label>${label}
      <select name=${name} @change=${this.onFilter}>
        <option value="" ?selected=${chosen === ''}>${any}</option>
        ${this.options(facets, name, chosen)}
      </select>
    </label>`;
  }

  /**
   * A filter's options as elements made once per list of facets, with `chosen` selected: an
   * archive of a thousand guests has a thousand speakers, which as templates cost the frame
   * that shows them some 50 ms, and every later render a pass over them.
   */
  private options(facets: ArchiveFacets, name: 'speaker' | 'year', chosen: string): HTMLOptionElement[] {
    let made = this.optionElements.get(facets);
    if (!made) {
      const make = (values: readonly (string | number)[]) => values.map((value) => new Option(String(value), String(value)));
      this.optionElements.set(facets, (made = { speaker: make(facets.speakers), year: make(facets.years) }));
    }
    for (const option of made[name]) if (option.selected !== (option.value === chosen)) option.selected = option.value === chosen;
    return made[name];
  }

  private renderEpisode(hits: ArchiveHit[]) {
    const { title, published } = hits[0]!.episode;
    const date = published && !Number.isNaN(Date.parse(published)) ? dateFormat(this).format(new Date(published)) : '';
    return html`<li>
      <p class="episode"><span>${title}</span>${date ? html`<time datetime=${published!}>${date}</time>` : nothing}</p>
      <ul>${hits.map((hit) => html`<li>${this.renderHit(hit)}</li>`)}</ul>
    </li>`;
  }

  private renderHit(hit: ArchiveHit) {
    const who = [hit.speaker, hit.start !== undefined ? this.strings.at(formatTime(hit.start)) : undefined].filter(Boolean).join(', ');
    const content = html`${who ? html`<span class="who">${who}</span>` : nothing}<span class="snippet">${marked(hit.text, hit.ranges)}</span>`;
    const href = safeUrl(hit.href);
    return href ? html`<a part="result" href=${href}>${content}</a>` : html`<div part="result">${content}</div>`;
  }
}
defineElement('verbatim-archive-search', VerbatimArchiveSearch);

declare global {
  interface HTMLElementTagNameMap {
    'verbatim-archive-search': VerbatimArchiveSearch;
  }
  interface GlobalEventHandlersEventMap {
    'verbatim-archive-search': CustomEvent<{ query: string; hits: ArchiveHit[] }>;
  }
}
