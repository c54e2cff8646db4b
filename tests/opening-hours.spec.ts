import { expect, test, type Page } from '@playwright/test';
import { sourceContacts } from './support/source';

/**
 * The open-now status of Vuxen Mottag's lines on /kontakter/, with the
 * browser's clock fixed: what a caller reads at the moments the issue
 * lists, for a reader in another time zone, while the page stays open,
 * and that the status appearing moves nothing on the page.
 */

const source = sourceContacts();
const LINES = ['Mottag med upptagningsområde Kortedala', 'Mottag med upptagningsområde Hjällbo'];

const lineCard = (page: Page, line: string) =>
  page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { name: line, exact: true }) });
const lineStatus = (page: Page, line: string) => lineCard(page, line).locator('[data-opening-status]');

const open = (until: string) => `Öppet nu – stänger ${until}`;
const closed = (until: string) => `Stängt nu – öppnar igen ${until} · Övrig tid: socialjouren`;

/** The acceptance list: instants with their Swedish offset (+01:00 winter, +02:00 summer time). */
const moments: Array<[string, string, string]> = [
  ['a Tuesday 17:30', '2026-11-24T17:30:00+01:00', open('18.00')],
  ['a Wednesday 12:30', '2026-11-25T12:30:00+01:00', closed('13.00')],
  ['a Friday 16:05', '2026-11-27T16:05:00+01:00', closed('måndag 08.00')],
  ['Saturday noon', '2026-11-28T12:00:00+01:00', closed('måndag 08.00')],
  ['2026-12-24 10:00 (julafton)', '2026-12-24T10:00:00+01:00', closed('måndag 08.00')],
  ['2026-12-25 10:00 (juldagen)', '2026-12-25T10:00:00+01:00', closed('måndag 08.00')],
  ['2027-03-26 10:00 (långfredagen)', '2027-03-26T10:00:00+01:00', closed('tisdag 08.00')],
  ['2027-05-06 10:00 (Kristi himmelsfärdsdag)', '2027-05-06T10:00:00+02:00', closed('i morgon 08.00')],
  ['2027-06-25 10:00 (midsommarafton)', '2027-06-25T10:00:00+02:00', closed('måndag 08.00')],
  ['2028-06-06 10:00 (nationaldagen, a Tuesday)', '2028-06-06T10:00:00+02:00', closed('i morgon 08.00')],
  ['2027-03-29 09:00 (annandag påsk)', '2027-03-29T09:00:00+02:00', closed('i morgon 08.00')],
];

for (const [when, instant, expected] of moments) {
  test(`${when}: each Vuxen Mottag line says "${expected}"`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(instant));
    await page.goto('kontakter/');
    for (const line of LINES) await expect(lineStatus(page, line)).toHaveText(expected);
  });
}

test.describe('for a reader in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the status follows Swedish time and Swedish dates, not the reader’s', async ({ page }) => {
    // 08:30 in Stockholm is 02:30 in New York, when a local clock would say closed.
    await page.clock.setFixedTime(new Date('2026-11-23T08:30:00+01:00'));
    await page.goto('kontakter/');
    await expect(lineStatus(page, LINES[0]!)).toHaveText(open('12.00'));
    // Tuesday 00:30 in Stockholm is still Monday evening in New York: the
    // line opens "08.00" today in Sweden, not "i morgon".
    await page.clock.setFixedTime(new Date('2026-12-01T00:30:00+01:00'));
    await page.reload();
    await expect(lineStatus(page, LINES[0]!)).toHaveText(closed('08.00'));
  });
});

test('the status changes while the page stays open', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-23T11:58:30+01:00') });
  await page.goto('kontakter/');
  await expect(lineStatus(page, LINES[1]!)).toHaveText(open('12.00'));
  await page.clock.fastForward('02:00');
  await expect(lineStatus(page, LINES[1]!)).toHaveText(closed('13.00'));
});

test('the status is text under the number, and the page says how holidays are counted', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:15:00+01:00'));
  await page.goto('kontakter/');
  const phone = lineCard(page, LINES[0]!).getByRole('definition').filter({ hasText: '031-365 47 14' });
  await expect(phone).toHaveText(`031-365 47 14${open('12.00')}`);
  const unit = page.getByRole('region', { name: 'Vuxen Mottag' });
  await expect(unit).toContainText(source.hours);
  await expect(unit).toContainText('Rutinen nämner inte helgdagar: webbplatsen räknar röda dagar, julafton, midsommarafton och nyårsafton som stängda.');
});

test('a closed day the owner lists closes the lines that day', async ({ page }) => {
  // The build's list is empty; the page is served with one day in it, as a build with it would be.
  await page.route('**/kontakter/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replaceAll('data-stangda-dagar="[]"', 'data-stangda-dagar="[&quot;2026-11-23&quot;]"');
    expect(html).toContain('2026-11-23');
    await route.fulfill({ response, body: html });
  });
  await page.clock.setFixedTime(new Date('2026-11-23T09:15:00+01:00'));
  await page.goto('kontakter/');
  await expect(lineStatus(page, LINES[0]!)).toHaveText(closed('i morgon 08.00'));
});

/** Where the next field of each Vuxen Mottag card starts, and the next unit's heading. */
async function positions(page: Page): Promise<number[]> {
  const below = [
    ...LINES.map((line) => lineCard(page, line).getByText('Funktionsbrevlåda', { exact: true })),
    page.getByRole('heading', { name: 'Försörjningsstöd Mottag' }),
  ];
  return Promise.all(below.map(async (locator) => (await locator.boundingBox())!.y));
}

for (const width of [320, 1280]) {
  for (const [state, instant] of [
    ['open', '2026-11-24T17:30:00+01:00'],
    ['closed', '2026-11-27T16:05:00+01:00'],
  ] as const) {
    test(`at ${width} px, the ${state} status fills the space kept for it: nothing below moves`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.clock.setFixedTime(new Date(instant));
      // First without the status script: the page as painted before it runs.
      await page.route(/OpeningHours\.astro.*\.js$/, (route) => route.abort());
      await page.goto('kontakter/');
      await expect(lineStatus(page, LINES[0]!)).toBeEmpty();
      const before = await positions(page);
      await page.unrouteAll();
      await page.reload();
      await expect(lineStatus(page, LINES[0]!)).toContainText(state === 'open' ? 'Öppet nu' : 'Stängt nu');
      expect(await positions(page)).toEqual(before);
    });
  }
}

test('a line shown on a role page without its hours keeps no empty space for a status', async ({ page }) => {
  await page.goto('roller/vuxenenheten/');
  const card = page.locator('.contact-card').filter({ has: page.getByRole('heading', { name: LINES[0], exact: true }) });
  const phone = card.getByRole('definition').filter({ hasText: '031-365 47 14' });
  await expect(phone).toHaveText('031-365 47 14');
  // One line: the number, and no box kept below it for a status that never comes.
  const lineHeight = await phone.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  expect((await phone.boundingBox())!.height).toBeLessThan(1.5 * lineHeight);
});
