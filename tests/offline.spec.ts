import { expect, test } from '@playwright/test';
import { siteContent } from './support/process';
import { rolesInOrder } from '../src/lib/process/model.ts';
import { expectNoAxeViolations } from './support/axe';
import { watchCsp } from './support/csp';
import { answerGuide, daysFromNow, newestFooterDate, routines, savedCopyLine, savedCopyText, workerReady } from './support/offline';

/**
 * Issue 22, offline after one visit: the start page visited once online,
 * then, with the network gone, every reading page, the guide (a result
 * opened from its link) and the search still work, each saying it is a
 * saved copy and from which revision; back online, the line goes. Runs
 * against the root build, the sub-path build and the sub-path build with
 * the intranet's Content-Security-Policy (playwright.config.ts).
 */
test.use({ serviceWorkers: 'allow' });

const model = siteContent().process;
const role = rolesInOrder(model)[0]!;

test('after one visit to the start page (the worker at the site’s base, revalidated on every visit), the site works offline and says each page is a saved copy; online again, the line goes', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const violations = await watchCsp(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The worker's own requests included: nothing leaves the site.
  const outside: string[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin && !request.url().startsWith('data:')) outside.push(request.url());
  });

  await page.goto('');
  await expect(savedCopyLine(page)).toBeHidden();
  // The worker lives at the site's base, its scope is the base, and it is revalidated on every visit.
  expect(await workerReady(page)).toBe(baseURL);
  const worker = await page.request.get('sw.js');
  expect(worker.ok()).toBe(true);
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(worker.headers()['content-type']).toMatch(/^text\/javascript/);
  await context.setOffline(true);

  for (const routine of routines()) {
    const saved = (await page.goto(`rutiner/${routine.id}/`))!;
    await expect(savedCopyLine(page)).toHaveText(savedCopyText(routine.senastReviderad));
    // The page, marked as a saved copy, is longer than the server's copy: no stale length may cut it short.
    const length = saved.headers()['content-length'];
    if (length !== undefined) expect(Number(length)).toBe((await saved.body()).length);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Versionshistorik' })).toBeVisible();
  }
  for (const [path, heading] of [
    ['kontakter/', 'Kontakter'],
    ['ordlista/', 'Ordlista'],
    ['flodesschema/', 'Flödesschema'],
    [`roller/${role.id}/`, role.namn],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(savedCopyLine(page)).toHaveText(savedCopyText(await newestFooterDate(page)));
  }
  // The flowchart is there, drawn, with its text version.
  await page.goto('flodesschema/');
  await expect(page.locator('.flowchart__canvas svg')).toBeVisible();

  // The guide, answered offline; its result, opened again from its link.
  await page.goto('guide/');
  await answerGuide(page, daysFromNow(100));
  const result = page.url();
  await page.goto('');
  await page.goto(result);
  await expect(page.getByRole('heading', { name: 'Mina steg', exact: true })).toBeVisible();
  await expect(page.locator('.guide__step').first()).toBeVisible();
  await expect(savedCopyLine(page)).toHaveText(savedCopyText(await newestFooterDate(page)));

  // The search, through the header's field, as a reader asks it.
  await page.goto('');
  await page.getByRole('banner').getByRole('searchbox').fill('matpengar');
  await page.getByRole('banner').getByRole('searchbox').press('Enter');
  await expect(page.getByRole('status')).toContainText('för ”matpengar”');
  await expect(page.locator('.search-result mark').first()).toContainText(/matpengar/i);
  await expect(savedCopyLine(page)).toBeVisible();
  await expectNoAxeViolations(page);

  // Back online: the network has this very page, so the line goes, here and on the next page.
  await context.setOffline(false);
  await expect(savedCopyLine(page)).toBeHidden({ timeout: 15_000 });
  await page.goto(`roller/${role.id}/`);
  await expect(savedCopyLine(page)).toBeHidden();
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
  expect(outside).toEqual([]);
});

test('a saved page is accessible with its line, in both colour schemes', { tag: '@en-gang' }, async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('');
  await workerReady(page);
  await context.setOffline(true);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`rutiner/${routines()[0]!.id}/`);
    await expect(savedCopyLine(page)).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('where service workers are unavailable, pages work as before and say nothing of a saved copy', { tag: '@en-gang' }, async ({ page }) => {
  // As on a plain-HTTP intranet host, where browsers offer no service worker.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined }));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('');
  await page.waitForLoadState('networkidle');
  await page.goto(`rutiner/${routines()[0]!.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(savedCopyLine(page)).toBeHidden();
  expect(errors).toEqual([]);
});
