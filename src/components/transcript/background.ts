/** The Prioritized Task Scheduling API, where the browser has it. */
interface Scheduler {
  postTask(callback: () => void, options: { priority: 'user-visible' | 'background'; signal: AbortSignal }): Promise<unknown>;
}

/**
 * Runs `callback` in a task of its own, after the page's other work: with `scheduler.postTask`
 * where the browser has it, else in an idle period (`requestIdleCallback`) for work nobody waits
 * for yet, else in a timer task. Returns the function that cancels it.
 */
export function runSoon(callback: () => void, waitedFor: boolean): () => void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) {
    const abort = new AbortController();
    scheduler.postTask(callback, { priority: waitedFor ? 'user-visible' : 'background', signal: abort.signal }).catch(() => undefined);
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
