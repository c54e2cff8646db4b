import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE } from './content/revision-fixture';
import { fixtureTest } from './support/fixture-site';
import { builtPages } from './support/site';
import { siteContent } from './support/process';

/**
 * Issue 22, report a mistake: every page ends with "Har du hittat ett fel?
 * Skriv till dokumentansvarig", a mailto: link to the address in
 * content/webbplats.yaml with the page's address in the subject, and in
 * the body the section the reader is in and the routines' revision dates.
 * The live site has no address yet: there the line names the document
 * owners. The revision fixture's build has one.
 */
const REPORT = 'Skriv till dokumentansvarig';

/** What a mail program makes of the link (RFC 6068). */
function mail(href: string) {
  const url = new URL(href);
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '' };
}

/**
 * The link's address as the reader's click leaves it (the mail program itself
 * is not opened). The pointer reaches the link before the click, as a
 * reader's does; the first click may come before the code that fills in
 * the mail has loaded, and then leaves the server's link, so it clicks until
 * the link is filled in.
 */
async function clicked(page: Page): Promise<string> {
  const link = page.getByRole('contentinfo').getByRole('link', { name: REPORT });
  const served = (await link.getAttribute('href'))!;
  await link.evaluate((a) => a.addEventListener('click', (event) => event.preventDefault()));
  await link.hover();
  await expect
    .poll(async () => {
      await link.click();
      return link.getAttribute('href');
    })
    .not.toBe(served);
  return (await link.getAttribute('href'))!;
}

// The built site has the address content/webbplats.yaml gives, or none; the fixture's build below has one.
test('every page ends with how to report a mistake: to the owners’ address, or without one, naming the document owners, as the last words of its footer', async ({ page }) => {
  const { site, routines } = siteContent();
  await page.goto('');
  const footer = page.getByRole('contentinfo');
  if (site.dokumentansvarigEpost) {
    const link = footer.getByRole('link', { name: REPORT });
    await expect(link).toHaveAttribute('href', new RegExp(`^mailto:${site.dokumentansvarigEpost.replace(/[.+]/g, '\\$&')}\\?`));
    expect((await footer.evaluate((element) => (element as HTMLElement).innerText.trim().split('\n').at(-1)))!).toMatch(/Har du hittat ett fel\? Skriv till dokumentansvarig$/);
    return;
  }
  const owners = routines.map((routine) => routine.data.dokumentansvarig);
  await expect(footer.getByRole('link', { name: REPORT })).toHaveCount(0);
  const last = (await footer.evaluate((element) => (element as HTMLElement).innerText.trim().split('\n').at(-1)))!;
  expect(last).toMatch(/^Har du hittat ett fel\? Skriv till dokumentansvarig: /);
  for (const owner of owners) expect(last).toContain(owner);
});

const fixture = fixtureTest(FIXTURE.dist, 'tests/content/revisions.test.ts');

fixture('every page of the build ends with the report link, to the owner’s address, its subject naming the page', () => {
  const pages = builtPages(FIXTURE.dist);
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const html = readFileSync(join(FIXTURE.dist, path, 'index.html'), 'utf8');
    const footer = html.slice(html.lastIndexOf('<footer'));
    const links = [...footer.matchAll(/<a href="(mailto:[^"]+)"[^>]*>([^<]*)<\/a>/g)].filter((match) => match[2] === REPORT);
    expect(links, path).toHaveLength(1);
    const report = mail(links[0]![1]!.replace(/&amp;/g, '&'));
    expect(report.to, path).toBe(FIXTURE.ownerEmail);
    expect(report.subject, path).toBe(`Fel på sidan /${path}`);
    // Nothing after it but the end of the footer.
    expect(footer.slice(footer.indexOf(REPORT)).replace(/<[^>]+>/g, '').trim(), path).toBe(REPORT);
  }
});

fixture('used, the link names the full address, the section the reader is in and the routine’s revision', async ({ page, site }) => {
  const path = `rutiner/${FIXTURE.routine}/`;
  await page.goto(`${site}${path}#${FIXTURE.sectionId}`);
  const report = mail(await clicked(page));
  expect(report.subject).toBe(`Fel på sidan ${site}${path}#${FIXTURE.sectionId}`);
  expect(report.body.split('\r\n').slice(0, 3)).toEqual([
    `Sidan: ${site}${path}#${FIXTURE.sectionId}`,
    `Avsnittet: ${FIXTURE.section} (${site}${path}#${FIXTURE.sectionId})`,
    `${FIXTURE.title}, senast reviderad ${FIXTURE.current}`,
  ]);
});

fixture('the section is the one the reader stopped to read, not those passed on the way down to the link', async ({ page, site }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${site}rutiner/${FIXTURE.routine}/`);
  const heading = page.getByRole('heading', { name: FIXTURE.section, exact: true });
  // The scroll event comes with the next frame: the rest is timed from it, not from the call.
  await heading.evaluate(
    (element) =>
      new Promise((scrolled) => {
        addEventListener('scroll', scrolled, { once: true });
        window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 100);
      }),
  );
  // Reading: the page rests there.
  await page.clock.runFor(3000);
  // Then down to the footer, a few wheel turns at a time, past the sections below, without resting.
  const footer = page.getByRole('contentinfo');
  while (!(await footer.evaluate((element) => element.getBoundingClientRect().top < window.innerHeight))) {
    await page.mouse.wheel(0, 600);
    await page.clock.runFor(100);
  }
  await page.clock.runFor(3000);
  expect(mail(await clicked(page)).body).toContain(`Avsnittet: ${FIXTURE.section} (`);
});

fixture('on the start page, above any section heading, the body names no section', async ({ page, site }) => {
  await page.goto(site);
  const report = mail(await clicked(page));
  expect(report.subject).toBe(`Fel på sidan ${site}`);
});

// Issue 23, point 5: a fragment whose percent-encoding is broken names no section, and stops nothing.
for (const fragment of ['#%', '#%E0%A4%A']) {
  fixture(`opened with "${fragment}", the link still names the page, and nothing throws`, async ({ page, site }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const path = `rutiner/${FIXTURE.routine}/`;
    await page.goto(`${site}${path}${fragment}`);
    const report = mail(await clicked(page));
    expect(report.subject).toBe(`Fel på sidan ${site}${path}${fragment}`);
    expect(errors).toEqual([]);
  });
}
