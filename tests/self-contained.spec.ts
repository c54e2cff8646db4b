import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { sections } from '../src/lib/process/source-text.ts';
import { modelSteps, siteContent } from './support/process';

// Every page makes no request outside the site and logs no error: tests/pages.spec.ts.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the routines are complete and readable', async ({ page }) => {
    // A step's quote from deep in the local routine (content/process/steg.yaml), and its section's heading.
    const source = modelSteps().find((step) => step.id === 'akuta-matpengar')!.kallor[0]!;
    const routine = siteContent().routines.find((candidate) => candidate.id === source.dokument)!;
    const heading = sections(routine.body).find((section) => section.id === source.avsnitt)!.heading;
    await page.goto(`rutiner/${source.dokument}/`);
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(source.citat);
    await expect(page.getByRole('region', { name: 'Dokumentuppgifter' })).toBeVisible();
  });

  test('the search page says that it needs JavaScript', async ({ page }) => {
    await page.goto('sok/?q=matpengar');
    await expect(page.getByText('Sökningen behöver JavaScript.')).toBeVisible();
  });
});

test('only the search page loads the search code; a reading page loads small scripts only, that mark nothing unasked', async ({ page }) => {
  const loaded: Array<Promise<{ url: string; gzip: number }>> = [];
  page.on('response', (response) => loaded.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length }))));
  await page.goto('rutiner/goteborgs-stad/');
  await page.waitForLoadState('networkidle');
  const responses = await Promise.all(loaded);
  expect(responses.filter(({ url }) => url.includes('pagefind'))).toEqual([]);
  // The site's small enhancements (marking a followed search hit's words, the saved-copy notice, the change line,
  // the report link), within the reading pages' budget for JavaScript (bench/budgets.json), and nothing they would pull in.
  const scripts = responses.filter(({ url }) => url.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const budget = JSON.parse(readFileSync('bench/budgets.json', 'utf8')).readingPages.maxJsGzipBytes;
  expect(scripts.reduce((sum, { gzip }) => sum + gzip, 0)).toBeLessThanOrEqual(budget);
  await expect(page.getByRole('main').locator('mark')).toHaveCount(0);
});
