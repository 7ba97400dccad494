import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatLinkState, parseLinkState } from '../../core/link-state.js';
import type { LinkState } from '../../core/link-state.js';
import { PREFIX } from '../../core/links.js';

/** How long typing must pause before a typed search goes into the URL. */
const TYPING_PAUSE_MS = 400;
/** A scoped entry: `verbatim-<scope>:<state>`, the scope being the host's id (no `=` in it). */
const SCOPED = /^verbatim-([^:=]+):(.*)$/;

/** The page's fragment without its text directive (`:~:`), as its `&`-separated entries. */
const entries = (hash: string): string[] => (hash.replace(/^#/, '').split(':~:')[0] ?? '').split('&').filter(Boolean);

/** The scope an entry belongs to ('' for none). */
const scopeOf = (entry: string): string => {
  const scoped = SCOPED.exec(entry);
  return scoped ? decodeURIComponent(scoped[1] ?? '') : '';
};

/**
 * The link state of one element in the page URL. The fragment holds one entry per element that
 * keeps state there, joined by `&`: `#verbatim-s012` or `#verbatim-search=words` for an element
 * without an id (and for links from quotes and topic cards, which name no element), and
 * `#verbatim-<id>:s012` for an element with an id, so that two transcripts on a page keep their
 * own state. An element with an id reads its own entry, else the unscoped one.
 */
export class LinkStateController implements ReactiveController {
  private pendingWrite: ReturnType<typeof setTimeout> | undefined;
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when the page's fragment changes (e.g. the reader went back). */
    private readonly onChange: (state: LinkState) => void,
  ) {
    host.addController(this);
  }

  /** The state the page URL holds for the host. */
  read(): LinkState {
    const all = entries(location.hash);
    const own = this.scope && all.find((entry) => scopeOf(entry) === this.scope);
    const entry = own || all.find((item) => item.startsWith(PREFIX) && scopeOf(item) === '');
    if (!entry) return {};
    return parseLinkState(own ? `${PREFIX}${SCOPED.exec(entry)?.[2] ?? ''}` : entry);
  }

  /** The page URL with `state` as the host's entry, the other elements' entries kept. */
  url(state: LinkState): string {
    const formatted = formatLinkState(state);
    const own = formatted && this.scope ? `${PREFIX}${encodeURIComponent(this.scope)}:${formatted.slice(PREFIX.length)}` : formatted;
    // Other elements' entries stay; anything else in the fragment (a page anchor) gives way, as it did to one entry.
    const others = entries(location.hash).filter((entry) => entry.startsWith(PREFIX) && scopeOf(entry) !== this.scope);
    const fragment = [...others, ...(own ? [own] : [])].join('&');
    return `${location.href.split('#')[0]}${fragment ? `#${fragment}` : ''}`;
  }

  /**
   * Puts `state` in the address bar. Browsers throw past a rate limit (WebKit: 100 calls in 10 s,
   * easy to reach by typing in a few transcripts); the URL is a convenience, not worth an exception.
   */
  write(state: LinkState, method: 'pushState' | 'replaceState' = 'replaceState'): void {
    this.cancelWrite();
    try {
      history[method](history.state, '', this.url(state));
    } catch {
      // The page keeps its current URL.
    }
  }

  /**
   * Puts `state` in the address bar once the reader pauses typing: a history write costs about a
   * millisecond and counts against the browser's rate limit, so not one per keystroke.
   */
  writeSoon(state: LinkState): void {
    this.cancelWrite();
    this.pendingWrite = setTimeout(() => this.write(state), TYPING_PAUSE_MS);
  }

  private cancelWrite(): void {
    clearTimeout(this.pendingWrite);
    this.pendingWrite = undefined;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.changed);
  }

  hostDisconnected(): void {
    this.cancelWrite();
    window.removeEventListener('hashchange', this.changed);
  }

  /** The host's id, which scopes its entry. */
  private get scope(): string {
    return this.host.id;
  }

  private readonly changed = (): void => this.onChange(this.read());
}
