import type { Transcript } from '../../core/types.js';
import { quoteLoaders } from '../../data/quotes/index.js';
import { loadBundledQuotes } from './bundled.js';

// Apart from bundled.ts, so that only the elements that need this map of loaders download it.

/**
 * For <verbatim-quote>: only the quote `id` (with its speaker and its segment cut down to it);
 * for an unknown or missing id, every quote, so that the element can name the closest ids.
 */
export function loadBundledQuote(id: string | undefined): Promise<Transcript> {
  const load = id !== undefined && Object.hasOwn(quoteLoaders, id) ? quoteLoaders[id] : undefined;
  return load ? load().then((module) => module.default as Transcript) : loadBundledQuotes();
}
