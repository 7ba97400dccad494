// `verbatim import FEED`: a podcast's RSS feed → one Verbatim JSON per episode, with its
// transcript, people, chapters (as topics) and soundbites (as quotes).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stderr } from 'node:process';
import { pathToFileURL } from 'node:url';
import { importEpisode, episodeIds, selectItems } from '../core/feed/episode.js';
import type { EpisodeResult } from '../core/feed/episode.js';
import { FeedError, readFeed } from '../core/feed/feed.js';
import type { FeedItem } from '../core/feed/feed.js';
import { CANNOT_READ, CommandError, USAGE_ERROR, command, commandLine, write } from './command.js';
import { DEFAULT_LIMITS, FeedFetcher, fetchHttp, readLimitedFile } from './fetch-limited.js';

const USAGE = `Usage: verbatim import FEED [options]

Reads a podcast's RSS feed (a file or an http(s) URL) and writes one Verbatim JSON per
episode that has a <podcast:transcript>: its speakers matched to <podcast:person>, topics
from <podcast:chapters>, quotes from <podcast:soundbite>, and its source (show, link, date,
audio). Episodes without a transcript are listed and skipped.

Options:
  --episode E     which episodes: a guid, an episode number, "latest" or "all" (default: all)
  --language L    the transcript language to take, e.g. "en" (default: the feed's, else any)
  --out DIR       the folder to write <episode-id>.json files into (default: .)
  --timeout S     seconds allowed for each download (default: ${DEFAULT_LIMITS.timeoutMs / 1000})
  -h, --help      show this help

Exit status: 0 when every chosen episode with a transcript was imported, 1 when one or more
failed (or the feed cannot be read), 2 for a wrong command line.
`;

const OPTIONS = {
  episode: { type: 'string' },
  language: { type: 'string' },
  out: { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** Episodes downloaded at once. */
const CONCURRENCY = 4;

/** Runs `task` over `items`, at most `limit` at a time; the promises are in `items`' order. */
function pooled<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R>[] {
  let running = 0;
  const queue: (() => void)[] = [];
  return items.map(async (item) => {
    if (running >= limit) await new Promise<void>((go) => queue.push(go));
    running++;
    try {
      return await task(item);
    } finally {
      running--;
      queue.shift()?.();
    }
  });
}

function feedLocation(feed: string): URL {
  if (/^https?:\/\//i.test(feed)) return new URL(feed);
  if (/^[a-z][a-z0-9+.-]+:/i.test(feed)) throw new CommandError(`FEED must be a file or an http(s) URL, not ${JSON.stringify(feed)}.`, USAGE_ERROR);
  return pathToFileURL(resolve(feed));
}

function timeoutOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMITS.timeoutMs;
  const seconds = Number(value);
  if (!(seconds > 0)) throw new CommandError(`--timeout must be a number of seconds, not "${value}".`, USAGE_ERROR);
  return seconds * 1000;
}

const describe = (item: FeedItem): string => JSON.stringify(item.title ?? item.guid ?? `item ${item.index + 1}`);

function report(id: string, item: FeedItem, result: EpisodeResult, out: string): string[] {
  const lines: string[] = [];
  if (result.status === 'imported') {
    const { segments, topics, quotes } = result.transcript;
    lines.push(`imported ${join(out, `${id}.json`)}  ${describe(item)}: ${segments.length} segments, ${topics.length} topics, ${quotes.length} quotes`);
  } else if (result.status === 'skipped') {
    lines.push(`skipped  ${describe(item)}: ${result.reason}`);
  } else {
    lines.push(`failed   ${describe(item)}: ${result.reason}`);
  }
  if (result.status !== 'skipped') lines.push(...result.warnings.map((warning) => `  warning: ${warning}`));
  return lines;
}

export const importFeed = command('import', 'a podcast RSS feed (Podcasting 2.0 transcripts, chapters, soundbites, people) as Verbatim JSON files', async (args) => {
  const { values, positionals, help } = commandLine(args, OPTIONS, USAGE);
  if (help) {
    await write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new CommandError(`expected one FEED.\n\n${USAGE}`, USAGE_ERROR);
  let location = feedLocation(positionals[0]!);
  const limits = { ...DEFAULT_LIMITS, timeoutMs: timeoutOption(values.timeout) };
  const language = values.language?.trim() || undefined;
  const out = values.out ?? '.';

  let feed;
  try {
    let xml: string;
    if (location.protocol === 'file:') xml = await readLimitedFile(positionals[0]!, limits);
    else ({ text: xml, url: location } = await fetchHttp(location, limits));
    feed = readFeed(xml);
  } catch (error) {
    const reason = error instanceof FeedError ? `${positionals[0]}: ${error.message}` : (error as Error).message;
    throw new CommandError(`cannot read the feed: ${reason}`, CANNOT_READ);
  }
  const episode = values.episode ?? 'all';
  const items = selectItems(feed.items, episode);
  if (items.length === 0) {
    throw new CommandError(feed.items.length === 0 ? 'the feed has no episodes.' : `no episode matches --episode ${JSON.stringify(episode)} (a guid, an episode number, "latest" or "all").`, USAGE_ERROR);
  }

  const ids = episodeIds(feed.items);
  const fetcher = new FeedFetcher(location, limits);
  const sources = { fetchText: (reference: string) => fetcher.fetchText(reference), displayUrl: (reference: string) => fetcher.displayUrl(reference), ...(language && { language }) };
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    throw new CommandError(`cannot create ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, CANNOT_READ);
  }

  // Each task settles with a result (importEpisode never throws), so none rejects unwatched.
  const results = pooled(items, CONCURRENCY, async (item): Promise<EpisodeResult> => {
    const id = ids.get(item)!;
    const result = await importEpisode(feed, item, id, sources);
    if (result.status !== 'imported') return result;
    const file = join(out, `${id}.json`);
    try {
      await writeFile(file, `${JSON.stringify(result.transcript, null, 2)}\n`);
    } catch (error) {
      return { status: 'failed', reason: `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, warnings: result.warnings };
    }
    return result;
  });
  const counts = { imported: 0, skipped: 0, failed: 0 };
  for (const [index, pending] of results.entries()) {
    const item = items[index]!;
    const result = await pending;
    counts[result.status]++;
    const [headline, ...warnings] = report(ids.get(item)!, item, result, out);
    if (result.status === 'failed') stderr.write(`${headline}\n`);
    else await write(`${headline}\n`);
    if (warnings.length > 0) stderr.write(`${warnings.join('\n')}\n`);
  }
  await write(`${counts.imported} of ${items.length} episodes imported into ${out}; ${counts.skipped} without a transcript, ${counts.failed} failed.\n`);
  return counts.failed > 0 ? 1 : 0;
});
