import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startNginx } from '../scripts/lib/nginx.mjs';
import { SECURITY_HEADERS } from '../scripts/lib/security-headers.mjs';
import { errorPagePath, HTTP_ERROR_PAGES } from '../src/lib/http-errors';
import { exchange, FORBIDDEN_TARGETS, parseResponses, pipelined, plantTraps, rawRequest, SECRET } from './support/hostile-requests.mjs';
import { watchCsp } from './support/csp';
import { builtPages, MISSING_PAGE } from './support/site';
import { savedCopyLine, workerReady } from './support/offline';
import { WORKER_FILE } from '../src/lib/offline';

/**
 * The example intranet configuration, deploy/nginx.conf, run by a real nginx
 * against a copy of the sub-path build (project "nginx"), with things
 * planted in it that must never be served (tests/support/hostile-requests.mjs),
 * and reached through a symbolic link, as the swap of a new build on the
 * intranet leaves it (docs/deploying.md). Without nginx these tests fail
 * and say how to install it.
 */

// One nginx on one port: this file's tests run in order in one worker.
test.describe.configure({ mode: 'default' });

const CONFIG = readFileSync('deploy/nginx.conf', 'utf8');
let nginx: { stop(): Promise<void> } | undefined;
let copy: string;
let server: { host: string; port: number };
let base: string;
test.beforeAll(async ({}, testInfo) => {
  const url = new URL(testInfo.project.use.baseURL!);
  server = { host: url.hostname, port: Number(url.port) };
  base = url.pathname;
  copy = mkdtempSync(join(tmpdir(), 'insluss-nginx-'));
  cpSync(realpathSync('dist-undermapp'), join(copy, 'bygge'), { recursive: true });
  plantTraps(join(copy, 'bygge'), join(copy, 'utanfor'));
  symlinkSync(join(copy, 'bygge'), join(copy, 'insluss'));
  nginx = await startNginx({ dir: join(copy, 'insluss'), port: server.port });
});
test.afterAll(async () => {
  await nginx?.stop();
  rmSync(copy, { recursive: true, force: true });
});

/** A file of the build nginx serves. */
const built = (path: string) => readFileSync(join(copy, 'bygge', path), 'utf8');

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
    ['the folder _astro/ (no page: answered like a missing one)', '_astro/', {}, 404],
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

test('the service worker is a script revalidated on each use, never kept as immutable, with the security headers', async ({ request }) => {
  const response = await request.get(WORKER_FILE, { headers: { 'accept-encoding': 'gzip' } });
  expect(response.status()).toBe(200);
  // A browser registers a worker only when it is served as JavaScript.
  expect(response.headers()['content-type']).toMatch(/^(application|text)\/javascript\b/);
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['cache-control']).toBe('no-cache');
  expect(response.headers()['service-worker-allowed']).toBeUndefined();
  expectSecurityHeaders(response.headers());
  expect(await response.text()).toBe(built(WORKER_FILE));
  // The browser's check for a new build: unchanged, a 304 that is still not to be kept.
  const revalidated = await request.get(WORKER_FILE, { headers: { 'if-none-match': response.headers()['etag']! } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()['cache-control']).toBe('no-cache');
  expectSecurityHeaders(revalidated.headers());
});

test.describe('with service workers allowed', () => {
  test.use({ serviceWorkers: 'allow' });

  test('behind nginx the worker registers under its policy and serves the saved copy offline', async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    const violations = await watchCsp(page);
    await page.goto('');
    expect(await workerReady(page)).toBe(baseURL);
    await context.setOffline(true);
    await page.goto('kontakter/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(savedCopyLine(page)).toBeVisible();
    await context.setOffline(false);
    expect(violations).toEqual([]);
  });
});

test('an unknown address gets the 404 page with status 404 and the headers', async ({ request }) => {
  const response = await request.get(MISSING_PAGE);
  expect(response.status()).toBe(404);
  expect(await response.text()).toBe(built('404.html'));
  expectSecurityHeaders(response.headers());
});

test('hidden files, links out of the folder and folders without a page get the 404 page, and no byte of what is there', async () => {
  const notFound = built('404.html');
  for (const [what, target] of FORBIDDEN_TARGETS) {
    const response = await rawRequest(server, `${base}${target}`);
    expect(response.status, `${what}: ${target}`).toBe(404);
    expect(response.body, `${what}: ${target}`).toBe(notFound);
    expect(response.bytes.includes(SECRET), what).toBe(false);
    expect(response.body, what).not.toContain('root:');
  }
  // Nothing outside the sub-path either.
  for (const target of ['/', '/etc/passwd', '/.git/config', '/index.html']) {
    const response = await rawRequest(server, target);
    expect(response.status, target).toBe(404);
    expect(response.body, target).toBe(notFound);
  }
});

test('pipelined requests keep the rules: only the first, harmless one is served', async () => {
  const { targets, raw } = pipelined(base);
  const bytes = await exchange(server, raw);
  expect(bytes.includes(SECRET)).toBe(false);
  const responses = parseResponses(bytes);
  expect(responses.map((response) => response.status)).toEqual(targets.map((_, i) => (i === 0 ? 200 : 404)));
  for (const response of responses.slice(1)) expect(response.body).toBe(built('404.html'));
});

test("every error nginx can be made to answer gets the site's Swedish page for it, with its status and the headers", async () => {
  const asset = readdirSync(join(copy, 'bygge', '_astro')).find((name) => name.endsWith('.js'))!;
  const cases: Array<[number, string, Parameters<typeof rawRequest>[2]]> = [
    [400, `${base}%E0%A4%A/`, {}],
    [400, '', { raw: 'NONSENSE\r\n\r\n' }],
    // A header larger than nginx's buffers (its own code 494, answered as 400).
    [400, base, { headers: { Cookie: 'a'.repeat(20_000) } }],
    [405, base, { method: 'POST' }],
    [405, `${base}_astro/${asset}`, { method: 'DELETE' }],
    [412, `${base}index.html`, { headers: { 'If-Match': '"annan"' } }],
    [413, `${base}index.html`, { headers: { 'Content-Length': '99999999' } }],
    // The search form's address with a 10,000-character query.
    [414, `${base}sok/?q=${'a'.repeat(10_000)}`, {}],
    [416, `${base}_astro/${asset}`, { headers: { Range: 'bytes=5-2' } }],
    [501, base, { headers: { 'Transfer-Encoding': 'okand' } }],
    [505, '', { raw: `GET ${base} HTTP/2.0\r\nHost: localhost\r\n\r\n` }],
  ];
  for (const [status, target, options] of cases) {
    const what = `${status}: ${(options?.raw ?? `${options?.method ?? 'GET'} ${target}`).slice(0, 60)}`;
    const response = await rawRequest(server, target, options);
    expect(response.status, what).toBe(status);
    expect(response.body, what).toBe(built(`${errorPagePath(status).slice(1)}index.html`));
    expect(response.headers['content-type'], what).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control'], what).toMatch(/^no-cache(, no-cache)?$/);
    expectSecurityHeaders(response.headers);
  }
  // Each page names its error in Swedish.
  for (const error of HTTP_ERROR_PAGES) expect(built(`${errorPagePath(error.status).slice(1)}index.html`)).toContain(`<h1>${error.title}</h1>`);
});

test('deploy/nginx.conf adds exactly the security headers of scripts/lib/security-headers.mjs, on every answer', () => {
  const added = [...CONFIG.matchAll(/^\s*add_header (\S+) "([^"]*)" always;$/gm)].map(([, name, value]) => [name!.toLowerCase(), value]);
  expect(Object.fromEntries(added)).toEqual(SECURITY_HEADERS);
  // Every add_header of the server is one of those or the caching rule; none without `always`.
  expect(CONFIG.match(/^\s*add_header /gm)).toHaveLength(added.length + 1);
});

test('deploy/nginx.conf sends every error the site has a page for to that page, and a forbidden folder to the 404 page', () => {
  for (const { status } of HTTP_ERROR_PAGES) {
    expect(CONFIG, String(status)).toMatch(new RegExp(`^\\s*error_page ${status} ${base}${errorPagePath(status).slice(1)}index\\.html;$`, 'm'));
  }
  expect(CONFIG).toMatch(new RegExp(`^\\s*error_page 403 =404 ${base}404\\.html;$`, 'm'));
  expect(CONFIG).toMatch(new RegExp(`^\\s*error_page 404 ${base}404\\.html;$`, 'm'));
});

test('a thousand ranges get the whole file once, not a multipart answer', async () => {
  const asset = readdirSync(join(copy, 'bygge', '_astro')).find((name) => name.endsWith('.css'))!;
  const size = Buffer.byteLength(built(`_astro/${asset}`));
  const ranges = Array.from({ length: 1000 }, (_, i) => `${i % 100}-${i % 100}`).join(',');
  const response = await rawRequest(server, `${base}_astro/${asset}`, { headers: { Range: `bytes=${ranges}` } });
  expect(response.status).toBe(200);
  expect(response.bytes.length).toBe(size);
  expect(response.headers['content-type']).not.toContain('multipart');
});

test('the sub-path without its trailing slash, and a page without one, redirect', async ({ page, baseURL }) => {
  await page.goto(baseURL!.replace(/\/$/, ''));
  expect(page.url()).toBe(baseURL);
  const folder = builtPages('dist-undermapp').find((path) => path.startsWith('rutiner/'))!;
  await page.goto(`${baseURL}${folder.replace(/\/$/, '')}`);
  expect(page.url()).toBe(`${baseURL}${folder}`);
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(built(`${folder}index.html`))![1]!.replace(/<[^>]+>/g, '').trim();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
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
