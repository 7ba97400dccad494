// The archive search: its interface, the static index's client and builder. Both load on first
// use, so that a page (or the CDN build) pays for them only when a reader searches an archive.
import type { ArchiveBuild, ArchiveBuildOptions } from './build.js';
import type { StaticArchiveOptions } from './client.js';
import type { Transcript } from '../types.js';
import type { ArchiveFacets, ArchiveHit, ArchiveSearch, ArchiveSearchOptions } from './types.js';

export type * from './types.js';
export type { ArchiveBuild, ArchiveBuildOptions, StaticArchiveOptions };

/**
 * The archive search interface over the static index that `verbatim archive build` wrote to the
 * folder `src` (a URL; or the URL of its manifest.json). Nothing is fetched until the first call.
 */
export function createArchiveSearch(src: string, options?: StaticArchiveOptions): Required<ArchiveSearch> {
  let client: Promise<Required<ArchiveSearch>> | undefined;
  const load = () => (client ??= import('./client.js').then((module) => module.createStaticArchiveSearch(src, options)));
  return {
    search: async (query: string, searchOptions?: ArchiveSearchOptions): Promise<ArchiveHit[]> => (await load()).search(query, searchOptions),
    facets: async (): Promise<ArchiveFacets> => (await load()).facets(),
  };
}

/** The files of the static index of `transcripts` (see `verbatim archive build`). */
export async function buildArchive(transcripts: readonly Transcript[], options?: ArchiveBuildOptions): Promise<ArchiveBuild> {
  return (await import('./build.js')).buildArchive(transcripts, options);
}
