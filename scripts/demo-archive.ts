// The demo archive's files (see build-demo-archive.ts), shared with the test that keeps them current.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildArchive } from '../src/core/archive/build.js';
import type { ArchiveBuild } from '../src/core/archive/build.js';
import { readEpisode } from '../src/cli/archive.js';
import { interview } from '../src/data/interview.js';

export const DEMO_EPISODES = 'demo/archive/episodes';
export const DEMO_INDEX = 'demo/archive/index';

/** The index of the demo show's episodes and the bundled interview; `root` is the repository. */
export async function demoArchive(root = '.'): Promise<ArchiveBuild & { episodes: number }> {
  const folder = join(root, DEMO_EPISODES);
  const files = (await readdir(folder)).sort().map((name) => join(folder, name));
  const episodes = await Promise.all(files.map((file) => readEpisode(file)));
  return { ...buildArchive([...episodes, interview], { href: 'archive-episode.html?episode={id}' }), episodes: episodes.length + 1 };
}
