import { ordinal } from '../common/load-passage-check.js';
import type { CarouselStrings } from '../common/strings.js';

/** The words of <verbatim-quote-carousel> in English, which its `strings` property overrides. */
export const carouselStrings: CarouselStrings = {
  notLoaded: 'These quotes could not be loaded.',
  chaptersNotLoaded: 'The chapters could not be loaded.',
  carouselLabel: (title) => `Quotes from ${title}`,
  carouselRole: 'carousel',
  slideRole: 'slide',
  slideLabel: (position, count) => `${position} of ${count}`,
  slidePosition: (position, count) => `${position} / ${count}`,
  pickSlide: (position, count) => `Slide ${position} of ${count}`,
  previousQuote: 'Previous quote',
  nextQuote: 'Next quote',
  startRotation: 'Start automatic slide show',
  stopRotation: 'Stop automatic slide show',
  readItInContext: 'Read it in context',
  slideVerified: 'Verified against the transcript',
  slideAmbiguous: (count, shown) => `Occurs ${count} times; showing the ${ordinal(shown)}`,
};
