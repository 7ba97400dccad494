import { html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { speakerAttribution, speakerLabel } from '../../core/attribution.js';
import { topicKeyQuote } from '../../core/chapter-card.js';
import { contextLink } from '../../core/links.js';
import { lookup } from '../../core/lookup.js';
import { formatTime } from '../../core/time.js';
import { topicCardContent } from '../../core/topic-card.js';
import type { TopicCardContent } from '../../core/topic-card.js';
import type { Transcript } from '../../core/types.js';
import { safeUrl } from '../../core/url.js';
import { loadBundledInterview } from '../common/bundled.js';
import { loadBundledTopic } from '../common/bundled-topic.js';
import { ChaptersController } from '../common/chapters.js';
import { defineElement } from '../common/define.js';
import { loadPassageCheck } from '../common/load-passage-check.js';
import type { PassageCheckModule } from '../common/load-passage-check.js';
import type { PassageCheck } from '../common/passage-check.js';
import { Task, TaskStatus } from '../common/task.js';
import { themeStyles } from '../common/theme.styles.js';
import type { TopicCardStrings } from '../common/strings.js';
import { VerbatimElement } from '../common/verbatim-element.js';
import { topicCardStrings } from './topic-card.strings.js';
import { topicCardStyles } from './topic-card.styles.js';

const DEFAULT_HEADING_LEVEL = 3;
/** The default's key when the key quote is chosen by its words: they are looked up in the whole interview. */
const BY_WORDS = Symbol('by words');

/** What the card shows for a topic, everything already resolved to text. */
interface TopicCardView {
  language: string;
  title: string;
  summary: string;
  /** Where the part lies in the recording ("4:05–9:30"), for a topic without a summary. */
  time?: { start: string; end?: string };
  /** The topic's image and its page, when safe URLs. */
  img?: string;
  href?: string;
  /** `whoHref`: the page of the quote's speaker, when a safe URL. */
  quote?: { text: string; who?: string; whoHref?: string; work: string };
  /** The names of who speaks in the topic. */
  speakers: string[];
  /** The first segment of the topic, where the context link points. */
  firstSegment: string;
}

type TopicCardState = { ok: true; card: TopicCardView } | { ok: false; message: string };

function topicCardView(transcript: Transcript, topicId: string | undefined): TopicCardState {
  let content: TopicCardContent;
  try {
    // Without a `topic`, the card shows the transcript's first topic.
    content = topicCardContent(transcript, topicId);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const data = lookup(transcript);
  const topic = data.topic(content.topicId)!;
  const { quote, time } = content;
  const keyQuote = quote && topicKeyQuote(transcript, topic);
  return {
    ok: true,
    card: {
      language: content.language,
      title: content.title,
      summary: content.summary,
      time: time && { start: formatTime(time.start), end: time.end === undefined ? undefined : formatTime(time.end) },
      img: safeUrl(topic.img),
      href: safeUrl(topic.href),
      quote: quote && {
        text: quote.text,
        who: speakerLabel(quote.attribution),
        whoHref: safeUrl((keyQuote && data.speakerOfQuote(keyQuote))?.href),
        work: quote.attribution.work,
      },
      speakers: content.speakers,
      firstSegment: content.firstSegment,
    },
  };
}

/** The card's key quote from the passage that checking `quote-text` found; undefined when none was found. */
function checkedQuote(transcript: Transcript, check: PassageCheck): TopicCardView['quote'] {
  if (check.status !== 'verified' && check.status !== 'ambiguous') return undefined;
  const attribution = speakerAttribution(transcript, check.match.speaker);
  return { text: check.match.text, who: speakerLabel(attribution), work: attribution.work };
}

/**
 * A card for one topic of a transcript, compact enough for a sidebar: its title, summary, key
 * quote (the topic's first, or the words of `quote-text`) with its attribution, who speaks in that part and, with `href`, a
 * link to that part of the transcript page. A topic without quotes gets a card without one.
 * Without a `topic` attribute the card shows the transcript's first topic. A topic made from a
 * chapter (`chapters`, or an imported feed) has only a title: its card shows the part's time
 * range instead of a summary and, unless a soundbite is its quote, the part's opening sentence;
 * the chapter's image and page are shown too. A speaker with a page (`href`) is linked from the
 * quote's attribution.
 *
 * With `quote-text`, the key quote is chosen by its words: they are looked up in the transcript
 * and checked as `<verbatim-quote text>` checks them, and the card shows the transcript's own
 * words with "Verified against the transcript" (or, for words said several times, which
 * occurrence it shows). Words that are not in the transcript leave the card without a key quote
 * and fire `verbatim-error` with the closest passage and a word diff.
 *
 * Light-DOM content (e.g. the title and summary as plain HTML) is shown until the card is
 * ready and when it cannot be shown.
 *
 * @summary A compact card for one topic of a conversation.
 * @slot - Fallback shown until the card is ready and when it cannot be shown.
 * @csspart base - The card (`<article>`).
 * @csspart title - The topic's title, a heading of level `heading-level`.
 * @csspart summary - The topic's summary.
 * @csspart time - For a topic without a summary (a chapter): where its part lies in the recording.
 * @csspart image - The topic's image (a chapter's artwork), when it has one.
 * @csspart quote - The key quote with its attribution (only when the topic has quotes).
 * @csspart context-link - The link to this part of the transcript (only with a usable `href`).
 * @csspart error - The message shown when data cannot be used or the topic does not exist.
 * @cssproperty --verbatim-accent - The key quote's border, the link and the focus ring.
 * @cssproperty --verbatim-text - The text colour.
 * @cssproperty --verbatim-surface - The card's background.
 * @cssproperty --verbatim-border - The card's border.
 * @cssproperty --verbatim-font - The font of the title and the quote.
 * @cssproperty --verbatim-ui-font - The font of the summary and the small print.
 * @cssproperty --verbatim-radius - The corner radius.
 * @cssproperty --verbatim-spacing - The padding inside the card.
 * @csspart check - What checking `quote-text` against the transcript found, with `data-state`.
 * @fires {{message: string}} verbatim-error - The data cannot be used, the chapters cannot be used (the card keeps the transcript's own topics), the topic does not exist, or the words of `quote-text` are not in the transcript.
 */
export class VerbatimTopicCard extends VerbatimElement<TopicCardStrings> {
  static override styles = [themeStyles, topicCardStyles];
  static override properties: PropertyDeclarations = {
    topic: {}, quoteText: { attribute: 'quote-text' }, href: {},
    headingLevel: { type: Number, attribute: 'heading-level' }, chapters: {},
  };

  /** The id of the topic to show; the first topic when absent. */
  topic?: string;
  /** The words of the key quote, looked up and checked in the transcript; the topic's first quote when absent. */
  quoteText?: string;
  /** URL of the page with the full transcript; the card links to the topic's first segment there. */
  href?: string;
  /** The level (1 to 6) of the title's heading, to fit the page's outline; 3 by default. */
  headingLevel = DEFAULT_HEADING_LEVEL;
  /** URL of a Podcasting 2.0 chapters file or a WebVTT chapters track: its chapters become the topics of a timed transcript. */
  chapters?: string;

  private readonly chapterSource = new ChaptersController(this, () => this.chapters);

  private view: { transcript: Transcript; topic: string | undefined; state: TopicCardState } | undefined;

  /** The check of `quote-text` against the transcript, with the module that shows it (loaded on first use). */
  private readonly check = new Task(this, {
    args: () => [this.ready, this.quoteText || undefined] as const,
    task: async ([transcript, text]) => {
      if (!transcript || !text) return undefined;
      const module = await loadPassageCheck();
      module.adoptCheckStyles(this.renderRoot);
      return { module, result: module.checkPassages(transcript, [{ text }])[0]! };
    },
  });

  protected override defaultStrings(): TopicCardStrings {
    return topicCardStrings;
  }

  protected override loadDefault(): Promise<Transcript> {
    return this.quoteText ? loadBundledInterview() : loadBundledTopic(this.topic || undefined);
  }

  protected override defaultKey(): unknown {
    return this.quoteText ? BY_WORDS : this.topic || undefined;
  }

  /** The checked key quote once `quote-text` is checked; undefined without `quote-text` or while checking. */
  private get checked(): { module: PassageCheckModule; result: PassageCheck } | undefined {
    return this.quoteText && this.check.status === TaskStatus.COMPLETE ? this.check.value : undefined;
  }

  protected override get ready(): Transcript | undefined {
    return this.chapterSource.apply(super.ready);
  }

  protected override pendingWork(): Promise<unknown> | undefined {
    return super.pendingWork() ?? this.chapterSource.pending ?? (this.check.status === TaskStatus.PENDING ? this.check.taskComplete : undefined);
  }

  protected override willUpdate(): void {
    const transcript = this.ready;
    const topic = this.topic || undefined;
    if (!transcript) this.view = undefined;
    else if (this.view?.transcript !== transcript || this.view.topic !== topic) this.view = { transcript, topic, state: topicCardView(transcript, topic) };
  }

  protected override problem(): string | undefined {
    const state = this.view?.state;
    if (this.chapterSource.error) return this.chapterSource.error;
    if (state?.ok === false) return state.message;
    const result = this.checked?.result;
    return result && 'message' in result ? result.message : undefined;
  }

  protected override fallbackShown(): boolean {
    // With quote-text, the card waits for the check, so that its quote does not pop in late.
    return this.view?.state.ok !== true || (Boolean(this.quoteText) && !this.checked);
  }

  protected override renderView() {
    const state = this.view?.state;
    if (!state) return nothing;
    const chaptersError = this.chapterSource.error;
    return html`${chaptersError ? this.renderError(chaptersError, this.terms.chaptersNotLoaded) : nothing}${state.ok ? this.renderCard(state.card) : this.renderError(state.message)}`;
  }

  private renderCard(card: TopicCardView) {
    if (this.quoteText && !this.checked) return nothing;
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : DEFAULT_HEADING_LEVEL;
    const href = this.safeHref(this.href);
    const link = href === undefined ? undefined : contextLink(href, card.firstSegment);
    const checked = this.checked;
    const quote = checked && this.view ? checkedQuote(this.view.transcript, checked.result) : card.quote;
    return html`
      <article part="base" aria-labelledby="title">
        ${card.img ? html`<img part="image" src=${card.img} alt="" loading="lazy" />` : nothing}
        <div part="title" id="title" role="heading" aria-level=${level} lang=${card.language}>${card.href ? html`<a href=${card.href}>${card.title}</a>` : card.title}</div>
        ${card.time
          ? html`<p part="time">${this.terms.timeRange(card.time.start, card.time.end)}</p>`
          : html`<p part="summary" lang=${card.language}>${card.summary}</p>`}
        ${quote
          ? html`<figure part="quote">
              <blockquote lang=${card.language}><p>${quote.text}</p></blockquote>
              <figcaption>— ${quote.who ? html`${quote.whoHref ? html`<a href=${quote.whoHref}>${quote.who}</a>` : quote.who}, ` : ''}<cite lang=${card.language}>${quote.work}</cite></figcaption>
              ${checked ? this.renderMark(checked.module, checked.result) : nothing}
            </figure>`
          : nothing}
        ${card.speakers.length ? html`<p class="speakers">${this.terms.withSpeakers(card.speakers)}</p>` : nothing}
        ${link ? html`<a part="context-link" href=${link}>${this.terms.readMore}</a>` : nothing}
      </article>
    `;
  }

  private renderMark(module: PassageCheckModule, result: PassageCheck) {
    if (result.status === 'verified') return module.checkMark('verified', this.terms.cardQuoteVerified);
    if (result.status === 'ambiguous') return module.checkMark('ambiguous', this.terms.cardQuoteAmbiguous(result.count, result.occurrence));
    return nothing;
  }
}
defineElement('verbatim-topic-card', VerbatimTopicCard);

declare global {
  interface HTMLElementTagNameMap {
    'verbatim-topic-card': VerbatimTopicCard;
  }
}
