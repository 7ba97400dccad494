import { TranscriptError } from './errors.js';
import { FORMAT_READERS } from './formats/registry.js';
import { readTranscript } from './parse.js';
import type { TranscriptFormat, TranscriptReading } from './parse.js';
import type { Transcript } from './types.js';
import { safeUrl } from './url.js';

/**
 * One request per URL: elements on one page that share a `src` share its download. `waiting`
 * counts the callers that may still give up; when the last of them does, the fetch is aborted.
 */
interface SharedRequest {
  transcript: Promise<TranscriptReading>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}
const requests = new Map<string, SharedRequest>();

/** The one format that `key` of a reader lists `value` under; none when several do (JSON) or none. */
function onlyFormat(key: 'mimeTypes' | 'extensions', value: string): TranscriptFormat | undefined {
  const formats = FORMAT_READERS.filter((reader) => (reader[key] as readonly string[]).includes(value));
  return formats.length === 1 ? formats[0]!.name : undefined;
}

/**
 * The format a response announces by its content type, else its URL's extension, if that
 * names one format (JSON is told apart by its content). Servers often send `text/plain` for
 * any text, so it names nothing either.
 */
export function formatFromResponse(url: string, contentType: string | null): TranscriptFormat | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const byType = type === 'text/plain' ? undefined : onlyFormat('mimeTypes', type);
  return byType ?? formatFromFileName(url);
}

/** The format a file name or URL's extension names, if it names one: "talk.vtt" → "vtt". */
export function formatFromFileName(name: string): TranscriptFormat | undefined {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return onlyFormat('extensions', extension);
}

async function download(url: string, signal: AbortSignal): Promise<TranscriptReading> {
  // Only http(s), relative and `blob:` URLs (made by the page's own script) are fetched:
  // No other scheme is fetched from an attribute (a `data:` URL, `javascript:`…).
  if (safeUrl(url) === undefined && !/^blob:/i.test(url.trim())) throw new TranscriptError(`Could not load ${url}: only http(s) and relative URLs are allowed.`);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new TranscriptError(`Could not load ${url}: the network request failed.`);
  }
  if (!response.ok) throw new TranscriptError(`Could not load ${url}: the server answered ${response.status}.`);
  const text = await response.text();
  const format = formatFromResponse(url, response.headers.get('content-type'));
  try {
    return readTranscript(text, format ? { format } : {});
  } catch (error) {
    if (error instanceof TranscriptError) throw new TranscriptError(error.reason, { source: url, line: error.line, path: error.path });
    throw error;
  }
}

function share(url: string): SharedRequest {
  const known = requests.get(url);
  if (known) return known;
  const controller = new AbortController();
  const request: SharedRequest = { transcript: download(url, controller.signal), controller, waiting: 0, settled: false };
  requests.set(url, request);
  request.transcript.then(
    () => (request.settled = true),
    // A failed or abandoned request is forgotten, so that a later element may try again.
    () => {
      request.settled = true;
      if (requests.get(url) === request) requests.delete(url);
    },
  );
  return request;
}

/**
 * Fetches and reads the transcript at `url` (any format parseTranscript reads), with the
 * warnings of its reader (what it skipped). Requests are shared by URL, and every caller of
 * one URL gets the same reading object, so that a page can report its warnings once (a
 * WeakSet of the readings reported will do). `signal` lets one caller stop waiting, and when
 * every caller that passed a signal has stopped (and none came without one) the download
 * itself is aborted.
 */
export function loadTranscriptWithWarnings(url: string, signal?: AbortSignal): Promise<TranscriptReading> {
  if (signal?.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
  const request = share(url);
  if (!signal) {
    request.waiting = Number.POSITIVE_INFINITY;
    return request.transcript;
  }
  request.waiting++;
  return new Promise((resolve, reject) => {
    const abort = () => {
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      if (--request.waiting > 0 || request.settled) return;
      requests.delete(url);
      request.controller.abort();
    };
    signal.addEventListener('abort', abort, { once: true });
    request.transcript.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** Fetches and parses the transcript at `url`, as loadTranscriptWithWarnings without the warnings. */
export function loadTranscript(url: string, signal?: AbortSignal): Promise<Transcript> {
  return loadTranscriptWithWarnings(url, signal).then((reading) => reading.transcript);
}
