import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../src/integrations/offline.ts';
import { FIXTURE } from './content/revision-fixture';
import { ROOT } from './content/project';
import { savedCopyLine, workerReady } from './support/offline';
import { serveBuild } from './support/serve';

/**
 * Issue 22: a new build replaces the saved copy. A copy of each build is
 * served (with the intranet's headers) and visited, so its worker saves
 * it; then, while a reader is offline on the saved page, one of the
 * routine's sentences is changed in the copy and its worker written
 * again, as the next `npm run build` would. Back online, the saved page
 * says it has changed; the first load shows the new sentence; the new
 * worker then replaces the saved page (the old revision of it is gone from
 * the cache), and offline the new sentence is what is saved.
 */
test.use({ serviceWorkers: 'allow' });

const BUILDS = [
  { dist: 'dist', base: '/' },
  { dist: 'dist-undermapp', base: '/rutiner/insluss/' },
];
const ROUTINE_PAGE = `rutiner/${FIXTURE.routine}/`;
const REVISED = FIXTURE.sentence.replace(FIXTURE.removed, FIXTURE.added);

/** Workbox's revision of a saved file: the MD5 of its bytes. */
const revision = (file: string) => createHash('md5').update(readFileSync(file)).digest('hex');

/** The revisions of the page at `address` the worker's caches hold. */
function savedRevisions(page: Page, address: string): Promise<string[]> {
  return page.evaluate(async (url) => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const key = new URL(request.url);
        if (`${key.origin}${key.pathname}` === url) found.push(key.searchParams.get('__WB_REVISION__') ?? '');
      }
    }
    return found;
  }, address);
}

for (const { dist, base } of BUILDS) {
  test(`${dist}: after a new build with a changed sentence, the first load online shows it, and the saved copy becomes it`, async ({ page, context }) => {
    test.setTimeout(90_000);
    const copy = mkdtempSync(join(tmpdir(), 'insluss-nytt-bygge-'));
    // The output path is a link to the build's folder (scripts/build.mjs): copy the folder.
    cpSync(realpathSync(dist), copy, { recursive: true });
    const server = await serveBuild(copy, ['--base', base]);
    try {
      const site = `${server.origin}${base}`;
      const file = join(copy, ROUTINE_PAGE, 'index.html');
      await page.goto(site);
      await workerReady(page);
      await page.goto(site + ROUTINE_PAGE);
      await expect(page.getByText(FIXTURE.sentence)).toBeVisible();
      const before = revision(file);
      expect(await savedRevisions(page, site + ROUTINE_PAGE)).toEqual([before]);

      // Offline, on the saved page; meanwhile, the next build: one sentence changed, and its worker.
      await context.setOffline(true);
      await page.goto(site + ROUTINE_PAGE);
      await expect(savedCopyLine(page)).toBeVisible();
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(FIXTURE.sentence);
      writeFileSync(file, html.replace(FIXTURE.sentence, REVISED));
      await writeServiceWorker({ site: copy, base, root: ROOT });
      const after = revision(file);

      // Back online, the saved page learns that the network has another version of it.
      await context.setOffline(false);
      await expect(page.getByText(/^Sidan har ändrats sedan kopian sparades/)).toBeVisible({ timeout: 15_000 });
      await expect(savedCopyLine(page)).toBeHidden();

      await page.goto(site + ROUTINE_PAGE);
      await expect(page.getByText(REVISED)).toBeVisible();
      await expect(savedCopyLine(page)).toBeHidden();
      // The new worker, found on that visit, saves the new build and drops the old copy.
      await expect.poll(() => savedRevisions(page, site + ROUTINE_PAGE), { timeout: 30_000 }).toEqual([after]);

      await context.setOffline(true);
      await page.goto(site + ROUTINE_PAGE);
      await expect(savedCopyLine(page)).toBeVisible();
      await expect(page.getByText(REVISED)).toBeVisible();
      await expect(page.getByText(FIXTURE.sentence)).toHaveCount(0);
    } finally {
      await context.setOffline(false);
      await server.stop();
      rmSync(copy, { recursive: true, force: true });
    }
  });
}
