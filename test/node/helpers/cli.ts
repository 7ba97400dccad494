import { execFile } from 'node:child_process';
import { ROOT } from './files.js';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `verbatim …` from the sources in the repository's root, as a user runs the command,
 * with `input` on standard input (empty when not given).
 */
export function verbatim(args: readonly string[], input = ''): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
    child.stdin!.end(input);
  });
}
