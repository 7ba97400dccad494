import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createStaticArchiveSearch } from '../../src/core/archive/client.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const ARCHIVE_FIXTURES = 'test/node/fixtures/archive';

export interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `verbatim …` from the sources, as a user would. */
export function verbatim(args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** The archive search over a folder on disk, reading its files as a server would serve them. */
export const searchFolder = (dir: string) => createStaticArchiveSearch(pathToFileURL(`${dir}/`).href, {
  fetch: async (url) => {
    try {
      const text = await readFile(new URL(url), 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
    } catch {
      return { ok: false, status: 404, json: async () => null };
    }
  },
});

/** Every file under `dir` (relative path → content). */
export async function folderFiles(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((item) => item.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), await readFile(path, 'utf8'));
  }
  return files;
}
