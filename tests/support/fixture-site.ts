import { existsSync } from 'node:fs';
import { test as base } from '@playwright/test';
import { serveBuild } from './serve';

/**
 * The browser tests of a fixture's build (a copy of the project a content
 * test changed and built, e.g. dist-versioner/), served with the site's
 * security headers by a server of the spec's own: `site` is its
 * address, with a slash at the end.
 */
export function fixtureTest(dist: string, builtBy: string) {
  return base.extend<object, { site: string }>({
    site: [
      async ({}, use) => {
        requireBuild(dist, builtBy);
        const server = await serveBuild(dist);
        await use(`${server.origin}/`);
        await server.stop();
      },
      { scope: 'worker' },
    ],
  });
}

/** Fails, saying which content test builds it, when a fixture's build is not there. */
export function requireBuild(dist: string, builtBy: string): void {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist} is missing: it is built by ${builtBy} (npm run test:unit).`);
}
