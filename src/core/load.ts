import { TranscriptError } from './errors.js';
import { parseTranscript } from './parse.js';
import type { TranscriptFormat } from './parse.js';
import type { Transcript } from './types.js';

/** One request per URL: elements on one page that share a `src` share its download. */
const requests = new Map<string, Promise<Transcript>>();

const FORMAT_BY_TYPE: Record<string, TranscriptFormat> = {
  'text/vtt': 'vtt',
  'application/x-subrip': 'srt',
  'application/srt': 'srt',
};
const FORMAT_BY_EXTENSION: Record<string, TranscriptFormat> = {
  vtt: 'vtt',
  srt: 'srt',
  txt: 'text',
};

/** The format a response announces by its content type or its URL's extension, if any. */
export function formatFromResponse(url: string, contentType: string | null): TranscriptFormat | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (FORMAT_BY_TYPE[type]) return FORMAT_BY_TYPE[type];
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return FORMAT_BY_EXTENSION[extension];
}

async function download(url: string): Promise<Transcript> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new TranscriptError(`Could not load ${url}: the network request failed.`);
  }
  if (!response.ok) throw new TranscriptError(`Could not load ${url}: the server answered ${response.status}.`);
  const text = await response.text();
  const format = formatFromResponse(url, response.headers.get('content-type'));
  try {
    return parseTranscript(text, format ? { format } : {});
  } catch (error) {
    if (error instanceof TranscriptError) throw new TranscriptError(`${url}: ${error.message}`);
    throw error;
  }
}

/**
 * Fetches and parses the transcript at `url` (any format parseTranscript reads). Requests are
 * shared by URL; `signal` lets one caller stop waiting without cancelling the others.
 */
export function loadTranscript(url: string, signal?: AbortSignal): Promise<Transcript> {
  let request = requests.get(url);
  if (!request) {
    request = download(url);
    requests.set(url, request);
    // A failed request is forgotten so that a later element may try again.
    request.catch(() => requests.delete(url));
  }
  if (!signal) return request;
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    request.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
