import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startNginx } from '../scripts/lib/nginx.mjs';
import { SECURITY_HEADERS } from '../scripts/lib/security-headers.mjs';
import { watchCsp } from './support/csp';
import { builtPages, MISSING_PAGE } from './support/site';

/**
 * The example intranet configuration, deploy/nginx.conf, run by a real nginx
 * against the sub-path build (project "nginx"). Without nginx these tests
 * fail and say how to install it.
 */

// One nginx on one port: this file's tests run in order in one worker.
test.describe.configure({ mode: 'default' });

let nginx: { stop(): Promise<void> } | undefined;
test.beforeAll(async ({}, testInfo) => {
  const port = Number(new URL(testInfo.project.use.baseURL!).port);
  nginx = await startNginx({ dir: 'dist-undermapp', port });
});
test.afterAll(async () => {
  await nginx?.stop();
});

function expectSecurityHeaders(headers: Record<string, string>) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
}

for (const path of builtPages('dist-undermapp')) {
  test(`/${path} is served under the sub-path with the security headers, revalidated on each use`, async ({ request }) => {
    const response = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(response.headers()['cache-control']).toBe('no-cache');
    expectSecurityHeaders(response.headers());
  });
}

test('hashed assets may be kept for a year, and are compressed', async ({ request }) => {
  const assets = readdirSync('dist-undermapp/_astro').filter((name) => /\.(css|js)$/.test(name));
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const response = await request.get(`_astro/${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status(), asset).toBe(200);
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-encoding'], asset).toBe('gzip');
    expectSecurityHeaders(response.headers());
  }
});

test('no error or redirect is marked immutable, not even under _astro/', async ({ request }) => {
  const asset = readdirSync('dist-undermapp/_astro').find((name) => name.endsWith('.js'))!;
  const cases: Array<[string, string, Parameters<typeof request.fetch>[1], number]> = [
    ['the folder _astro/ (no index: forbidden)', '_astro/', {}, 403],
    ['the folder without its slash', '_astro', { maxRedirects: 0 }, 301],
    ['a missing asset', '_astro/saknas.js', {}, 404],
    // Uncompressed: nginx serves no ranges of what it compresses.
    ['an inverted range of an asset', `_astro/${asset}`, { headers: { range: 'bytes=5-2', 'accept-encoding': 'identity' } }, 416],
    ['a range past the end of an asset', `_astro/${asset}`, { headers: { range: 'bytes=99999999-', 'accept-encoding': 'identity' } }, 416],
    ['a POST to an asset', `_astro/${asset}`, { method: 'POST' }, 405],
  ];
  for (const [what, path, options, status] of cases) {
    const response = await request.fetch(path, options);
    expect(response.status(), what).toBe(status);
    // On a 416 nginx writes its `always` headers twice ("no-cache, no-cache"); the value is what counts.
    expect(response.headers()['cache-control'], what).toMatch(/^no-cache(, no-cache)?$/);
  }
  // The whole file and its revalidation keep it.
  const whole = await request.get(`_astro/${asset}`);
  const revalidated = await request.get(`_astro/${asset}`, { headers: { 'if-none-match': whole.headers()['etag']! } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the search index is revalidated on each use', async ({ request }) => {
  const response = await request.get('pagefind/pagefind-entry.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-cache');
});

test('an unknown address gets the 404 page with status 404 and the headers', async ({ request }) => {
  const response = await request.get(MISSING_PAGE);
  expect(response.status()).toBe(404);
  expect(await response.text()).toBe(readFileSync('dist-undermapp/404.html', 'utf8'));
  expectSecurityHeaders(response.headers());
});

test('the sub-path without its trailing slash, and a page without one, redirect', async ({ page, baseURL }) => {
  await page.goto(baseURL!.replace(/\/$/, ''));
  expect(page.url()).toBe(baseURL);
  await page.goto(`${baseURL}rutiner/nordost`);
  expect(page.url()).toBe(`${baseURL}rutiner/nordost/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lokal rutin Insluss');
});

test('search works behind nginx without a policy violation', async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto('sok/?q=insluss');
  expect(response?.headers()['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy']);
  await expect(page.locator('.search-result').first()).toBeVisible();
  await page.locator('.search-result a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
