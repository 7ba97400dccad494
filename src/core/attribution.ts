/**
 * How Verbatim credits a quote, the same everywhere (elements, embed snippets, clipboard):
 * "— Mark Zuckerberg (guest), Huge Conversations: Mark Zuckerberg".
 */
import { lookup } from './lookup.js';
import type { Quote, Speaker, Transcript } from './types.js';

/** Who said a quote, and in what. */
export interface Attribution {
  /** The speaker's name, when the quote's segment names a known speaker. */
  speaker?: string;
  /** The speaker's role, e.g. "guest". */
  role?: string;
  /** The title of the transcript the quote comes from. */
  work: string;
}

const attribution = (transcript: Transcript, speaker: Speaker | undefined): Attribution =>
  ({ speaker: speaker?.name, role: speaker?.role, work: transcript.title });

/** The attribution of `quote`, a quote of `transcript`. */
export const quoteAttribution = (transcript: Transcript, quote: Quote): Attribution =>
  attribution(transcript, lookup(transcript).speakerOfQuote(quote));

/** The attribution of words spoken by speaker id `speakerId` in `transcript` (e.g. a passage's). */
export const speakerAttribution = (transcript: Transcript, speakerId: string): Attribution =>
  attribution(transcript, lookup(transcript).speaker(speakerId));

/** "Mark Zuckerberg (guest)", "Mark Zuckerberg" without a role, undefined without a speaker. */
export const speakerLabel = ({ speaker, role }: Attribution): string | undefined =>
  speaker === undefined ? undefined : role ? `${speaker} (${role})` : speaker;

/** "Mark Zuckerberg (guest), Huge Conversations: Mark Zuckerberg" (just the work without a speaker). */
export function formatAttribution(attribution: Attribution): string {
  const who = speakerLabel(attribution);
  return who ? `${who}, ${attribution.work}` : attribution.work;
}

const conjunction = new Intl.ListFormat('en', { type: 'conjunction' });

/** "With Cleo Abram and Mark Zuckerberg", or undefined for nobody. */
export const withSpeakers = (names: readonly string[]): string | undefined =>
  names.length > 0 ? `With ${conjunction.format(names)}` : undefined;

/** A quote as plain text, e.g. for the clipboard: “the words”, "— attribution", then the link when given. */
export const quotationText = (text: string, attribution: Attribution, link?: string): string =>
  [`“${text}”`, `— ${formatAttribution(attribution)}`, ...(link ? [link] : [])].join('\n');
