/**
 * `npm run archive:demo`: the demo archive in demo/archive/index/, for demo/archive.html: the
 * episodes of the demo show in demo/archive/episodes/ and the bundled interview, indexed as
 * `verbatim archive build` does. Episode links open demo/archive-episode.html.
 */
import { writeArchive } from '../src/cli/archive.js';
import { DEMO_INDEX, demoArchive } from './demo-archive.js';

const { files, skipped, episodes } = await demoArchive();
if (skipped.length) throw new Error(`left out: ${skipped.map((episode) => episode.id).join(', ')}`);
const { written, kept, removed } = await writeArchive(DEMO_INDEX, files);
console.log(`${DEMO_INDEX}: ${episodes} episodes; ${written} files written, ${kept} unchanged, ${removed} removed.`);
