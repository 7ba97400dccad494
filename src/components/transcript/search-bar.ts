import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatTime } from '../../core/time.js';
import type { TranscriptStrings } from '../common/strings.js';

/** What the sticky bar shows: the query, its count and where the current match is. */
export interface SearchBarState {
  query: string;
  /** The count's text ('' when there is no search) and the number of matches. */
  count: string;
  total: number;
  /** The current match's segment note (e.g. "teaser") and start time, when it has them. */
  matchNote: string | undefined;
  matchStart: number | undefined;
  /** Whether there is timed media to follow, and whether it is being followed. */
  followable: boolean;
  following: boolean;
  /** Following was paused by the reader: "Back to now" resumes it. */
  interrupted: boolean;
  terms: TranscriptStrings;
}

export interface SearchBarActions {
  input(query: string): void;
  focus(): void;
  step(direction: 1 | -1): void;
  toggleFollowing(): void;
  backToNow(): void;
}


/** The sticky bar above the segments: `menus` (e.g. chapters, filters), the search box, its count, previous and next, Follow along. */
export function searchBar(state: SearchBarState, actions: SearchBarActions, menus: unknown = nothing) {
  const { terms, count, total } = state;
  // Enter and Shift+Enter step through the matches; Escape clears the search.
  const keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      actions.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && state.query) {
      event.preventDefault();
      actions.input('');
    }
  };
  // The button goes once following resumes: the focus moves to the toggle beside it.
  const backToNow = (event: Event): void => {
    actions.backToNow();
    (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>('[part~=follow]')?.focus();
  };
  return html`
    <div class="toolbar">
      ${menus}
      <div class="search" role="search">
        <label for="search">${terms.searchLabel}</label>
        <div class="search-row">
          <input id="search" part="search" type="search" autocomplete="off" spellcheck="false"
            aria-describedby="match-count" .value=${live(state.query)}
            @input=${(event: Event) => actions.input((event.target as HTMLInputElement).value)} @keydown=${keydown} @focus=${actions.focus} />
          <span id="match-count" part="match-count" role="status">${count}${count && total ? html`<span class="visually-hidden">${terms.matchesSuffix}</span>` : nothing}${
            state.matchNote ? html`<span class="match-note">${terms.matchNote(state.matchNote)}</span>` : nothing}${
            state.matchStart !== undefined ? html`<span class="match-time">${terms.matchTime(formatTime(state.matchStart))}</span>` : nothing}</span>
          <button part="previous-match" type="button" aria-label=${terms.previousMatch} title=${terms.previousMatchHint}
            ?disabled=${total === 0} @click=${() => actions.step(-1)}><span aria-hidden="true">↑</span></button>
          <button part="next-match" type="button" aria-label=${terms.nextMatch} title=${terms.nextMatchHint}
            ?disabled=${total === 0} @click=${() => actions.step(1)}><span aria-hidden="true">↓</span></button>
        </div>
      </div>
      ${state.followable ? html`<button part="follow" type="button" aria-pressed=${state.following ? 'true' : 'false'}
        title=${terms.followAlongHint} @click=${actions.toggleFollowing}>${terms.followAlong}</button>` : nothing}
      ${state.followable && state.interrupted ? html`<button class="back-to-now" type="button" @click=${backToNow}>${terms.backToNow}</button>` : nothing}
    </div>`;
}
