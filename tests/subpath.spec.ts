import { expect, test } from '@playwright/test';

// Runs only in the "undermapp" project, against the build with
// BASE_PATH=/rutiner/insluss/ (routines, search and links run there too).

test('pages, styles and navigation work under the sub-path', async ({ page, baseURL }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('');
  expect(new URL(page.url()).pathname).toBe('/rutiner/insluss/');
  const background = await page.getByRole('banner').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background, 'the stylesheet loaded').not.toBe('rgba(0, 0, 0, 0)');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Lokal rutin Nordost' }).click();
  await expect(page).toHaveURL(`${baseURL}rutiner/nordost/`);
  await page.getByRole('navigation', { name: 'Du är här' }).getByRole('link', { name: 'Start' }).click();
  await expect(page).toHaveURL(baseURL!);
  expect(failed).toEqual([]);
});

test('the header search form sends to the search page under the sub-path', async ({ page, baseURL }) => {
  await page.goto('tillganglighet/');
  await page.getByRole('banner').getByRole('searchbox').fill('Sunnerfjell');
  await page.getByRole('banner').getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(`${baseURL}sok/?q=Sunnerfjell`);
  await expect(page.locator('.search-result a[href^="/rutiner/insluss/kontakter/?"][href$="#nina-sunnerfjell"]')).toBeVisible();
  for (const href of await page.locator('.search-result a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/rutiner\/insluss\//);
  }
});

test('the sub-path without its trailing slash, and a page without one, redirect as nginx does', async ({ page, baseURL }) => {
  await page.goto(baseURL!.replace(/\/$/, ''));
  expect(page.url()).toBe(baseURL);
  await page.goto(`${baseURL}rutiner/nordost?fran=intranatet`);
  expect(page.url()).toBe(`${baseURL}rutiner/nordost/?fran=intranatet`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lokal rutin Insluss');
});
