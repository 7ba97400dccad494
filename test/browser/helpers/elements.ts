import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The first element of `element`'s shadow tree with part `name`. */
export const part = <T extends Element = HTMLElement>(element: Element, name: string): T | null =>
  element.shadowRoot!.querySelector<T>(`[part~=${name}]`);

/** Records the details of every `name` event the element fires. */
export function record<T>(element: Element, name: string): T[] {
  const seen: T[] = [];
  element.addEventListener(name, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

/** Replaces navigator.clipboard with `{ writeText }`; returns the function that puts the real one back. */
export function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

/** Collects console.warn calls until `restore()`. */
export function recordWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => void (console.warn = original) };
}

/** Collects console.error calls (into `errors`) until `restore()`: an element's report of its error. */
export function recordErrors(errors: string[] = []): { errors: string[]; restore: () => void } {
  const original = console.error;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  return { errors, restore: () => void (console.error = original) };
}

/**
 * Resolves with what `look` sees right after the element's next update, e.g. its first one,
 * while its data still loads (`updateComplete` would wait for the data).
 */
export function afterNextUpdate<T>(element: ReactiveControllerHost, look: () => T): Promise<T> {
  return new Promise((resolve) => {
    const controller: ReactiveController = {
      hostUpdated: () => {
        element.removeController(controller);
        resolve(look());
      },
    };
    element.addController(controller);
  });
}

/**
 * Records, in every test of the calling file, what elements report with console.error (the
 * full reason of an error, which the reader does not see), e.g. `<verbatim-quote>: No quote "x"…`.
 */
export function recordReports(): string[] {
  const reports: string[] = [];
  let restore = () => {};
  beforeEach(() => {
    reports.length = 0;
    restore = recordErrors(reports).restore;
  });
  afterEach(() => restore());
  return reports;
}
