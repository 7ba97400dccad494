import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * @open-wc's waitUntil with a 5 s timeout instead of 1 s: the suite runs on shared, busy CI
 * machines (WebKit under xvfb most of all), where a first render that loads a module can take
 * over a second. A condition that never holds still fails, only later.
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
}
