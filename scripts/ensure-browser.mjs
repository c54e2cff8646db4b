#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium. Uses one that is there
// (CHROMIUM_PATH, Playwright's own, or the system's); otherwise installs one
// where it can: Debian's package when running as root on Debian, else
// Playwright's installer. Says what it did, or how to get a browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/browser.mjs';

const found = findChromium({ headless: true });
if (found.path) {
  console.log(`Browser for the tests: ${found.path} (${found.source})`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (process.env.CHROMIUM_PATH) fail(found.source);

if (isRoot && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version')) {
  console.log("No Chromium found: installing Debian's chromium and chromium-headless-shell packages with apt-get …");
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'chromium-headless-shell'], { DEBIAN_FRONTEND: 'noninteractive' });
} else {
  console.log("No Chromium found: trying Playwright's installer …");
  run('npx', ['playwright', 'install', 'chromium'], {}, 5 * 60_000);
}

const after = findChromium({ headless: true });
if (!after.path) fail('the install gave no browser');
console.log(`Browser for the tests: ${after.path} (${after.source})`);

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @param {number} [timeout]
 */
function run(command, args, env = {}, timeout = 10 * 60_000) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, timeout });
  if (result.status !== 0) console.error(`${command} ${args.join(' ')} failed.`);
}

/** @param {string} reason */
function fail(reason) {
  console.error(
    `The end-to-end tests need Chromium (${reason}).\n` +
      'Install one, e.g. "sudo apt-get install chromium" on Debian/Ubuntu or "npx playwright install chromium",\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome.',
  );
  process.exit(1);
}
