import { withSpeakers } from '../../core/attribution.js';
import { READ_MORE_LABEL } from '../../core/email-text.js';

/**
 * Every word the elements show or announce, in English. A page in another language sets an
 * element's `strings` property to an object with the entries it translates; the others keep
 * these defaults. Entries that hold a number or a name are functions.
 */
export interface VerbatimStrings {
  /** Quote: the link to the quote on the transcript page. */
  readInContext: string;
  /** Quote: the copy button. */
  copyQuote: string;
  /** Quote: announced once the quote is on the clipboard. */
  quoteCopied: string;
  /** Quote: announced when the browser refuses the clipboard. */
  quoteCopyRefused: string;

  /** Topic card: the link to the topic's part of the transcript. */
  readMore: string;
  /** Topic card: who speaks in the topic, e.g. "With Ada and Charles" (never called with no names). */
  withSpeakers: (names: readonly string[]) => string;

  /** Carousel: its accessible name when the page gives no `label`. */
  carouselLabel: (title: string) => string;
  /** Carousel: the role announced for the carousel and for each slide. */
  carouselRole: string;
  slideRole: string;
  /** Carousel: a slide's accessible name, e.g. "2 of 5". */
  slideLabel: (position: number, count: number) => string;
  /** Carousel: the position shown between the buttons, e.g. "2 / 5". */
  slidePosition: (position: number, count: number) => string;
  previousQuote: string;
  nextQuote: string;
  startRotation: string;
  stopRotation: string;
  /** Carousel: the link from a slide to its quote on the transcript page. */
  readItInContext: string;

  /** Transcript: the label of the search box. */
  searchLabel: string;
  /** Transcript: shown while a long transcript's index is built for a typed search. */
  preparingSearch: string;
  noMatches: string;
  /** Transcript: the match count, e.g. "3 of 12" (screen readers then hear `matchesSuffix`). */
  matchCount: (current: number, total: number) => string;
  matchesSuffix: string;
  /** Transcript: after the count, the time of the current match, e.g. " at 1:05". */
  matchTime: (time: string) => string;
  previousMatch: string;
  previousMatchHint: string;
  nextMatch: string;
  nextMatchHint: string;
  followAlong: string;
  followAlongHint: string;
  /** Transcript: the accessible name of the topics' navigation. */
  topics: string;
  /** Transcript: a timestamp button, e.g. "Play from 1:05". */
  playFrom: (time: string) => string;
  copyLink: string;
  copyLinkHint: string;
  /** Transcript: a copy-link button's accessible name, e.g. "Copy link to passage 3". */
  copyLinkTo: (passage: number) => string;
  /** Transcript: a copy-link button once it copied. */
  linkCopiedButton: string;
  /** Transcript: announced once a link is on the clipboard, or when the browser refuses. */
  linkCopied: string;
  linkCopyRefused: string;
}

export const defaultStrings: VerbatimStrings = {
  readInContext: 'Read in context',
  copyQuote: 'Copy quote',
  quoteCopied: 'Copied',
  quoteCopyRefused: 'Could not copy: the browser refused access to the clipboard.',

  readMore: READ_MORE_LABEL,
  withSpeakers: (names) => withSpeakers(names) ?? '',

  carouselLabel: (title) => `Quotes from ${title}`,
  carouselRole: 'carousel',
  slideRole: 'slide',
  slideLabel: (position, count) => `${position} of ${count}`,
  slidePosition: (position, count) => `${position} / ${count}`,
  previousQuote: 'Previous quote',
  nextQuote: 'Next quote',
  startRotation: 'Start automatic slide show',
  stopRotation: 'Stop automatic slide show',
  readItInContext: 'Read it in context',

  searchLabel: 'Search the transcript',
  preparingSearch: 'Preparing search…',
  noMatches: 'No matches',
  matchCount: (current, total) => `${current} of ${total}`,
  matchesSuffix: ' matches',
  matchTime: (time) => ` at ${time}`,
  previousMatch: 'Previous match',
  previousMatchHint: 'Previous match (Shift+Enter)',
  nextMatch: 'Next match',
  nextMatchHint: 'Next match (Enter)',
  followAlong: 'Follow along',
  followAlongHint: 'Keep the passage being spoken in view',
  topics: 'Topics',
  playFrom: (time) => `Play from ${time}`,
  copyLink: 'Copy link',
  copyLinkHint: 'Copy a link to this passage',
  copyLinkTo: (passage) => `Copy link to passage ${passage}`,
  linkCopiedButton: 'Copied',
  linkCopied: 'Link copied',
  linkCopyRefused: 'Could not copy the link; it is in the address bar.',
};
