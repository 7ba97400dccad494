
/*
 * Every word the elements show or announce, in English. A page in another language sets an
 * element's `strings` property to an object with the entries it translates; the others keep
 * these defaults. Entries that hold a number or a name are functions. Each element's defaults
 * are a constant of their own, so that a one-element page downloads only its element's words.
 */

/** The words of <verbatim-quote>. */
export interface QuoteStrings {
  /** the link to the quote on the transcript page. */
  readInContext: string;
  /** the copy button. */
  copyQuote: string;
  /** announced once the quote is on the clipboard. */
  quoteCopied: string;
  /** announced when the browser refuses the clipboard. */
  quoteCopyRefused: string;
}

/** The words of <verbatim-topic-card>. */
export interface TopicCardStrings {
  /** the link to the topic's part of the transcript. */
  readMore: string;
  /** who speaks in the topic, e.g. "With Ada and Charles" (never called with no names). */
  withSpeakers: (names: readonly string[]) => string;
}

/** The words of <verbatim-quote-carousel>. */
export interface CarouselStrings {
  /** its accessible name when the page gives no `label`. */
  carouselLabel: (title: string) => string;
  /** the role announced for the carousel and for each slide. */
  carouselRole: string;
  slideRole: string;
  /** a slide's accessible name, e.g. "2 of 5". */
  slideLabel: (position: number, count: number) => string;
  /** the position shown between the buttons, e.g. "2 / 5". */
  slidePosition: (position: number, count: number) => string;
  previousQuote: string;
  nextQuote: string;
  startRotation: string;
  stopRotation: string;
  /** the link from a slide to its quote on the transcript page. */
  readItInContext: string;
}

/** The words of <verbatim-transcript>. */
export interface TranscriptStrings {
  /** the label of the search box. */
  searchLabel: string;
  /** shown while a long transcript's index is built for a typed search. */
  preparingSearch: string;
  noMatches: string;
  /** the match count, e.g. "3 of 12" (screen readers then hear `matchesSuffix`). */
  matchCount: (current: number, total: number) => string;
  matchesSuffix: string;
  /** after the count, the time of the current match, e.g. " at 1:05". */
  matchTime: (time: string) => string;
  previousMatch: string;
  previousMatchHint: string;
  nextMatch: string;
  nextMatchHint: string;
  followAlong: string;
  followAlongHint: string;
  /** the accessible name of the topics' navigation. */
  topics: string;
  /** a timestamp button, e.g. "Play from 1:05". */
  playFrom: (time: string) => string;
  copyLink: string;
  copyLinkHint: string;
  /** a copy-link button's accessible name, e.g. "Copy link to passage 3". */
  copyLinkTo: (passage: number) => string;
  /** a copy-link button once it copied. */
  linkCopiedButton: string;
  /** announced once a link is on the clipboard, or when the browser refuses. */
  linkCopied: string;
  linkCopyRefused: string;
  /** a segment's button that starts quoting it by keyboard, its accessible name (e.g. "Quote passage 3") and hint. */
  quotePassage: string;
  quotePassageTo: (passage: number) => string;
  quotePassageHint: string;
  /** the accessible name of the toolbar shown at a selection. */
  quoteToolbar: string;
  /** the toolbar's buttons: the words with attribution and link, the link alone, the embed snippet. */
  copyQuote: string;
  embedQuote: string;
  embedQuoteHint: string;
  /** announced once each is on the clipboard, or when the browser refuses. */
  quoteCopied: string;
  quoteCopyRefused: string;
  passageLinkCopyRefused: string;
  embedCopied: string;
  embedCopyRefused: string;
  /** shown instead of the actions when a selection holds words of several speakers. */
  quoteAcrossSpeakers: string;
  /** announced as a selection is made or changed by keyboard, e.g. 'Selected: “the words”.' */
  quoteSelected: (text: string) => string;
  /** announced when quoting by keyboard starts: the keys. */
  quoteKeyboardHint: string;
}

/** Every element's words: a `strings` object for a whole page. */
export type VerbatimStrings = QuoteStrings & TopicCardStrings & CarouselStrings & TranscriptStrings;

