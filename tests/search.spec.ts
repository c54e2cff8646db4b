import { expect, test, type Page } from '@playwright/test';

const CITY = 'Göteborgs Stads rutin för samverkan enligt insluss';
const NORDOST = 'Lokal rutin Insluss';

const results = (page: Page) => page.getByRole('list').filter({ has: page.locator('.search-result') });
const status = (page: Page) => page.getByRole('status');

test('matpengar finds the Nordost routine', async ({ page }) => {
  await page.goto('sok/?q=matpengar');
  await expect(status(page)).toContainText('för ”matpengar”');
  await expect(results(page).getByRole('link', { name: NORDOST })).toBeVisible();
  await expect(results(page).getByRole('link', { name: CITY })).toHaveCount(0);
  await expect(results(page).locator('mark').first()).toContainText(/matpengar/i);
});

for (const spelling of ['insluss', 'Insluss', 'inkluss', 'Inkluss-modellen', 'inklussning', 'inslussning']) {
  test(`"${spelling}" finds both routines`, async ({ page }) => {
    await page.goto(`sok/?q=${encodeURIComponent(spelling)}`);
    await expect(results(page).getByRole('link', { name: CITY })).toBeVisible();
    await expect(results(page).getByRole('link', { name: NORDOST })).toBeVisible();
  });
}

test('a result leads to its page', async ({ page }) => {
  await page.goto('sok/?q=matpengar');
  await results(page).getByRole('link', { name: NORDOST }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NORDOST);
});

test('a nonsense query says there are no hits', async ({ page }) => {
  await page.goto('sok/?q=qxzvbnmlk');
  await expect(status(page)).toHaveText(/^Inga träffar för ”qxzvbnmlk”/);
  await expect(page.locator('.search-result')).toHaveCount(0);
});

test('an empty query says there are no hits and what to do', async ({ page }) => {
  await page.goto('sok/?q=');
  await expect(status(page)).toHaveText('Inga träffar: skriv ett eller flera ord att söka efter.');
});

test('the search page without a query just offers the field', async ({ page }) => {
  await page.goto('sok/');
  await expect(page.getByRole('searchbox', { name: 'Sök i rutinerna' }).last()).toBeVisible();
  await expect(status(page)).toHaveText('');
});

test('markup in the query is shown as text, never run', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto(`sok/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(status(page)).toContainText('Inga träffar för ”<img src=x onerror=alert(1)>”');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test('the header search on any page lands on the results', async ({ page }) => {
  await page.goto('rutiner/goteborgs-stad/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: 'Sök i rutinerna' }).fill('matpengar');
  await header.getByRole('searchbox', { name: 'Sök i rutinerna' }).press('Enter');
  await expect(page).toHaveURL(/sok\/\?q=matpengar$/);
  await expect(results(page).getByRole('link', { name: NORDOST })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('matpengar');
});

test('a new search from the results page replaces the results', async ({ page }) => {
  await page.goto('sok/?q=matpengar');
  await expect(results(page).getByRole('link', { name: NORDOST })).toBeVisible();
  const field = page.getByRole('main').getByRole('searchbox');
  await field.fill('Sydväst');
  await page.getByRole('main').getByRole('button', { name: 'Sök' }).click();
  await expect(results(page).getByRole('link', { name: CITY })).toBeVisible();
  await expect(results(page).getByRole('link', { name: NORDOST })).toHaveCount(0);
});

test('a person’s name finds the contact list and leads to their card', async ({ page }) => {
  await page.goto('sok/?q=Sunnerfjell');
  await expect(results(page).getByRole('link', { name: 'Kontakter', exact: true })).toBeVisible();
  await expect(results(page).getByRole('link', { name: NORDOST })).toBeVisible();
  await results(page).getByRole('link', { name: 'Nina Sunnerfjell' }).click();
  await expect(page).toHaveURL(/kontakter\/#nina-sunnerfjell$/);
  await expect(page.getByRole('heading', { name: 'Nina Sunnerfjell' })).toBeInViewport();
});

test('an area finds the contact list', async ({ page }) => {
  await page.goto('sok/?q=Kortedala');
  await expect(results(page).getByRole('link', { name: 'Kontakter', exact: true })).toBeVisible();
});

test('the guide\'s questions are not search results', async ({ page }) => {
  await page.goto(`sok/?q=${encodeURIComponent('Vilken förvaltning handlägger ärendet')}`);
  await expect(status(page)).toContainText('för ”Vilken förvaltning handlägger ärendet”');
  await expect(page.locator('.search-result a[href*="guide/"]')).toHaveCount(0);
});
