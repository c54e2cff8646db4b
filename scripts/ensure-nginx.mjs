#!/usr/bin/env node
// Makes sure the tests of deploy/nginx.conf have an nginx: uses the one
// there is, or installs Debian's package when running as root on Debian.
// Never fails itself: without nginx, tests/nginx.spec.ts fails and says why.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { findNginx } from './lib/nginx.mjs';

const found = findNginx();
if (found) {
  console.log(`nginx for the tests: ${found}`);
  process.exit(0);
}

if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version') && !process.env.NGINX_PATH) {
  console.log("No nginx found: installing Debian's nginx package with apt-get …");
  // The package would start nginx on port 80 of this machine; the tests
  // start their own. policy-rc.d tells Debian's scripts not to start it.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], { DEBIAN_FRONTEND: 'noninteractive' });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

const after = findNginx();
if (after) console.log(`nginx for the tests: ${after}`);
else console.warn('No nginx: the tests of deploy/nginx.conf will fail. Install nginx (Debian: "apt-get install nginx") or set NGINX_PATH.');

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, timeout: 10 * 60_000 });
  if (result.status !== 0) console.error(`${command} ${args.join(' ')} failed.`);
}
