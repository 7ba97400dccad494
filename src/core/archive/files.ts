/** Fetches a file of the archive; `init.signal` abandons the download. */
export type FetchFile = (url: string, init?: { signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** One search's terms for a download: its signal, and a pause to take before its first download. */
export interface FileRequest {
  signal?: AbortSignal;
  /** Resolves when the search may download (the reader stopped typing); rejects when it is aborted. */
  pause?: () => Promise<void>;
}

export const abortError = (): DOMException => new DOMException('The search was aborted.', 'AbortError');

/** Resolves after `milliseconds`, or rejects with an AbortError as soon as `signal` aborts. */
export function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, milliseconds);
    const stop = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

interface Download {
  value: Promise<unknown>;
  controller: AbortController;
  /** Searches still waiting for it that may be aborted. */
  waiting: number;
  /** Asked for without a signal: finished whatever happens to the searches. */
  kept: boolean;
  settled: boolean;
}

/**
 * The archive's files, each parsed and fetched once; a failed fetch is tried again next time.
 * A download that only aborted searches were waiting for is cancelled and forgotten, so that a
 * query the reader typed past costs no more bytes than it has already received.
 */
export function fileLoader(base: URL, fetchFile: FetchFile) {
  const downloads = new Map<string, Download>();

  const start = (path: string): Download => {
    const url = new URL(path, base).href;
    const controller = new AbortController();
    const value = fetchFile(url, { signal: controller.signal }).then(async (response) => {
      if (!response.ok) throw new Error(`Could not load the archive file ${url} (HTTP ${response.status}).`);
      try {
        return await response.json();
      } catch (error) {
        if (controller.signal.aborted) throw error;
        throw new Error(`The archive file ${url} is not valid JSON.`, { cause: error });
      }
    });
    const download: Download = { value, controller, waiting: 0, kept: false, settled: false };
    value.then(
      () => (download.settled = true),
      () => {
        download.settled = true;
        if (downloads.get(path) === download) downloads.delete(path);
      },
    );
    downloads.set(path, download);
    return download;
  };

  return {
    /** The file at `path` (relative to the archive), parsed; for `request`'s search, when given. */
    async load<T>(path: string, request: FileRequest = {}): Promise<T> {
      const { signal, pause } = request;
      if (signal?.aborted) throw abortError();
      if (!downloads.has(path) && pause) await pause();
      const download = downloads.get(path) ?? start(path);
      if (!signal) {
        download.kept = true;
        return download.value as Promise<T>;
      }
      if (download.settled) return download.value as Promise<T>;
      download.waiting++;
      return new Promise<T>((resolve, reject) => {
        let waiting = true;
        /** Stops waiting; false when it had stopped already. */
        const leave = (): boolean => {
          if (!waiting) return false;
          waiting = false;
          download.waiting--;
          signal.removeEventListener('abort', abandon);
          return true;
        };
        const abandon = () => {
          if (!leave()) return;
          if (download.waiting === 0 && !download.kept && !download.settled) {
            download.controller.abort();
            downloads.delete(path);
          }
          reject(abortError());
        };
        signal.addEventListener('abort', abandon, { once: true });
        download.value.then(
          (value) => leave() && resolve(value as T),
          (error: unknown) => leave() && reject(error as Error),
        );
      });
    },
  };
}
