// Running the `verbatim` command from the sources, as a user would, for the CLI tests.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root: the commands run there, and file arguments are relative to it. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `verbatim …args` and resolves with its exit status and output. */
export function verbatim(...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}
