import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlFiles } from './support/site';
import { isStateFragment } from '../src/lib/guide/url-state.ts';

/**
 * Every internal link and #anchor in the built site leads somewhere, read
 * straight from the build output (the root build, or the sub-path build in
 * the "undermapp" project).
 */
test('every internal link and anchor in the build resolves', ({ baseURL }) => {
  const base = new URL(baseURL!).pathname;
  const dist = base === '/' ? 'dist' : 'dist-undermapp';
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsOf.has(file)) idsOf.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return idsOf.get(file)!;
  };

  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const pagePath = `${base}${file.slice(dist.length + 1).replace(/index\.html$/, '')}`;
    for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      if (/^(https?:|mailto:|tel:|data:)/.test(href!)) continue;
      const url = new URL(href!.replaceAll('&amp;', '&'), `http://site${pagePath}`);
      checked++;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${file}: ${href} is outside the base ${base}`);
        continue;
      }
      const rest = decodeURIComponent(url.pathname.slice(base.length));
      const target = join(dist, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
      if (!existsSync(target)) broken.push(`${file}: ${href} (no ${target})`);
      // On the guide, a fragment like "#roll=vuxenenheten" is its state (answers), not a place on the page.
      else if (url.hash && target === join(dist, 'guide', 'index.html') && isStateFragment(url.hash)) continue;
      else if (url.hash && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${file}: ${href} (no anchor)`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(20);
});
