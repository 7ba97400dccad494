
/*
 * Every word the elements show or announce, in English. A page in another language sets an
 * element's `strings` property to an object with the entries it translates; the others keep
 * these defaults. Entries that hold a number or a name are functions. Each element's defaults
 * are a constant of their own, so that a one-element page downloads only its element's words.
 */

/** The words every element has. */
export interface ElementStrings {
  /**
   * the sentence a reader sees when the element cannot show its content, e.g. "This quote could
   * not be loaded."; the reason (a file, an unknown id and the closest ones) is for the page's
   * developer: it is in the `verbatim-error` event and on the console.
   */
  notLoaded: string;
  /** the sentence a reader sees when the `chapters` file cannot be used (the rest shows). */
  chaptersNotLoaded: string;
}

/** The words of <verbatim-quote>. */
export interface QuoteStrings extends ElementStrings {
  /** the link to the quote on the transcript page. */
  readInContext: string;
  /** the copy button. */
  copyQuote: string;
  /** announced once the quote is on the clipboard. */
  quoteCopied: string;
  /** announced when the browser refuses the clipboard. */
  quoteCopyRefused: string;
  /** after the attribution, when the passage's time is known, e.g. "at 1:05". */
  quoteTime: (time: string) => string;
  /** the mark of words (`text`) found once in the transcript. */
  quoteVerified: string;
  /** the mark of words found several times, e.g. "Occurs 3 times; showing the 2nd". */
  quoteAmbiguous: (count: number, shown: number) => string;
  /** the note beside the fallback when the words are not in the transcript: `name` is its file (`src`) or title. */
  quoteNotFound: (name: string) => string;
  /** the note beside the fallback when `occurrence` is beyond the words' occurrences. */
  quoteNoOccurrence: (count: number, asked: number) => string;
  /** the note beside the fallback when the transcript could not be loaded: nothing was checked. */
  quoteUnavailable: string;
}

/** The words of <verbatim-topic-card>. */
export interface TopicCardStrings extends ElementStrings {
  /** the link to the topic's part of the transcript. */
  readMore: string;
  /** who speaks in the topic, e.g. "With Ada and Charles" (never called with no names). */
  withSpeakers: (names: readonly string[]) => string;
  /** the mark of a key quote chosen by `quote-text` and found once in the transcript. */
  cardQuoteVerified: string;
  /** the mark of a key quote whose words occur several times, e.g. "Occurs 3 times; showing the 1st". */
  cardQuoteAmbiguous: (count: number, shown: number) => string;
  /** where a topic without a summary lies in the recording, e.g. "4:05–9:30" (`end` unknown for the last part). */
  timeRange: (start: string, end?: string) => string;
}

/** The words of <verbatim-quote-carousel>. */
export interface CarouselStrings extends ElementStrings {
  /** its accessible name when the page gives no `label`. */
  carouselLabel: (title: string) => string;
  /** the role announced for the carousel and for each slide. */
  carouselRole: string;
  slideRole: string;
  /** a slide's accessible name, e.g. "2 of 5". */
  slideLabel: (position: number, count: number) => string;
  /** a picker button's accessible name, e.g. "Slide 2 of 5". */
  pickSlide: (position: number, count: number) => string;
  /** the position shown between the buttons, e.g. "2 / 5". */
  slidePosition: (position: number, count: number) => string;
  previousQuote: string;
  nextQuote: string;
  startRotation: string;
  stopRotation: string;
  /** the link from a slide to its quote on the transcript page. */
  readItInContext: string;
  /** the mark of a slide taken from a slotted blockquote whose words occur once in the transcript. */
  slideVerified: string;
  /** the mark of a slide whose words occur several times, e.g. "Occurs 3 times; showing the 1st". */
  slideAmbiguous: (count: number, shown: number) => string;
}

/** The words of <verbatim-transcript>. */
export interface TranscriptStrings extends ElementStrings {
  /** the sentence a reader sees when `speaker` or `topic` names no speaker or topic of the transcript. */
  filterUnknown: string;
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
  /** a segment's note as its label says it, e.g. "Teaser" for the note "teaser". */
  segmentNote: (note: string) => string;
  /** after the count, where the current match is when its segment has a note, e.g. " in the teaser". */
  matchNote: (note: string) => string;
  /** the summary of the bundled interview's list of corrections, e.g. "Corrected from the automatic captions in 98 places". */
  corrections: (count: number) => string;
  /** between a correction's caption words and its corrected words, for screen readers (the page shows an arrow). */
  correctedTo: string;
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

