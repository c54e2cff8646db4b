import { expect, test, type Page } from '@playwright/test';
import { leaving, watchRequests } from './support/requests';
import { builtPages } from './support/site';

/** Records every request that leaves the site's origin, and console errors. */
function watch(page: Page, origin: string) {
  const outside = watchRequests(page, leaving(origin));
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { outside, errors };
}

for (const path of [...builtPages(), 'sok/?q=insluss']) {
  test(`/${path} makes no request outside the site and logs no error`, async ({ page, baseURL }) => {
    const { outside, errors } = watch(page, new URL(baseURL!).origin);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the routines are complete and readable', async ({ page }) => {
    await page.goto('rutiner/nordost/');
    await expect(page.getByRole('heading', { name: 'Arbetsätt försörjningsstöd' })).toBeVisible();
    await expect(page.getByText('akuta matpengar')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dokumentuppgifter' })).toBeVisible();
  });

  test('the search page says that it needs JavaScript', async ({ page }) => {
    await page.goto('sok/?q=matpengar');
    await expect(page.getByText('Sökningen behöver JavaScript.')).toBeVisible();
  });
});

test('only the search page loads the search code; a reading page loads one small script that marks nothing unasked', async ({ page }) => {
  const loaded = watchRequests(page);
  await page.goto('rutiner/goteborgs-stad/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((url) => url.includes('pagefind'))).toEqual([]);
  // The script that marks a followed search hit's words (src/scripts/search-highlight.ts), and nothing it would pull in.
  expect(loaded.filter((url) => url.endsWith('.js'))).toHaveLength(1);
  await expect(page.getByRole('main').locator('mark')).toHaveCount(0);
});
