/** The Prioritized Task Scheduling API, where the browser has it. */
interface Scheduler {
  postTask(callback: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<unknown>;
}

/**
 * Runs `callback` in a task of its own. Work nobody waits for yet runs after the page's other
 * work: at background priority with `scheduler.postTask` where the browser has it, else in an
 * idle period (`requestIdleCallback`). Work a reader waits for runs in a timer task, which takes
 * its turn with the page's own timers: Firefox runs user-visible `postTask` tasks ahead of them,
 * so a long build would hold the page's timers back until it ends. Returns the function that
 * cancels it.
 */
export function runSoon(callback: () => void, waitedFor: boolean): () => void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (!waitedFor && scheduler?.postTask) {
    const abort = new AbortController();
    scheduler.postTask(callback, { priority: 'background', signal: abort.signal }).catch(() => undefined);
    return () => abort.abort();
  }
  if (!waitedFor && typeof requestIdleCallback === 'function') {
    // The timeout bounds the wait on a page that is never idle.
    const id = requestIdleCallback(callback, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback);
  return () => clearTimeout(id);
}
