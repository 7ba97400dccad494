/**
 * `npx tsx bench/import.ts`: `verbatim import` of a generated 200-episode feed, each episode with
 * a 20-minute WebVTT transcript (300 cues), a chapters file, three soundbites and two persons,
 * served from a 127.0.0.1 server and read from file paths. Prints the total and the time per
 * episode, against the command's own start-up (`verbatim import --help`) measured in the same
 * run, and merges the figures into bench/results.json under "import".
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EPISODES = 200;
const CUES = 300;
const ROUNDS = 3;
const root = fileURLToPath(new URL('../', import.meta.url));
const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url));

const WORDS = 'the engine computes tables of numbers without error and poetry is where the meaning begins when we listen closely'.split(' ');
const clock = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(11, 23);

function transcript(episode: number): string {
  const cues = Array.from({ length: CUES }, (_, cue) => {
    const speaker = cue % 3 === 0 ? 'Guest Number ' + episode : 'Ada Host';
    const words = Array.from({ length: 10 }, (_, word) => WORDS[(episode + cue * 7 + word) % WORDS.length]).join(' ');
    return `${clock(cue * 4)} --> ${clock(cue * 4 + 3.8)}\n<v ${speaker}>${words[0]!.toUpperCase()}${words.slice(1)}.`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

const chapters = (): string => JSON.stringify({ version: '1.2.0', chapters: Array.from({ length: 6 }, (_, index) => ({ startTime: index * 200, title: `Part ${index + 1}` })) });

function feed(): string {
  const items = Array.from({ length: EPISODES }, (_, index) => {
    const n = EPISODES - index;
    return `<item><title>Episode ${n}</title><guid>ep-${n}</guid><itunes:episode>${n}</itunes:episode>
<pubDate>${new Date(Date.UTC(2020, 0, n)).toUTCString()}</pubDate><link>https://bench.example/${n}</link>
<enclosure url="https://bench.example/${n}.mp3" type="audio/mpeg" length="1"/>
<podcast:transcript url="t/${n}.vtt" type="text/vtt" language="en"/><podcast:chapters url="c/${n}.json" type="application/json+chapters"/>
<podcast:soundbite startTime="100" duration="20">First</podcast:soundbite><podcast:soundbite startTime="500.5" duration="30">Second</podcast:soundbite><podcast:soundbite startTime="1000" duration="15">Third</podcast:soundbite>
<podcast:person role="guest">Guest Number ${n}</podcast:person></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel><title>Bench</title><language>en</language><podcast:person role="host">Ada Host</podcast:person>
${items.join('\n')}</channel></rss>`;
}

function run(args: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, maxBuffer: 1 << 26 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`verbatim ${args.join(' ')} failed: ${stderr}`));
      else resolve(performance.now() - started);
    });
  });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number): number => Math.round(value * 10) / 10;

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'verbatim-bench-import-'));
  const server = createServer((request, response) => {
    readFile(join(folder, new URL(request.url!, 'http://x').pathname)).then((body) => response.end(body), () => response.writeHead(404).end());
  });
  try {
    await mkdir(join(folder, 't'));
    await mkdir(join(folder, 'c'));
    await writeFile(join(folder, 'feed.xml'), feed());
    for (let n = 1; n <= EPISODES; n++) {
      await writeFile(join(folder, 't', `${n}.vtt`), transcript(n));
      await writeFile(join(folder, 'c', `${n}.json`), chapters());
    }
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const startup: number[] = [];
    const overHttp: number[] = [];
    const fromFiles: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      startup.push(await run(['import', '--help']));
      overHttp.push(await run(['import', `${origin}/feed.xml`, '--out', join(folder, 'out-http')]));
      fromFiles.push(await run(['import', join(folder, 'feed.xml'), '--out', join(folder, 'out-files')]));
    }
    const written = JSON.parse(await readFile(join(folder, 'out-http', 'episode-1.json'), 'utf8')) as { topics: unknown[]; quotes: unknown[] };
    if (written.topics.length !== 6 || written.quotes.length !== 3) throw new Error('the imported episode lacks its topics or quotes');

    const figures = (totals: number[]) => {
      const total = median(totals);
      const work = total - median(startup);
      return { totalMs: round(total), perEpisodeMs: round(work / EPISODES), vsStartup: round(total / median(startup)) };
    };
    const result = {
      episodes: EPISODES,
      cuesPerEpisode: CUES,
      rounds: ROUNDS,
      startupMs: round(median(startup)),
      http: figures(overHttp),
      files: figures(fromFiles),
      measuredAt: new Date().toISOString(),
    };
    let results: Record<string, unknown> = {};
    try {
      results = JSON.parse(await readFile(resultsFile, 'utf8')) as Record<string, unknown>;
    } catch {
      // No results yet: this is the first figure.
    }
    await writeFile(resultsFile, `${JSON.stringify({ ...results, import: result }, null, 2)}\n`);
    console.log(`verbatim import, ${EPISODES} episodes of ${CUES} cues, median of ${ROUNDS} runs (start-up ${result.startupMs} ms):`);
    console.log(`  over http://127.0.0.1  total ${result.http.totalMs} ms, ${result.http.perEpisodeMs} ms per episode after start-up`);
    console.log(`  from files             total ${result.files.totalMs} ms, ${result.files.perEpisodeMs} ms per episode after start-up`);
    console.log('bench/results.json: "import" written');
  } finally {
    server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
