import { existsSync } from 'node:fs';

/** The Chromium to test and benchmark with: CHROME_PATH, then the usual install paths. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => path && existsSync(path));
}
