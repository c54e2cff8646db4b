import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/browser.mjs';

// The headless shell where the system has it: a new page opens several times faster (docs/adr/0012-headless-shell-for-tests.md).
const browser = findChromium({ headless: true });
// E2E_PORT lets two checkouts run their tests side by side.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4321);
const SUBPATH_PORT = ROOT_PORT + 1;
// tests/nginx.spec.ts starts nginx on this port itself.
const NGINX_PORT = ROOT_PORT + 3;
const FALLBACK_PORT = ROOT_PORT + 4;
export const SUBPATH = '/rutiner/insluss/';

/** Specs that also run against the build for a sub-path. */
const SUBPATH_SPECS = /(routines|search|subpath|links|offline)\.spec\.ts$/;
/** Specs that need a particular server, each run by its own project only. */
const OWN_SERVER_SPECS = /(subpath|csp|pages|nginx|fallback)\.spec\.ts$/;

export default defineConfig({
  testDir: './tests',
  // Node's test runner runs tests/content/*.test.ts; Playwright runs the specs.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A guard against a test that hangs, not a speed check: npm test runs this
  // run beside another (scripts/test.mjs), and a long page's axe pass then
  // takes twice its time alone.
  timeout: 60_000,
  // One more than the cores: a worker waiting on a page load or a server leaves a core to the others.
  workers: 3,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_RESULTS ?? '.cache/playwright-results.json' }]],
  // Apart per run: a run empties its folder when it starts, and npm test runs two side by side (scripts/test.mjs).
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
    trace: 'off',
    // Every spec sees the site as a browser without a service worker does
    // (plain HTTP on an intranet host, or a policy against them): it must
    // work as it is. The offline specs allow the worker themselves.
    serviceWorkers: 'block',
  },
  // Playwright runs the projects' tests in this order. The long ones first
  // (pages.spec's, a page twice with axe each; nginx.spec's file in one
  // worker), the many short ones of "rot" last: they fill in around the long
  // ones, and no worker waits on another at the end.
  projects: [
    {
      // The sub-path build with the intranet's Content-Security-Policy,
      // which serve.mjs sends on every response: the "undermapp" server.
      name: 'csp',
      // pages.spec.ts: every page, with every check that concerns every page alike, under the policy.
      testMatch: /(csp|pages)\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` },
    },
    {
      // The sub-path build behind nginx with deploy/nginx.conf.
      name: 'nginx',
      testMatch: /nginx\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${NGINX_PORT}${SUBPATH}` },
    },
    {
      // The build made without a browser: the flowchart is drawn in the reader's browser.
      name: 'utan-webblasare',
      testMatch: /fallback\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${FALLBACK_PORT}/` },
    },
    {
      name: 'undermapp',
      testMatch: SUBPATH_SPECS,
      // What does not depend on the base path is proved once, at the root.
      grepInvert: /@en-gang/,
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` },
    },
    {
      name: 'rot',
      testIgnore: OWN_SERVER_SPECS,
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` },
    },
  ],
  webServer: [
    {
      // E2E_ROOT_DIST: another build at the root, e.g. the owner's revision (scripts/test.mjs).
      command: `node scripts/serve.mjs --dir ${process.env.E2E_ROOT_DIST ?? 'dist'} --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir dist-undermapp --base ${SUBPATH} --port ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir dist-utan-webblasare --port ${FALLBACK_PORT}`,
      url: `http://127.0.0.1:${FALLBACK_PORT}/`,
      reuseExistingServer: false,
    },
  ],
});
