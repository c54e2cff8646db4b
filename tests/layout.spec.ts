import { expect, test } from '@playwright/test';
import { sections } from '../src/lib/process/source-text.ts';
import { siteContent } from './support/process';
import { MISSING_PAGE } from './support/site';

// The frame of every page and its reflow at 320 px: tests/pages.spec.ts.
// Titles and names as content/ writes them, read by the site's pipeline.
const content = siteContent();
const routineOf = (id: string) => content.routines.find((routine) => routine.id === id)!;
const pageTitle = (id: string) => content.pages.find((candidate) => candidate.id === id)!.data.title;
const CITY = routineOf('goteborgs-stad').data;
const LOCAL = routineOf('nordost').data;

test('the skip link is the first stop for the keyboard and moves to the content', async ({ page }) => {
  await page.goto('rutiner/nordost/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the content, not back in the header.
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('the menu and the header search can be used with the keyboard alone', async ({ page }) => {
  await page.goto('');
  const search = page.getByRole('banner').getByRole('searchbox');
  for (let i = 0; i < 6 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  await page.keyboard.type('matpengar');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sok\/\?q=matpengar$/);
  const menuLink = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: LOCAL.kortnamn });
  await menuLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LOCAL.title);
  await expect(menuLink).toHaveAttribute('aria-current', 'page');
});

test('printing a routine gives its header and text without the site around it', async ({ page }) => {
  await page.goto('rutiner/goteborgs-stad/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('banner').getByRole('search')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Innehåll' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Dokumentuppgifter' })).toBeVisible();
  // A section of the routine's text: its first heading below the title.
  const section = sections(routineOf('goteborgs-stad').body).find((candidate) => candidate.depth === 2)!;
  await expect(page.getByRole('heading', { name: section.heading, exact: true })).toBeVisible();
});

test('an unknown address gives a Swedish 404 page with a way on', async ({ page }) => {
  const response = await page.goto(MISSING_PAGE);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await page.getByRole('main').getByRole('link', { name: LOCAL.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LOCAL.title);
});

test('the start page leads to every part of the site', async ({ page }) => {
  await page.goto('');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: CITY.title })).toBeVisible();
  await expect(main.getByRole('link', { name: LOCAL.title })).toBeVisible();
  await expect(main.getByRole('search')).toBeVisible();
});

test('the accessibility statement says how compliant the site is and where to report', async ({ page }) => {
  await page.goto('tillganglighet/');
  const main = page.getByRole('main');
  await expect(main).toContainText(/(helt|delvis|inte) förenlig/);
  await expect(main.getByRole('link', { name: /Digg/ })).toHaveAttribute('href', 'https://www.digg.se/tdosanmalan');
  // Until content/webbplats.yaml has a feedback address, the statement names the document owners.
  const address = content.site.tillganglighetEpost;
  if (address) await expect(main.getByRole('link', { name: address })).toHaveAttribute('href', `mailto:${address}`);
  else await expect(main).toContainText(`kontakta oss genom rutinernas dokumentansvariga: ${content.routines[0]!.data.dokumentansvarig} (${content.routines[0]!.data.title})`);
  await expect(main).toContainText(/Senaste bedömningen gjordes \d{4}-\d{2}-\d{2}/);
});
