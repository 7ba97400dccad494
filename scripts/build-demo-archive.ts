/**
 * `npm run archive:demo`: the demo archive in demo/archive/index/, for demo/archive.html: the
 * episodes of the demo show in demo/archive/episodes/ and the bundled interview, indexed as
 * `verbatim archive build` does. Episode links open demo/archive-episode.html.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildArchive } from '../src/core/archive/build.js';
import { readEpisode, writeArchive } from '../src/cli/archive.js';
import { interview } from '../src/data/interview.js';

const EPISODES = 'demo/archive/episodes';
const OUT = 'demo/archive/index';

const files = (await readdir(EPISODES)).sort().map((name) => join(EPISODES, name));
const episodes = await Promise.all(files.map((file) => readEpisode(file)));
const { files: index, skipped } = buildArchive([...episodes, interview], { href: 'archive-episode.html?episode={id}' });
if (skipped.length) throw new Error(`left out: ${skipped.map((episode) => episode.id).join(', ')}`);
const { written, kept, removed } = await writeArchive(OUT, index);
console.log(`${OUT}: ${episodes.length + 1} episodes; ${written} files written, ${kept} unchanged, ${removed} removed.`);
