import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlFiles } from './support/site';

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
      else if (url.hash) {
        // `#roll=<id>` is no anchor but a state the page reads: the control of that name must offer the value.
        const state = stateFragment(url.hash);
        if (state && !controlOffers(readFileSync(target, 'utf8'), ...state)) broken.push(`${file}: ${href} (no control "${state[0]}" offering "${state[1]}")`);
        if (!state && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${file}: ${href} (no anchor)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(20);
});

/** A fragment of the form `#name=value` ([name, value]), as the flowchart's role view uses. */
function stateFragment(hash: string): [string, string] | undefined {
  const match = /^#([a-z]+)=([^&]*)$/.exec(hash);
  return match ? [match[1]!, decodeURIComponent(match[2]!)] : undefined;
}

/**
 * Whether the page has a <select name="…"> with an <option value="…"> (the
 * flowchart's role view), or a radio button of that name and value (the
 * guide's first question: `/guide/#roll=<id>` opens it with the role chosen).
 */
function controlOffers(html: string, name: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const select = new RegExp(`<select[^>]*\\sname="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  if (select && new RegExp(`<option[^>]*\\svalue="${escaped}"`).test(select[1]!)) return true;
  return [...html.matchAll(/<input\b[^>]*>/g)].some(
    ([input]) => /\stype="radio"/.test(input) && input.includes(` name="${name}"`) && new RegExp(`\\svalue="${escaped}"`).test(input),
  );
}
