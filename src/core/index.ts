// The framework-free core: runs in Node and in the browser, touches no DOM.
export type * from './types.js';
export { ID_PATTERN } from './types.js';
export { TranscriptError } from './errors.js';
export { validateTranscript } from './validate.js';
export { parseTranscript, detectFormat } from './parse.js';
export type { ParseOptions, TranscriptFormat } from './parse.js';
export { loadTranscript } from './load.js';
export { formatTime } from './time.js';
export { safeUrl } from './url.js';
export { escapeHtml } from './html.js';
export { closestIds, unknownIdMessage } from './suggest.js';
export { lookup } from './lookup.js';
export type { TranscriptLookup } from './lookup.js';
export { contextLink, formatLinkState, parseLinkState, passageDirective, passageLink, textDirective } from './links.js';
export type { LinkState } from './links.js';
export { findPassage, passageProblem } from './passage.js';
export type { ClosestPassage, FindPassageOptions, PassageMatch, PassageResult, PassageSegment } from './passage.js';
export { formatWordDiff } from './word-diff.js';
export type { WordDiff } from './word-diff.js';
export { createSearch } from './search.js';
export type { SearchHit, SearchOptions, TranscriptSearch } from './search.js';
export { formatAttribution, quotationText, quoteAttribution, speakerAttribution, speakerLabel, withSpeakers } from './attribution.js';
export type { Attribution } from './attribution.js';
export { embedPassageSnippet, embedQuoteSnippet, QUOTE_SCRIPT_URL } from './embed.js';
export type { EmbedPassageOptions, EmbedQuoteOptions } from './embed.js';
export { renderTopicCardEmail } from './email.js';
export type { TopicCardEmailOptions } from './email.js';
export { renderTopicCardText } from './email-text.js';
export type { TopicCardTextOptions } from './email-text.js';
export { buildArchive, createArchiveSearch } from './archive/index.js';
export type {
  ArchiveBuild, ArchiveBuildOptions, ArchiveEpisode, ArchiveFacets, ArchiveHit, ArchiveSearch, ArchiveSearchOptions, StaticArchiveOptions,
} from './archive/index.js';
