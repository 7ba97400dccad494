import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { formatTime } from '../../core/time.js';
import type { Speaker, Topic, Transcript } from '../../core/types.js';
import type { TranscriptStrings } from '../common/strings.js';
import { topicHeadingId } from './layout.js';
import type { LinkStateController } from './link-state.js';

/** Escape closes a menu of the bar, the focus back on its button. */
function closeOnEscape(event: KeyboardEvent): void {
  const menu = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !menu.open) return;
  event.preventDefault();
  menu.open = false;
  menu.querySelector('summary')?.focus();
}

/** The chapters' menu: where each chapter's link points, and what a click on it does. */
export interface TopicLinks {
  url(topic: Topic): string;
  go(event: MouseEvent, topic: Topic): void;
}

/** Links to the chapters' first passages; a plain click goes to the chapter's heading, focused, and keeps it in the history. */
export function topicLinks(links: LinkStateController, root: () => ParentNode): TopicLinks {
  return {
    url: (topic) => links.url({ segment: topic.segments[0] }),
    go: (event, topic) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      links.write({ segment: topic.segments[0] }, 'pushState');
      const heading = root().querySelector<HTMLElement>(`#${CSS.escape(topicHeadingId(topic))}`);
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'start' });
    },
  };
}

/**
 * The chapters as a menu in the sticky bar: a disclosure whose button names the chapter being
 * read (and its time), opening onto the list of chapters' links over the text, so that it takes
 * one line however many chapters there are. Rendered again only when its inputs change.
 */
export function chaptersMenu(topics: Topic[], shown: number, current: Topic | undefined, time: string | undefined, terms: TranscriptStrings, links: TopicLinks) {
  const go = (event: MouseEvent, topic: Topic) => {
    links.go(event, topic);
    if (event.defaultPrevented) (event.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
  };
  return guard([topics, shown, current, time, terms], () => html`
    <details class="chapters menu" @keydown=${closeOnEscape}>
      <summary>${terms.chapters(current?.title, time)}</summary>
      <nav aria-label=${terms.topics}>
        <ol>
          ${topics.slice(0, shown).map((topic) => html`<li><a href=${links.url(topic)} aria-current=${topic === current ? 'location' : nothing}
            @click=${(event: MouseEvent) => go(event, topic)}>${topic.title}</a></li>`)}
        </ol>
      </nav>
    </details>
  `);
}

/** The filters a reader chooses in the bar. */
export interface ReadingFilters {
  speaker: string | undefined;
  topic: string | undefined;
  matchesOnly: boolean;
  /** Which filter controls the page wants (the `filters` attribute): `speaker`, `topic`, both (undefined) or `none`. */
  controls: string | undefined;
}

export interface FilterActions {
  change(filters: Partial<Pick<ReadingFilters, 'speaker' | 'topic' | 'matchesOnly'>>): void;
}

/**
 * Speaker and chapter choices and "Show matches only", in a menu of the bar whose button says how
 * many are set, so that the bar keeps to two lines on a phone. Rendered again only when its
 * inputs change: a long transcript's chapter list is hundreds of options, and a keystroke changes
 * none. Its chapters come a batch at a time, as the chapters menu's do (`shownTopics`), and
 * always as far as the chosen one.
 */
export function filterControls(speakers: Speaker[], topics: Topic[], shownTopics: number, filters: ReadingFilters, terms: TranscriptStrings, actions: FilterActions) {
  const { speaker, topic, matchesOnly, controls } = filters;
  const listed = Math.max(shownTopics, topics.findIndex(({ id }) => id === topic) + 1);
  return guard([speakers, topics, listed, speaker, topic, matchesOnly, controls, terms, actions], () => {
    const wanted = (control: string) => controls === undefined || controls.split(/\s+/).includes(control);
    const chosen = (event: Event) => (event.target as HTMLSelectElement).value || undefined;
    const select = (id: string, label: string, all: string, value: string | undefined, options: { id: string; name: string }[], pick: (value: string | undefined) => void) => html`
      <label class="filter" for=${id}>${label}</label>
      <select id=${id} @change=${(event: Event) => pick(chosen(event))}>
        <option value="" .selected=${!value}>${all}</option>
        ${options.map((option) => html`<option value=${option.id} .selected=${option.id === value}>${option.name}</option>`)}
      </select>`;
    const set = [speaker, topic, matchesOnly || undefined].filter(Boolean).length;
    return html`
      <details class="filters menu" @keydown=${closeOnEscape}>
      <summary>${terms.filtersMenu(set)}</summary>
      <div class="panel">
        ${wanted('speaker') && speakers.length > 1
          ? select('speaker-filter', terms.speakerFilter, terms.allSpeakers, speaker, speakers, (value) => actions.change({ speaker: value }))
          : nothing}
        ${wanted('topic') && topics.length > 1
          ? select('topic-filter', terms.topicFilter, terms.allTopics, topic, topics.slice(0, listed).map(({ id, title }) => ({ id, name: title })), (value) => actions.change({ topic: value }))
          : nothing}
        <label class="matches-only"><input type="checkbox" .checked=${matchesOnly}
          @change=${(event: Event) => actions.change({ matchesOnly: (event.target as HTMLInputElement).checked })} />${terms.matchesOnly}</label>
      </div>
      </details>`;
  });
}

/** Where the reader is and what they chose, for the bar. */
export interface ReadingBarState {
  /** How many chapters' links are rendered yet; the heading id of the chapter being read and the time there. */
  shownTopics: number;
  headingId: string | undefined;
  time: number | undefined;
  filters: ReadingFilters;
  terms: TranscriptStrings;
  links: TopicLinks;
  actions: FilterActions;
}

/** The bar's first line: the chapters' menu and the filters' menu. */
export function readingBar(transcript: Transcript, state: ReadingBarState) {
  const { topics } = transcript;
  const current = topics.find((topic) => topicHeadingId(topic) === state.headingId);
  const time = state.time === undefined ? undefined : formatTime(state.time);
  return html`<div class="menus">
    ${topics.length ? chaptersMenu(topics, state.shownTopics, current, time, state.terms, state.links) : nothing}
    ${filterControls(transcript.speakers, topics, state.shownTopics, state.filters, state.terms, state.actions)}
  </div>`;
}
