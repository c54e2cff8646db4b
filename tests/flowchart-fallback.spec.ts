import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { siteContent } from './support/process';
import { scripts, watchRequests } from './support/requests';

/** A step of the model, to open from the chart; its title is the content's. */
const VIDEO = siteContent().process.steps.find((step) => step.id === 'videosamtal')!;

// Runs against dist-utan-webblasare: the build that found no browser to
// draw the flowchart with (see scripts/test.mjs).

test('the build said it could not draw the chart and left it to the browser', () => {
  const log = readFileSync('.cache/build-utan-webblasare.log', 'utf8');
  // Why, in the words of the rest of the warning: the document owner reads it too.
  expect(log).toContain('VARNING: flödesschemat kunde inte ritas när webbplatsen byggdes (CHROMIUM_PATH pekar på /nonexistent, som inte finns)');
  expect(readFileSync('dist-utan-webblasare/flodesschema/index.html', 'utf8')).toContain('data-mermaid-source=');
});

test('the browser draws the chart, with working node links', async ({ page }) => {
  const loaded = watchRequests(page, scripts);
  await page.goto('flodesschema/');
  const chart = page.locator('.flowchart__canvas svg');
  await expect(chart).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.diagram__status')).toBeEmpty();
  expect(loaded.some((url) => /mermaid/i.test(url)), 'Mermaid was loaded to draw it').toBe(true);
  await chart.getByRole('link', { name: new RegExp(VIDEO.titel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  await expect(page.getByRole('dialog', { name: VIDEO.titel })).toBeVisible();
});

test('the chart drawn here opens fitted to its column and zooms like the one the build draws', async ({ page }) => {
  await page.goto('flodesschema/');
  const chart = page.locator('.flowchart__canvas svg');
  await expect(chart).toBeVisible({ timeout: 15_000 });
  const size = () =>
    page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.diagram__scroll')!;
      const svg = box.querySelector('svg')!.getBoundingClientRect();
      const outer = box.getBoundingClientRect();
      return { width: svg.width, inside: svg.left >= outer.left && svg.right <= outer.right && svg.bottom <= outer.bottom, overflow: box.scrollHeight - box.clientHeight };
    });
  const fitted = await size();
  expect(fitted).toMatchObject({ inside: true, overflow: 0 });
  await page.getByRole('button', { name: 'Zooma in', exact: true }).click();
  await expect.poll(async () => (await size()).width).toBeCloseTo(fitted.width * 1.5, 0);
  await page.getByRole('button', { name: 'Hela schemat', exact: true }).click();
  await expect.poll(async () => (await size()).width).toBeCloseTo(fitted.width, 0);
  // Drawn in the browser too, the chart has no colours of its own: the site's stylesheet gives them.
  expect(await chart.evaluate((svg) => svg.querySelectorAll('style').length)).toBe(0);
});

test('if the chart cannot be drawn, a message says so and the list stays', async ({ page }) => {
  await page.route(/mermaid/i, (route) => route.abort());
  await page.goto('flodesschema/');
  await expect(page.getByRole('status')).toHaveText('Flödesschemat kunde inte ritas. Alla steg finns i listan nedan.');
  await expect(page.locator('.flowchart__canvas svg')).toHaveCount(0);
  await expect(page.locator('#steg-videosamtal')).toBeVisible();
});

test('Mermaid is loaded on no other page, even in this build', async ({ page }) => {
  const loaded = watchRequests(page, scripts);
  for (const path of ['', 'rutiner/nordost/', 'roller/vuxenenheten/', 'sok/?q=insluss']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(loaded.filter((url) => /mermaid/i.test(url))).toEqual([]);
});
