import { expect, test, type Page } from '@playwright/test';
import { guideQuestion, modelRoles } from './support/process';

/**
 * Where scripts run but a page's own script never arrives (a failed
 * download, a file missing from a copy of the build): a control that needs
 * it is not left on the page doing nothing, and the page says what it
 * would say without JavaScript. The pages wait a few seconds for the
 * script before they say so.
 */

/** Every script of the site's own fails to load. */
async function withoutScripts(page: Page) {
  await page.route(/\/_astro\/.+\.js$/, (route) => route.abort('failed'));
}

const AFTER_THE_WAIT = { timeout: 10_000 };

/**
 * The pages' waits for a missing script are CSS animations (3 s), which
 * page.clock does not move: each animation running on the page is run to
 * its end, as if the reader had waited.
 */
async function pastTheWait(page: Page) {
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
  });
}

test.describe('the guide without its script', () => {
  test('says it needs JavaScript and links to the role pages, instead of a "Nästa" that does nothing', async ({ page }) => {
    await withoutScripts(page);
    await page.goto('guide/');
    await expect(page.getByText('Guiden räknar ut dina steg och datum i webbläsaren och behöver därför JavaScript.')).toBeVisible(AFTER_THE_WAIT);
    await expect(page.getByRole('button', { name: 'Nästa' })).toBeHidden();
    await expect(page.getByRole('group', { name: guideQuestion('roll').fraga })).toBeHidden();
    const role = modelRoles().find((candidate) => candidate.id === 'forsorjningsstod')!.namn;
    await page.getByRole('link', { name: role }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(role);
  });

  test('with its script, the guide never says it needs one, however long the page is open', async ({ page }) => {
    await page.goto('guide/');
    await expect(page.getByRole('button', { name: 'Nästa' })).toBeEnabled();
    await pastTheWait(page);
    await expect(page.getByText('behöver därför JavaScript')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Nästa' })).toBeVisible();
  });
});

test.describe('the contacts without the filter\'s script', () => {
  const filter = (page: Page) => page.getByRole('searchbox', { name: 'Filtrera kontakter' });

  test('no filter field is offered; the list is complete', async ({ page }) => {
    await withoutScripts(page);
    await page.goto('kontakter/');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(filter(page)).toBeHidden();
    await pastTheWait(page);
    await expect(filter(page)).toBeHidden();
    const cards = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) await expect(card).toBeVisible();
  });

  test('with its script the filter is there, and stays', async ({ page }) => {
    await page.goto('kontakter/');
    await expect(filter(page)).toBeVisible();
    await pastTheWait(page);
    await expect(filter(page)).toBeVisible();
  });
});
