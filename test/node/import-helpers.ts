// What the import tests share: running `verbatim` from the sources, and a local HTTP server.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(root, 'test/node/fixtures/import');

export interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `verbatim …` from the sources, as a user would. */
export function verbatim(args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  /** The server's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `routes` by path, and otherwise the files under FIXTURES (404 for a missing one), on
 * 127.0.0.1 at a free port.
 */
export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url!, 'http://x').pathname;
    requests.push(path);
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (route) return route(request, response);
    readFile(join(FIXTURES, path)).then(
      (body) => response.writeHead(200).end(body),
      () => response.writeHead(404, 'Not Found').end('not here'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
