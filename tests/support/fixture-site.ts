import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { test as base } from '@playwright/test';

/**
 * The browser tests of a fixture's build (a copy of the project a content
 * test changed and built, e.g. dist-versioner/), served with the site's
 * Content-Security-Policy by a server of the spec's own: `site` is its
 * address, with a slash at the end.
 */
export function fixtureTest(dist: string, builtBy: string) {
  return base.extend<object, { site: string }>({
    site: [
      async ({}, use) => {
        if (!existsSync(`${dist}/index.html`)) {
          throw new Error(`${dist} is missing: it is built by ${builtBy} (npm run test:unit).`);
        }
        const port = await freePort();
        const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dist, '--port', String(port), '--csp'], { stdio: 'pipe' });
        const url = `http://127.0.0.1:${port}/`;
        for (let tries = 0; tries < 100 && !(await fetch(url).then((r) => r.ok).catch(() => false)); tries++) await new Promise((r) => setTimeout(r, 100));
        await use(url);
        server.kill();
      },
      { scope: 'worker' },
    ],
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
