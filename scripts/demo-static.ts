/**
 * Writes the demo pages' static fallbacks: between `<!-- verbatim html ARGS -->` and
 * `<!-- /verbatim html -->` in a page goes what `verbatim html ARGS` writes, so the pages read
 * without JavaScript. `--check` (run by `npm run build`) fails when a page is not up to date.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { argv, exit, stderr, stdout } from 'node:process';
import { staticHtml } from '../src/cli/html.js';

const DEMO = new URL('../demo/', import.meta.url);
const REGION = /(<!-- verbatim html ([^>]*?) -->\n)[\s\S]*?(<!-- \/verbatim html -->)/g;

/** `page` with each region's content written again. */
async function regenerate(page: string): Promise<string> {
  const outputs: string[] = [];
  for (const [, , args] of page.matchAll(REGION)) outputs.push(await staticHtml(args!.trim().split(/\s+/)));
  let index = 0;
  return page.replace(REGION, (_region, open: string, _args, close: string) => `${open}${outputs[index++]}${close}`);
}

const check = argv.includes('--check');
let stale = 0;
for (const name of (await readdir(DEMO)).filter((file) => file.endsWith('.html')).sort()) {
  const file = new URL(name, DEMO);
  const page = await readFile(file, 'utf8');
  if (!page.includes('<!-- verbatim html ')) continue;
  const updated = await regenerate(page);
  if (updated === page) continue;
  if (check) {
    stale += 1;
    stderr.write(`demo/${name}: its static HTML is out of date: run npm run demo:static\n`);
  } else {
    await writeFile(file, updated);
    stdout.write(`wrote demo/${name}\n`);
  }
}
exit(stale > 0 ? 1 : 0);
