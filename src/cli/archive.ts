// `verbatim archive build FILES… --out DIR`: the static search index of a whole archive.
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { stderr } from 'node:process';
import { buildArchive } from '../core/archive/build.js';
import { MANIFEST_FILE } from '../core/archive/format.js';
import { TranscriptError } from '../core/errors.js';
import { detectFormat, parseTranscript } from '../core/parse.js';
import type { Transcript } from '../core/types.js';
import { CANNOT_READ, CommandError, USAGE_ERROR, command, commandLine, readText, write } from './command.js';

const USAGE = `Usage: verbatim archive build FILE_OR_FOLDER… --out DIR [options]

Reads every transcript given (WebVTT, SRT, Podcasting 2.0 JSON, plain text or Verbatim
JSON; folders are read recursively for .json, .vtt, .srt and .txt files) and writes the
static search index of the whole archive to DIR, for <verbatim-archive-search src="DIR/">.
A file that cannot be read is reported and left out; the others are indexed (the exit
status is then 1). Run it again with more files to update DIR: files that did not change
are kept, and files no longer used are removed.

An episode's id is its Verbatim JSON id, else its file name ("Episode 12.vtt" → episode-12).

Options:
  --out DIR     the folder to write (created if needed)
  --href URL    the page of each episode, {id} standing for its id,
                e.g. "/episodes/{id}.html" (default: the transcript's source URL)
  -h, --help    show this help
`;

const OPTIONS = {
  out: { type: 'string' },
  href: { type: 'string' },
} as const;

/** Extensions read from folders. */
const TRANSCRIPT_EXTENSIONS = new Set(['.json', '.vtt', '.srt', '.txt']);
/** The folders of content-hashed shards that the index owns (stale files there are removed). */
const SHARD_FOLDERS = ['text', 'vocabulary', 'postings'];

/** An id from a file name: "Episode 12.vtt" → "episode-12". */
export const idFromFileName = (file: string): string =>
  basename(file, extname(file)).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'episode';

/** Every transcript file under `paths` (files as given, folders recursively), sorted. */
async function transcriptFiles(paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new CommandError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, CANNOT_READ);
    }
    if (!info.isDirectory()) {
      found.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (entry.isFile() && TRANSCRIPT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(join(entry.parentPath, entry.name));
    }
  }
  return [...new Set(found)].sort();
}

/** The transcript in `file`: Verbatim JSON keeps its id and title; other formats take them from the file name. */
export async function readEpisode(file: string): Promise<Transcript> {
  const text = await readText(file);
  const own = detectFormat(text) === 'verbatim';
  try {
    return parseTranscript(text, own ? {} : { id: idFromFileName(file), title: basename(file, extname(file)) });
  } catch (error) {
    if (error instanceof TranscriptError) throw new CommandError(`${file}: ${error.message}`, CANNOT_READ);
    throw error;
  }
}

/**
 * Writes the index files into `dir`: a file whose name (hence content) is already there is kept,
 * the manifest is written last so that readers never see one whose shards are missing, and shard
 * files the index no longer names are removed.
 */
export async function writeArchive(dir: string, files: Map<string, string>): Promise<{ written: number; kept: number; removed: number }> {
  let written = 0;
  let kept = 0;
  const paths = [...files.keys()].filter((path) => path !== MANIFEST_FILE).concat(MANIFEST_FILE);
  for (const path of paths) {
    const target = join(dir, path);
    const content = files.get(path)!;
    const existing = await readFile(target, 'utf8').catch(() => undefined);
    if (existing === content) {
      kept++;
      continue;
    }
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(target, content);
    written++;
  }
  let removed = 0;
  for (const folder of SHARD_FOLDERS) {
    const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
    for (const name of names) {
      if (files.has(`${folder}/${name}`) || !name.endsWith('.json')) continue;
      await rm(join(dir, folder, name));
      removed++;
    }
  }
  return { written, kept, removed };
}

export const archive = command('archive', 'the static search index of a whole archive of transcripts (archive build)', async (args) => {
  const [action, ...rest] = args;
  if (action === '--help' || action === '-h') {
    await write(USAGE);
    return 0;
  }
  if (action !== 'build') throw new CommandError(`${action === undefined ? 'expected "build"' : `unknown action "${action}"`}.\n\n${USAGE}`, USAGE_ERROR);
  const { values, positionals, help } = commandLine(rest, OPTIONS, USAGE);
  if (help) {
    await write(USAGE);
    return 0;
  }
  if (!values.out) throw new CommandError(`--out DIR is required.\n\n${USAGE}`, USAGE_ERROR);
  if (positionals.length === 0) throw new CommandError(`expected transcript files or folders.\n\n${USAGE}`, USAGE_ERROR);

  const files = await transcriptFiles(positionals);
  const transcripts: Transcript[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      transcripts.push(await readEpisode(file));
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      stderr.write(`verbatim archive: skipped ${error.message}\n`);
      failed++;
    }
  }
  let build;
  try {
    build = buildArchive(transcripts, { href: values.href });
  } catch (error) {
    throw new CommandError(`--href: ${(error as Error).message}`, USAGE_ERROR);
  }
  for (const { id, message } of build.skipped) stderr.write(`verbatim archive: skipped episode "${id}": ${message}\n`);
  const { written, kept, removed } = await writeArchive(values.out, build.files);
  const indexed = transcripts.length - build.skipped.length;
  const problems = failed + build.skipped.length;
  await write(`Indexed ${indexed} episode${indexed === 1 ? '' : 's'} into ${values.out}: ${written} files written, ${kept} unchanged, ${removed} removed${problems ? `; ${problems} left out (see above)` : ''}.\n`);
  return problems ? CANNOT_READ : 0;
});
