import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FEED_PATH, FEED_TITLE } from '../src/lib/feed-path.ts';
import { FIXTURE } from './content/revision-fixture';
import { readAtom } from './support/atom';
import { fixtureTest } from './support/fixture-site';
import { routines } from './support/offline';

/**
 * Issue 22, subscribe: the Atom feed of the routines' revisions, valid
 * against RFC 4287, listing every version the site keeps, linked from the
 * start page and each routine's page (<link rel="alternate">) and from
 * each routine's history.
 */
const feed = FEED_PATH.slice(1);

/**
 * Every version of each routine the site keeps, newest first: the current
 * one, and those kept beside it (content/rutiner/<id>/<date>.mdx), each with
 * the page the feed links it to.
 */
function keptVersions(): Array<{ date: string; path: string }> {
  return routines()
    .flatMap(({ id, senastReviderad }) => {
      const folder = new URL(`../content/rutiner/${id}/`, import.meta.url);
      const earlier = existsSync(folder) ? readdirSync(folder).flatMap((name) => (/^\d{4}-\d{2}-\d{2}\.mdx$/.test(name) ? [name.slice(0, 10)] : [])) : [];
      // The current version links to what changed when there is an earlier one to compare with.
      const current = { date: senastReviderad, path: earlier.length ? `rutiner/${id}/andringar/${senastReviderad}/` : `rutiner/${id}/` };
      return [current, ...earlier.map((date) => ({ date, path: `rutiner/${id}/${date}/` }))];
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

test('the feed is valid Atom and lists every version the site keeps, newest first, each linking to its page', async ({ page, baseURL }) => {
  const response = await page.request.get(feed);
  expect(response.ok()).toBe(true);
  await page.goto('');
  const atom = await readAtom(page, await response.text());
  expect(atom.problems).toEqual([]);
  expect(atom.title).toBe(FEED_TITLE);
  const kept = keptVersions();
  expect(atom.entries.map((entry) => entry.updated)).toEqual(kept.map((version) => `${version.date}T00:00:00Z`));
  for (const [index, entry] of atom.entries.entries()) {
    const target = new URL(entry.alternate, new URL(feed, baseURL));
    expect(target.pathname).toBe(new URL(kept[index]!.path, baseURL).pathname);
    expect((await page.request.get(target.href)).ok()).toBe(true);
  }
});

test('the start page and each routine’s page name the feed in their head; each routine’s history links to it', async ({ page, baseURL }) => {
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await page.goto('');
  await expect(alternate).toHaveAttribute('title', FEED_TITLE);
  expect(new URL((await alternate.getAttribute('href'))!, baseURL).href).toBe(new URL(feed, baseURL).href);
  for (const routine of routines()) {
    await page.goto(`rutiner/${routine.id}/`);
    expect(new URL((await alternate.getAttribute('href'))!, baseURL).href).toBe(new URL(feed, baseURL).href);
    const history = page.getByRole('region', { name: 'Versionshistorik' });
    const link = history.getByRole('link', { name: 'flödet med nya versioner (Atom)' });
    expect(new URL((await link.getAttribute('href'))!, page.url()).href).toBe(new URL(feed, baseURL).href);
  }
});

const fixture = fixtureTest(FIXTURE.dist, 'tests/content/revisions.test.ts');

fixture('with a revision kept, the feed lists every kept version, newest first, the new one with the owner’s summary and a link to what changed', async ({ page, site }) => {
  const response = await page.request.get(site + feed);
  await page.goto(site);
  const atom = await readAtom(page, await response.text());
  expect(atom.problems).toEqual([]);
  // What content/ keeps (the revised routine's current text among it, now kept as FIXTURE.earlier), and the revision.
  const versions = [...keptVersions(), { date: FIXTURE.current }].sort((a, b) => b.date.localeCompare(a.date));
  expect(atom.entries.map((entry) => entry.updated)).toEqual(versions.map((version) => `${version.date}T00:00:00Z`));
  const revised = atom.entries.find((entry) => entry.updated.startsWith(FIXTURE.current))!;
  expect(revised.summary).toContain(FIXTURE.summary);
  expect(new URL(revised.alternate, site + feed).href).toBe(`${site}rutiner/${FIXTURE.routine}/andringar/${FIXTURE.current}/`);
  const earlier = atom.entries.find((entry) => entry.updated.startsWith(FIXTURE.earlier))!;
  // What changed in it, where content/ kept a version before it to compare with; else its own page.
  const comparable = FIXTURE.keptBefore.length > 0;
  expect(new URL(earlier.alternate, site + feed).href).toBe(`${site}rutiner/${FIXTURE.routine}/${comparable ? 'andringar/' : ''}${FIXTURE.earlier}/`);
  for (const entry of atom.entries) expect((await page.request.get(new URL(entry.alternate, site + feed).href)).ok()).toBe(true);
});
