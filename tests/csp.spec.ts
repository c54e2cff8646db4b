import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../scripts/lib/security-headers.mjs';
import { watchCsp } from './support/csp';
import { watchRequests } from './support/requests';
import { guideLink } from './support/guide';
import { siteContent } from './support/process';
import { builtPages, htmlFiles, MISSING_PAGE } from './support/site';

const model = siteContent().process;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The site works served with the intranet's Content-Security-Policy header
 * (project "csp": the sub-path build behind `serve.mjs`, which sends it on
 * every response; the same server as project "undermapp"). Every built
 * page is loaded, and pages with behaviour are also used, without a single
 * violation.
 */

/**
 * What to do on a page after loading it, to run the code that only runs on
 * use. One line per page (or address) with behaviour; a page listed here
 * that the build no longer emits fails, so the list cannot go stale silently.
 */
const INTERACTIONS: Record<string, (page: Page) => Promise<void>> = {
  'sok/?q=insluss': async (page) => {
    await expect(page.locator('.search-result').first()).toBeVisible();
  },
  'sok/': async (page) => {
    const field = page.getByRole('main').getByRole('searchbox');
    await field.fill('matpengar');
    await field.press('Enter');
    await expect(page.locator('.search-result').first()).toBeVisible();
  },
  'kontakter/': async (page) => {
    await page.getByRole('searchbox', { name: 'Filtrera kontakter' }).fill('mottag');
    await expect(page.getByRole('main').getByRole('status').first()).not.toBeEmpty();
  },
  'flodesschema/': async (page) => {
    // Zoom and the role view set styles and attributes from the script.
    await page.getByRole('button', { name: 'Zooma in', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Zooma ut', exact: true })).toHaveAttribute('aria-disabled', 'false');
    await page.getByLabel('Visa steg för').selectOption({ index: 1 });
    await expect(page.locator('.flowchart__canvas svg a[data-role-view]').first()).toBeAttached();
    const step = model.steps.find((candidate) => candidate.id === 'videosamtal') ?? model.steps[0]!;
    await page.locator('.flowchart__canvas svg').getByRole('link', { name: new RegExp(escape(step.titel)) }).first().click();
    await expect(page.getByRole('dialog', { name: step.titel })).toBeVisible();
  },
  'guide/': async (page) => {
    const [roleQuestion, secondQuestion] = model.questions;
    await page.getByRole('group', { name: roleQuestion!.fraga }).getByLabel(model.roles.find((role) => role.id === 'forsorjningsstod')!.namn).check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect(page.getByRole('group', { name: secondQuestion!.fraga })).toBeVisible();
    await page.goto(guideLink({ roll: 'forsorjningsstod', forvaltning: 'nordost', samtycke: 'ja' }, '2027-01-22'));
    await expect(page.getByRole('heading', { name: 'Mina steg', exact: true })).toBeVisible();
    // The calendar file is made in the page and downloaded from a blob: URL.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lägg till i kalendern (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('insluss-2027-01-22.ics');
    expect(await download.failure()).toBeNull();
    await page.getByRole('button', { name: 'Kopiera länk' }).click();
    await expect(page.getByRole('status')).not.toBeEmpty();
  },
};

const pages = [...new Set([...builtPages('dist-undermapp'), ...Object.keys(INTERACTIONS)])];

for (const path of pages) {
  test(`/${path} works under the Content-Security-Policy`, async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // The check means something only if the policy was really sent.
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.waitForLoadState('networkidle');
    await INTERACTIONS[path]?.(page);
    expect(violations).toEqual([]);
  });
}

test('the 404 page works under the Content-Security-Policy', async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto(MISSING_PAGE);
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test("forms may only be sent to the site itself (form-action 'self')", async ({ page }) => {
  expect(CONTENT_SECURITY_POLICY).toContain("form-action 'self'");
  const violations = await watchCsp(page);
  await page.goto('');
  const left = watchRequests(page, (request) => new URL(request.url()).hostname !== '127.0.0.1');
  // A form aimed elsewhere (as a path like //other.example/ would make a relative one) is stopped by the browser.
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.method = 'get';
    form.action = 'http://other.example/guide/';
    document.body.append(form);
    form.submit();
  });
  await expect.poll(() => violations.join('\n')).toContain('form-action');
  expect(left).toEqual([]);
});

test('the build has no inline script and no inline event handler', () => {
  const found: string[] = [];
  for (const file of [...htmlFiles('dist'), ...htmlFiles('dist-undermapp')]) {
    const html = readFileSync(file, 'utf8');
    for (const [tag, attributes] of html.matchAll(/<script\b([^>]*)>/gi)) {
      // JSON data blocks are not run, so the policy allows them.
      if (!/\ssrc=/i.test(attributes!) && !/\stype="application\/(ld\+)?json"/i.test(attributes!)) found.push(`${file}: ${tag}`);
    }
    for (const [handler] of html.matchAll(/<[a-z][^>]*\son[a-z]+=[^>]*>/gi)) found.push(`${file}: ${handler}`);
    for (const [url] of html.matchAll(/(?:href|src|action)="\s*javascript:[^"]*"/gi)) found.push(`${file}: ${url}`);
  }
  expect(found).toEqual([]);
});
