import { expect, test, type Page } from '@playwright/test';
import { openingStatus, type Schedule } from '../src/lib/opening-hours.ts';
import { siteContacts } from './support/contacts';
import { rolePagesOf, siteContent } from './support/process';

/**
 * The open-now status of a unit's lines on /kontakter/, with the browser's
 * clock fixed: that the page shows what the content's hours give (the
 * rule itself, holidays and changes of time included, is proved by
 * src/lib/opening-hours.test.ts), for a reader in another time zone,
 * while the page stays open, and that the status appearing moves nothing
 * on the page. Hours, lines and numbers come from content/kontakter.yaml.
 */

const directory = siteContacts();
const unit = directory.unitsWithHours[0]!;
const LINES = unit.linjer.map((line) => line.namn);
const schedule: Schedule = { veckan: unit.oppettider!.veckan, ovrigTid: unit.oppettider!.ovrigTid, stangdaDagar: unit.oppettider!.stangdaDagar };
const statusAt = (instant: Date, own: Schedule = schedule) => openingStatus(own, instant).text;

/** The first half hour from Monday 2026-11-23 00:00 (an ordinary week) at which the lines are open, or closed. */
function momentWhen(open: boolean): Date {
  const monday = new Date('2026-11-23T00:00:00+01:00').getTime();
  for (let step = 0; step < 7 * 48; step++) {
    const instant = new Date(monday + step * 30 * 60_000);
    if (openingStatus(schedule, instant).open === open) return instant;
  }
  throw new Error(`content/kontakter.yaml: ${unit.id} is never ${open ? 'open' : 'closed'} in a week`);
}

const lineCard = (page: Page, line: string) =>
  page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { name: line, exact: true }) });
const lineStatus = (page: Page, line: string) => lineCard(page, line).locator('[data-opening-status]');

test('each line shows the status the content’s hours give, on a weekday and on a holiday', async ({ page }) => {
  // A Tuesday afternoon and julafton, a holiday the routine does not name.
  for (const instant of [momentWhen(true), new Date('2026-11-24T17:30:00+01:00'), new Date('2026-12-24T10:00:00+01:00')]) {
    await page.clock.setFixedTime(instant);
    await page.goto('kontakter/');
    for (const line of LINES) await expect(lineStatus(page, line), `${line} at ${instant.toISOString()}`).toHaveText(statusAt(instant));
  }
});

test.describe('for a reader in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the status follows Swedish time and Swedish dates, not the reader’s', async ({ page }) => {
    // 08:30 in Stockholm is 02:30 in New York, when a local clock would say closed.
    const morning = new Date('2026-11-23T08:30:00+01:00');
    await page.clock.setFixedTime(morning);
    await page.goto('kontakter/');
    await expect(lineStatus(page, LINES[0]!)).toHaveText(statusAt(morning));
    // Tuesday 00:30 in Stockholm is still Monday evening in New York: the
    // line opens today in Sweden, not "i morgon".
    const night = new Date('2026-12-01T00:30:00+01:00');
    await page.clock.setFixedTime(night);
    await page.reload();
    await expect(lineStatus(page, LINES[0]!)).toHaveText(statusAt(night));
  });
});

test('the status changes while the page stays open', async ({ page }) => {
  // Ninety seconds before the lines first close on a Monday.
  const closing = momentWhen(true).getTime();
  let end = closing;
  while (openingStatus(schedule, new Date(end)).open) end += 60_000;
  const before = new Date(end - 90_000);
  const after = new Date(end + 30_000);
  expect(statusAt(before)).not.toBe(statusAt(after));
  await page.clock.install({ time: before });
  await page.goto('kontakter/');
  await expect(lineStatus(page, LINES.at(-1)!)).toHaveText(statusAt(before));
  await page.clock.fastForward('02:00');
  await expect(lineStatus(page, LINES.at(-1)!)).toHaveText(statusAt(after));
});

test('the status is text under the number, and the page says how holidays are counted', async ({ page }) => {
  const instant = momentWhen(true);
  await page.clock.setFixedTime(instant);
  await page.goto('kontakter/');
  const number = unit.linjer[0]!.telefon.display;
  const phone = lineCard(page, LINES[0]!).getByRole('definition').filter({ hasText: number });
  await expect(phone).toHaveText(`${number}${statusAt(instant)}`);
  const region = page.getByRole('region', { name: unit.namn });
  await expect(region).toContainText(unit.oppettider!.text);
  await expect(region).toContainText('Rutinen nämner inte helgdagar: webbplatsen räknar röda dagar, julafton, midsommarafton och nyårsafton som stängda');
});

test('a closed day the owner lists closes the lines that day', async ({ page }) => {
  const instant = momentWhen(true);
  const day = '2026-11-23';
  // The page is served with one more closed day, as a build with it in kontakter.yaml would be.
  await page.route('**/kontakter/', async (route) => {
    const response = await route.fetch();
    const listed = JSON.stringify([...(schedule.stangdaDagar ?? []), day]).replaceAll('"', '&quot;');
    const html = (await response.text()).replace(/data-stangda-dagar="[^"]*"/, `data-stangda-dagar="${listed}"`);
    expect(html).toContain(day);
    await route.fulfill({ response, body: html });
  });
  await page.clock.setFixedTime(instant);
  await page.goto('kontakter/');
  const closed = statusAt(instant, { ...schedule, stangdaDagar: [...(schedule.stangdaDagar ?? []), day] });
  expect(closed).toMatch(/^Stängt nu/);
  await expect(lineStatus(page, LINES[0]!)).toHaveText(closed);
});

/** Where the next field of each line's card starts, and the next unit's heading. */
async function positions(page: Page): Promise<number[]> {
  const next = directory.units[directory.units.indexOf(unit) + 1];
  const below = [
    ...LINES.map((line) => lineCard(page, line).getByText('Funktionsbrevlåda', { exact: true })),
    ...(next ? [page.getByRole('heading', { name: next.namn, exact: true })] : []),
  ];
  return Promise.all(below.map(async (locator) => (await locator.boundingBox())!.y));
}

for (const width of [320, 1280]) {
  test(`at ${width} px, the open and the closed status fill the space kept for them: nothing below moves`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const open of [true, false]) {
      await test.step(open ? 'open' : 'closed', async () => {
        await page.clock.setFixedTime(momentWhen(open));
        // First without the status script: the page as painted before it runs.
        await page.route(/OpeningHours\.astro.*\.js$/, (route) => route.abort());
        await page.goto('kontakter/');
        await expect(lineStatus(page, LINES[0]!)).toBeEmpty();
        const before = await positions(page);
        await page.unrouteAll();
        await page.reload();
        await expect(lineStatus(page, LINES[0]!)).toContainText(open ? 'Öppet nu' : 'Stängt nu');
        expect(await positions(page)).toEqual(before);
      });
    }
  });
}

test('a line shown on a role page without its hours keeps no empty space for a status', async ({ page }) => {
  const role = siteContent().process.roles.find((candidate) => candidate.kontakter.includes(unit.id));
  if (!role) throw new Error(`No role in content/process/roller.yaml lists ${unit.id} among its kontakter`);
  // The role's page in a view of the unit's routine: a page lists its view's contacts only.
  const rolePage = rolePagesOf(role.id).find((candidate) => candidate.scopes.includes(unit.rutin));
  if (!rolePage) throw new Error(`No page of the role ${role.id} shows the routine ${unit.rutin}`);
  await page.goto(rolePage.path);
  const card = page.locator('.contact-card').filter({ has: page.getByRole('heading', { name: LINES[0], exact: true }) });
  const number = unit.linjer[0]!.telefon.display;
  const phone = card.getByRole('definition').filter({ hasText: number });
  await expect(phone).toHaveText(number);
  // One line: the number, and no box kept below it for a status that never comes.
  const lineHeight = await phone.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  expect((await phone.boundingBox())!.height).toBeLessThan(1.5 * lineHeight);
});
