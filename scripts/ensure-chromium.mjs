// The browser tests need a Chromium. Find one; as root on Debian install Debian's package;
// otherwise stop with one sentence saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

if (!findChromium()) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } else {
    console.error('No Chromium found: install Chromium (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.');
    process.exit(1);
  }
}
