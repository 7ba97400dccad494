/** The Chromium to test and benchmark with: CHROME_PATH, then the usual install paths. */
export function findChromium(): string | undefined;
