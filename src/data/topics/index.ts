// Made by `npm run data` (scripts/data-digests.ts) from interview.json: do not edit.
// One loader per bundled topic, so that a page with one topic downloads only that topic.
export const topicLoaders: Record<string, () => Promise<{ default: unknown }>> = {
  'cold-open': () => import('./cold-open.json'),
  'orion-glasses': () => import('./orion-glasses.json'),
  'inside-orion': () => import('./inside-orion.json'),
  'product-range': () => import('./product-range.json'),
  'presence-and-ai': () => import('./presence-and-ai.json'),
  'missing-touch': () => import('./missing-touch.json'),
  'illusion-of-presence': () => import('./illusion-of-presence.json'),
  'loneliness': () => import('./loneliness.json'),
  'struggle': () => import('./struggle.json'),
  'kids-and-learning': () => import('./kids-and-learning.json'),
  'generative-social': () => import('./generative-social.json'),
  'pace-of-change': () => import('./pace-of-change.json'),
  'open-source': () => import('./open-source.json'),
  'scaling': () => import('./scaling.json'),
};
