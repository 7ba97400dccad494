// Entry point: <verbatim-archive-search> alone (the archive's client loads on first search).
export { VerbatimArchiveSearch, ARCHIVE_SEARCH_STRINGS } from './components/archive-search/archive-search.js';
export type { ArchiveSearchStrings } from './components/archive-search/archive-search.js';
export { createArchiveSearch } from './core/archive/index.js';
export type * from './core/archive/types.js';
