import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../scripts/lib/security-headers.mjs';
import { watchCsp } from './support/csp';
import { watchRequests } from './support/requests';
import { htmlFiles } from './support/site';

/**
 * The site works served with the intranet's Content-Security-Policy header
 * (project "csp": the sub-path build behind `serve.mjs`, which sends it on
 * every response; the same server as project "undermapp"). Every built
 * page is loaded, and pages with behaviour are also used, without a single
 * violation: tests/pages.spec.ts, which runs in this project too. Here what
 * the policy forbids, tried.
 */

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
