// Finds a Chromium for the end-to-end tests, in this order: the
// CHROMIUM_PATH environment variable, Playwright's own download (where its
// host was reachable), then the system's Chromium or Chrome.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];
/**
 * Chromium's headless shell (Debian's chromium-headless-shell), what
 * Playwright itself runs headless tests in: it opens a page several times
 * faster than the full browser in headless mode (docs/adr/0012-headless-shell-for-tests.md).
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * @param {{ headless?: boolean }} [options] headless: for automation with
 *   no screen (the tests, the build's flowchart), which the headless shell
 *   serves, if the system has it; the bench's Lighthouse runs the full browser.
 * @returns {{ path: string, source: string } | { path: undefined, source: string }}
 */
export function findChromium({ headless = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { path: fromEnv, source: 'CHROMIUM_PATH' }
      : { path: undefined, source: `CHROMIUM_PATH is ${fromEnv}, which does not exist` };
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, source: 'Playwright' };
  } catch {
    // Playwright has no browser of its own here: fall through to the system's.
  }
  const system = [...(headless ? [HEADLESS_SHELL] : []), ...SYSTEM_BROWSERS].find((candidate) => existsSync(candidate));
  return system ? { path: system, source: 'system' } : { path: undefined, source: 'no Chromium found' };
}

/**
 * Flags for Chromium in a container: no sandbox as root, and no background
 * traffic to Google's services, which a closed network refuses noisily.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
