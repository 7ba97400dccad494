import { withSpeakers } from '../../core/attribution.js';
import { READ_MORE_LABEL } from '../../core/email-text.js';
import { ordinal } from '../common/load-passage-check.js';
import type { TopicCardStrings } from '../common/strings.js';

/** The words of <verbatim-topic-card> in English, which its `strings` property overrides. */
export const topicCardStrings: TopicCardStrings = {
  notLoaded: 'This topic could not be loaded.',
  chaptersNotLoaded: 'The chapters could not be loaded.',
  readMore: READ_MORE_LABEL,
  withSpeakers: (names) => withSpeakers(names) ?? '',
  cardQuoteVerified: 'Verified against the transcript',
  cardQuoteAmbiguous: (count, shown) => `Occurs ${count} times; showing the ${ordinal(shown)}`,
  timeRange: (start, end) => (end === undefined ? `From ${start}` : `${start}–${end}`),
};
