// Fetching what a feed points to, within limits: http(s) only (plus files beside a local feed),
// a timeout, a size cap enforced while streaming, and a bounded number of redirects.
import { readFile, stat } from 'node:fs/promises';
import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FetchLimits {
  /** Per request, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 };

const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 102.4) / 10} MB`;
const isHttp = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:';

/** The reason a network request failed, from Node's `fetch failed` and its cause. */
function networkReason(error: unknown, url: URL, limits: FetchLimits): string {
  const { name, cause } = error as { name?: string; cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError') return `no answer from ${url.host} within ${limits.timeoutMs / 1000} s`;
  return `cannot connect to ${url.host}: ${cause?.code ?? cause?.message ?? (error as Error).message}`;
}

/**
 * Decodes a file by the charset its content type names, else the encoding its XML declaration
 * names (feeds from older tools still say ISO-8859-1 or windows-1252), else as UTF-8. A file that
 * starts with a UTF-8 byte order mark is UTF-8 whatever it declares.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null = null): string {
  const declared = /charset="?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
    ?? /^<\?xml[^>]*\bencoding=["']([\w.:-]+)["']/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // a label TextDecoder does not know
  }
}

/** Reads a response body, stopping (and closing the connection) past `maxBytes`. */
async function limitedBody(response: Response, url: URL, limits: FetchLimits): Promise<string> {
  const tooBig = () => new Error(`${url.href} is larger than ${megabytes(limits.maxBytes)}; stopped reading it.`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw tooBig();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limits.maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  return decodeText(Buffer.concat(chunks), response.headers.get('content-type'));
}

/**
 * GETs an http(s) URL, following at most `maxRedirects` redirects to http(s) URLs. Gives the
 * text and the URL it came from in the end (what relative URLs in it are relative to).
 */
export async function fetchHttp(start: URL, limits: FetchLimits = DEFAULT_LIMITS): Promise<{ text: string; url: URL }> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const visited = [start.href];
  let url = start;
  for (;;) {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal, headers: { accept: '*/*', 'user-agent': 'verbatim-import' } });
    } catch (error) {
      throw new Error(networkReason(error, url, limits), { cause: error });
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel();
      const next = new URL(location, url);
      if (!isHttp(next)) throw new Error(`${url.href} redirects to a ${next.protocol} URL; only http(s) is followed.`);
      if (visited.includes(next.href)) throw new Error(`redirect loop: ${[...visited, next.href].join(' → ')}`);
      if (visited.length > limits.maxRedirects) throw new Error(`more than ${limits.maxRedirects} redirects from ${start.href}`);
      visited.push(next.href);
      url = next;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url.href}`);
    }
    try {
      return { text: await limitedBody(response, url, limits), url };
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') throw new Error(networkReason(error, url, limits), { cause: error });
      throw error;
    }
  }
}

/** Reads a local file, refusing one larger than `maxBytes` before reading it. */
export async function readLimitedFile(path: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  if (size > limits.maxBytes) throw new Error(`${path} is larger than ${megabytes(limits.maxBytes)}.`);
  return decodeText(await readFile(path));
}

/**
 * Fetches the URLs written in a feed, resolved against the feed's own URL: http(s) ones over the
 * network; relative ones in a local feed as files in the feed's folder or below. Any other URL
 * (`file:`, `javascript:`, `data:`, …) is refused without being opened.
 */
export class FeedFetcher {
  private readonly folder: string | undefined;

  constructor(private readonly base: URL, private readonly limits: FetchLimits = DEFAULT_LIMITS) {
    this.folder = base.protocol === 'file:' ? dirname(fileURLToPath(base)) : undefined;
  }

  async fetchText(reference: string): Promise<string> {
    let url: URL;
    try {
      url = new URL(reference.trim(), this.base);
    } catch {
      throw new Error(`${JSON.stringify(reference)} is not a URL.`);
    }
    if (isHttp(url)) return (await fetchHttp(url, this.limits)).text;
    const relative = !/^[a-z][a-z0-9+.-]*:/i.test(reference.trim());
    if (url.protocol === 'file:' && url.host === '' && relative && this.folder !== undefined) {
      const path = fileURLToPath(url);
      if (!path.startsWith(this.folder + sep)) throw new Error(`${reference} is outside the feed's folder; not read.`);
      return readLimitedFile(path, this.limits);
    }
    throw new Error(`refused ${JSON.stringify(reference.slice(0, 80))}: only http(s) URLs (and, in a local feed, relative paths) are fetched.`);
  }

  /** A URL from the feed for the transcript to carry: absolute http(s) against a web feed, as written (if safe) in a local one. */
  displayUrl(reference: string): string | undefined {
    const trimmed = reference.trim();
    try {
      const url = new URL(trimmed, this.folder === undefined ? this.base : 'http://relative.invalid/');
      if (!isHttp(url)) return undefined;
      return this.folder === undefined || /^https?:/i.test(trimmed) ? url.href : trimmed;
    } catch {
      return undefined;
    }
  }
}
