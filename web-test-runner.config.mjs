// One suite, three engines. `npm test` runs it in Chromium; BROWSERS=firefox or
// BROWSERS=webkit (or a comma list) runs the same files elsewhere: see .ci/run.
import { spawn } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findChromium } from './scripts/chromium-path.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run',
  // window.gc() for test/browser/hardening-leaks.test.ts to count removed elements still in memory.
  '--js-flags=--expose-gc',
];
const WEBKIT_DRIVER_PORT = 4445;

// Pages under this folder are served with the strict CSP an embedding page may have
// (Lit's Trusted Types policy is "lit-html"); test/browser/hardening-csp.test.ts loads one.
const HARDENING_PAGES = '/test/browser/fixtures/hardening/';
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith(HARDENING_PAGES) && context.path.endsWith('.html')) context.set('Content-Security-Policy', STRICT_CSP);
}

const launchers = {
  chromium: () => chromeLauncher({
    launchOptions: {
      executablePath: findChromium() ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  }),
  firefox: () => chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
    },
  }),
  webkit: () => {
    // WebKitGTK's driver is a separate server; it lives as long as this run.
    const driver = spawn('WebKitWebDriver', [`--port=${WEBKIT_DRIVER_PORT}`], { stdio: 'ignore' });
    process.on('exit', () => driver.kill());
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port: WEBKIT_DRIVER_PORT,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    });
  },
};

const names = (process.env.BROWSERS || 'chromium').split(',').map((name) => name.trim());
for (const name of names) {
  if (!(name in launchers)) throw new Error(`BROWSERS: unknown browser "${name}" (chromium, firefox, webkit)`);
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  middleware: [strictCsp],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' })],
  browsers: names.map((name) => launchers[name]()),
  // One test file at a time: WebDriver sessions cannot run files in parallel in one MiniBrowser,
  // Firefox holds a background tab's timers to one a second, and Chromium gives a background tab
  // no animation frames, which a reader's tab in front never sees.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
};
