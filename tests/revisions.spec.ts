import { expect } from '@playwright/test';
import { leaving, watchRequests } from './support/requests';
import { FIXTURE } from './content/revision-fixture';
import { axeViolations, expectNoAxeViolations } from './support/axe';
import { watchCsp } from './support/csp';
import { fixtureTest } from './support/fixture-site';

/**
 * The pages only a routine with earlier versions has (a version, what
 * changed), in a browser: the live site keeps no earlier version, so the
 * all-page gates never see them in dist/. They are read here from the
 * build of the fixture, dist-versioner/, which tests/content/revisions.test.ts
 * makes (npm test runs it first), served with the site's
 * Content-Security-Policy by a server of this spec's own.
 */
const test = fixtureTest(FIXTURE.dist, 'tests/content/revisions.test.ts');

const VERSION_PAGE = `rutiner/${FIXTURE.routine}/${FIXTURE.earlier}/`;
const COMPARISON_PAGE = `rutiner/${FIXTURE.routine}/andringar/${FIXTURE.current}/`;
const ROUTINE_PAGE = `rutiner/${FIXTURE.routine}/`;

// As tests/pages.spec.ts does for the pages of dist/: each page loaded twice, each load carrying every check.
for (const path of [VERSION_PAGE, COMPARISON_PAGE, ROUTINE_PAGE]) {
  test(`fixture /${path}, light, on a desktop: axe finds nothing, nothing leaves the site, no error, no CSP violation`, async ({ page, site }) => {
    const violations = await watchCsp(page);
    const outside = watchRequests(page, leaving(site));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(site + path);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect({ outside, errors, violations }).toEqual({ outside: [], errors: [], violations: [] });
  });

  test(`fixture /${path}, dark, on a phone: the header with its link to the intranet at most 120 px tall, axe finds nothing, and at 320 px no sideways scrolling`, async ({
    page,
    site,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(site + path);
    await expect(page.getByRole('banner').getByRole('link', { name: FIXTURE.intranet.text })).toBeVisible();
    expect(await page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().height)).toBeLessThanOrEqual(120);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

test('the earlier version and what changed are titled by the routine\'s short name and the date, within 70 characters', async ({ page, site }) => {
  for (const [path, start] of [
    [VERSION_PAGE, `${FIXTURE.shortName}, version ${FIXTURE.earlier}`],
    [COMPARISON_PAGE, `Vad som ändrades ${FIXTURE.current} i ${FIXTURE.shortName}`],
  ] as const) {
    await page.goto(site + path);
    const title = await page.title();
    expect(title.startsWith(start), `${title} starts with ${start}`).toBe(true);
    expect(title.length, title).toBeLessThanOrEqual(70);
  }
});

test('the routine leads to what changed, and its history to the earlier version, whose banner leads back', async ({ page, site }) => {
  await page.goto(site + ROUTINE_PAGE);
  await page.getByRole('link', { name: 'se vad som ändrades', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Vad som ändrades ${FIXTURE.current}`);
  await page.goBack();
  const history = page.getByRole('region', { name: 'Versionshistorik' });
  await history.getByRole('link', { name: `Läs versionen från ${FIXTURE.earlier}` }).click();
  await expect(page).toHaveURL(new RegExp(`${VERSION_PAGE}$`));
  const banner = page.getByRole('region', { name: 'Det här är inte den gällande versionen' });
  await expect(banner).toBeVisible();
  await banner.getByRole('link', { name: `Läs den gällande versionen av ${FIXTURE.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`${ROUTINE_PAGE}$`));
});

test('what changed is not told by colour alone: struck through, underlined, labelled for screen readers and on paper', async ({ page, site }) => {
  await page.goto(site + COMPARISON_PAGE);
  const text = page.locator('.comparison__section');
  const removed = text.locator('del');
  const added = text.locator('ins');
  await expect(removed).toHaveCount(1);
  await expect(added).toHaveCount(1);
  expect(await removed.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
  expect(await added.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
  // On screen the labels are for screen readers only; in print they are on the page.
  await expect(removed.locator('.change-label').first()).toHaveText('Borttaget:');
  expect(await removed.locator('.change-label').first().evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  await page.emulateMedia({ media: 'print' });
  expect(await removed.locator('.change-label').first().evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(20);
  await expect(page.getByRole('main')).toContainText(`Borttaget: ${FIXTURE.removed} (slut på borttaget) Tillagt: ${FIXTURE.added} (slut på tillagt)`);
});
