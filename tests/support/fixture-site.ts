import { existsSync } from 'node:fs';
import { test as base } from '@playwright/test';
import { serveBuild } from './serve';

/**
 * The browser tests of a fixture's build (a copy of the project a content
 * test changed and built, e.g. dist-versioner/), served with the site's
 * security headers by a server of the test's own: `site` is its
 * address, with a slash at the end.
 *
 * A server per test, not per worker: a worker-scoped fixture would give
 * these specs workers of their own (Playwright groups tests by their
 * worker fixtures), each starting Node and a browser for a handful of
 * tests while the other workers wait. A server starts in a fraction of that.
 */
export function fixtureTest(dist: string, builtBy: string) {
  return base.extend<{ site: string }>({
    site: async ({}, use) => {
      requireBuild(dist, builtBy);
      const server = await serveBuild(dist);
      await use(`${server.origin}/`);
      await server.stop();
    },
  });
}

/** Fails, saying which content test builds it, when a fixture's build is not there. */
export function requireBuild(dist: string, builtBy: string): void {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist} is missing: it is built by ${builtBy} (npm run test:unit).`);
}
