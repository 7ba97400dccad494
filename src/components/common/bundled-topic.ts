import type { Transcript } from '../../core/types.js';
import { topicLoaders } from '../../data/topics/index.js';
import { loadBundledHighlights } from './bundled.js';

// Apart from bundled.ts, so that only the elements that need this map of loaders download it.

/**
 * For a card or a carousel of one topic: only the topic `id` (its segments and its quotes), or
 * the first topic when `id` is undefined; for an unknown id, the highlights, so that the element
 * can name the closest ids.
 */
export function loadBundledTopic(id: string | undefined): Promise<Transcript> {
  const key = id ?? Object.keys(topicLoaders)[0];
  const load = key !== undefined && Object.hasOwn(topicLoaders, key) ? topicLoaders[key] : undefined;
  return load ? load().then((module) => module.default as Transcript) : loadBundledHighlights();
}
