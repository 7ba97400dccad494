// Serves the demo site (demo/) and the built package (dist/) on one origin.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDevServer } from '@web/dev-server';

/** Files the dev server serves as they are, which a browser may ask for in parts (audio, video). */
const MEDIA_TYPES = {
  '.ogg': 'audio/ogg', '.oga': 'audio/ogg', '.opus': 'audio/ogg', '.mp3': 'audio/mpeg', '.m4a': 'audio/mp4',
  '.wav': 'audio/wav', '.mp4': 'video/mp4', '.webm': 'video/webm', '.ogv': 'video/ogg', '.vtt': 'text/vtt',
};

/**
 * The byte range a `Range` header asks of a file of `size` bytes: { start, end } (inclusive),
 * 'unsatisfiable', or undefined to send the whole file (no header, several ranges, not bytes).
 */
export function byteRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [, from, to] = match;
  if (from === '') {
    // A suffix: the last `to` bytes.
    const length = Math.min(Number(to), size);
    return length === 0 ? 'unsatisfiable' : { start: size - length, end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start >= size || end < start ? 'unsatisfiable' : { start, end };
}

/**
 * Answers media requests with byte ranges (206 and Content-Range), as a real web server does:
 * without them a browser cannot seek in audio or video it has not downloaded.
 */
function mediaRanges(rootDir) {
  return async (context, next) => {
    const type = MEDIA_TYPES[extname(context.path).toLowerCase()];
    const path = normalize(join(rootDir, decodeURIComponent(context.path)));
    if (!type || context.method !== 'GET' && context.method !== 'HEAD' || relative(rootDir, path).startsWith('..')) return next();
    const file = await stat(path).catch(() => undefined);
    if (!file?.isFile()) return next();
    const range = byteRange(context.get('range'), file.size);
    context.set('Accept-Ranges', 'bytes');
    context.type = type;
    if (range === 'unsatisfiable') {
      context.status = 416;
      context.set('Content-Range', `bytes */${file.size}`);
      return undefined;
    }
    const { start, end } = range ?? { start: 0, end: file.size - 1 };
    context.status = range ? 206 : 200;
    if (range) context.set('Content-Range', `bytes ${start}-${end}/${file.size}`);
    context.length = file.size === 0 ? 0 : end - start + 1;
    context.body = context.method === 'HEAD' || file.size === 0 ? '' : createReadStream(path, { start, end });
    return undefined;
  };
}

/** Starts the demo server on `port` (0: any free port); resolves with the server and its port. */
export async function startDemoServer({ port = 8000, rootDir = '.' } = {}) {
  const server = await startDevServer({
    config: { rootDir, port, hostname: '127.0.0.1', appIndex: undefined, watch: false, middleware: [mediaRanges(resolve(rootDir))] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server?.address();
  return { server, port: typeof address === 'object' && address ? address.port : port };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { port } = await startDemoServer({ port: Number(process.env.PORT ?? 8000) });
  console.log(`Verbatim demo: http://localhost:${port}/demo/  (Ctrl+C stops it)`);
}
