import type { TranscriptStrings } from '../shared/strings.js';

/** The words of <verbatim-transcript> in English, which its `strings` property overrides. */
export const transcriptStrings: TranscriptStrings = {
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
  segmentNote: (note) => (note === 'teaser' ? 'Teaser' : note),
  matchNote: (note) => (note === 'teaser' ? ' in the teaser' : ` (${note})`),
  corrections: (count) => `Corrected from the automatic captions in ${count} ${count === 1 ? 'place' : 'places'}`,
  correctedTo: 'corrected to',
};
