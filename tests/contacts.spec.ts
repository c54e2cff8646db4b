import { expect, test, type Page } from '@playwright/test';
import { sourceContacts } from './support/source';

const source = sourceContacts();
const UNITS = ['Vuxen Mottag', 'Försörjningsstöd Mottag', 'Funktionsstöd'];
const LINES = ['Mottag med upptagningsområde Kortedala', 'Mottag med upptagningsområde Hjällbo'];

/** The contact cards as a user sees them: list items in the main content. */
const cards = (page: Page) => page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
const filter = (page: Page) => page.getByRole('searchbox', { name: 'Filtrera kontakter' });
const status = (page: Page) => page.getByRole('main').getByRole('status');

test('the source’s contact section is read completely (the tests below rely on it)', () => {
  expect(source.people).toHaveLength(7);
  expect(source.phones).toHaveLength(12);
  expect(source.emails).toHaveLength(9);
  expect(source.lines.map((line) => line.area)).toEqual(['Kortedala', 'Hjällbo']);
});

test('every person, number and address of the routine is on the page as a working link', async ({ page }) => {
  await page.goto('kontakter/');
  const main = page.getByRole('main');
  for (const { name, title } of source.people) {
    const card = cards(page).filter({ has: page.getByRole('heading', { name, exact: true }) });
    await expect(card, name).toHaveCount(1);
    await expect(card).toContainText(title);
  }
  for (const { written, digits } of source.phones) {
    const link = main.locator(`a[href="tel:+46${digits.slice(1)}"]`);
    await expect(link, written).toHaveCount(1);
    // Shown the Swedish way, whatever the source's spacing: 031-365 22 36.
    await expect(link).toHaveText(/^0\d{1,3}-\d{2,3}( \d{2})+$/);
    expect((await link.textContent())!.replace(/\D/g, '')).toBe(digits);
  }
  for (const address of source.emails) {
    await expect(main.getByRole('link', { name: address, exact: true }), address).toHaveAttribute('href', `mailto:${address}`);
  }
  for (const { name, area } of source.lines) {
    const card = cards(page).filter({ has: page.getByRole('heading', { name, exact: true }) });
    await expect(card, name).toContainText(`Upptagningsområde${area}`);
  }
  await expect(main).toContainText(source.hours);
  await expect(cards(page)).toHaveCount(source.people.length + source.lines.length);
});

test('the contacts are grouped by unit, in the routine’s order', async ({ page }) => {
  await page.goto('kontakter/');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(UNITS);
  const unit = (name: string) => page.getByRole('region', { name });
  await expect(unit('Vuxen Mottag').getByRole('heading', { level: 3 })).toHaveText(LINES);
  await expect(unit('Försörjningsstöd Mottag').getByRole('heading', { level: 3 })).toHaveText([
    'Rebecka Anteneh',
    'Majmuna Dahir Hassan',
    'Gunilla Ericson',
    'Lwam Tesfagergs',
  ]);
  await expect(unit('Funktionsstöd').getByRole('heading', { level: 3 })).toHaveText(['Hamideh Daniali', 'Anna Eriksson', 'Nina Sunnerfjell']);
  await expect(unit('Funktionsstöd')).toContainText('kontaktperson i Insluss-ärenden');
});

test('a card can be linked to by the person’s id', async ({ page }) => {
  await page.goto('kontakter/#nina-sunnerfjell');
  await expect(page.locator('#nina-sunnerfjell')).toHaveText('Nina Sunnerfjell');
  await expect(page.locator('#nina-sunnerfjell')).toBeInViewport();
});

/** What is typed → the cards left, by their headings. */
const filters: Array<[string, string, string[]]> = [
  ['a name', 'Sunnerfjell', ['Nina Sunnerfjell']],
  ['a name in lower case, part of it', 'tesfa', ['Lwam Tesfagergs']],
  ['an area', 'Hjällbo', ['Mottag med upptagningsområde Hjällbo']],
  ['an area without its ä', 'hjallbo', ['Mottag med upptagningsområde Hjällbo']],
  ['a number as the routine writes it', '031 – 365 22 36', ['Lwam Tesfagergs']],
  ['the end of a number', '59 63', ['Hamideh Daniali']],
  ['a title', 'enhetschef', ['Nina Sunnerfjell']],
  ['the Insluss role', 'kontaktperson', ['Hamideh Daniali']],
  ['a unit without its accents', 'forsorjningsstod', ['Rebecka Anteneh', 'Majmuna Dahir Hassan', 'Gunilla Ericson', 'Lwam Tesfagergs']],
  ['an e-mail address as it is spelt', 'majmona', ['Majmuna Dahir Hassan']],
];

for (const [what, query, expected] of filters) {
  test(`filtering by ${what} narrows the list`, async ({ page }) => {
    await page.goto('kontakter/');
    await filter(page).fill(query);
    await expect(cards(page).filter({ visible: true }).getByRole('heading', { level: 3 })).toHaveText(expected);
    await expect(status(page)).toHaveText(`${expected.length} ${expected.length === 1 ? 'kontakt matchar' : 'kontakter matchar'} ”${query}”.`);
  });
}

test('the list narrows with each letter typed, and a unit without matches disappears', async ({ page }) => {
  await page.goto('kontakter/');
  await expect(status(page)).toHaveText('Alla 9 kontakter visas.');
  await filter(page).pressSequentially('Eri');
  await expect(cards(page).filter({ visible: true }).getByRole('heading')).toHaveText(['Gunilla Ericson', 'Anna Eriksson']);
  await expect(page.getByRole('region', { name: 'Vuxen Mottag' })).toBeHidden();
  await filter(page).pressSequentially('k');
  await expect(cards(page).filter({ visible: true }).getByRole('heading')).toHaveText(['Anna Eriksson']);
  await expect(page.getByRole('region', { name: 'Försörjningsstöd Mottag' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Funktionsstöd' })).toBeVisible();
});

test('no match says so and offers a way back to the whole list', async ({ page }) => {
  await page.goto('kontakter/');
  await filter(page).fill('Socialjouren Stockholm');
  await expect(status(page)).toHaveText('Inga kontakter matchar ”Socialjouren Stockholm”.');
  await expect(cards(page).filter({ visible: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Rensa filtret' }).click();
  await expect(filter(page)).toHaveValue('');
  await expect(filter(page)).toBeFocused();
  await expect(cards(page).filter({ visible: true })).toHaveCount(9);
  await expect(status(page)).toHaveText('Alla 9 kontakter visas.');
});

test('the count is announced politely to screen readers', async ({ page }) => {
  await page.goto('kontakter/');
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  await filter(page).fill('Eriks');
  await expect(status(page)).toHaveText('1 kontakt matchar ”Eriks”.');
});

test('the filter works with the keyboard alone', async ({ page }) => {
  await page.goto('kontakter/');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  // From the top of the content: the link to the routine, the units to jump to, then the filter.
  for (let stop = 0; stop < UNITS.length + 2; stop++) await page.keyboard.press('Tab');
  await expect(filter(page)).toBeFocused();
  await page.keyboard.type('kortedala');
  await expect(cards(page).filter({ visible: true }).getByRole('heading')).toHaveText(['Mottag med upptagningsområde Kortedala']);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Rensa filtret' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(filter(page)).toBeFocused();
  await expect(cards(page).filter({ visible: true })).toHaveCount(9);
  // The next stop after the field is a number in the first card, which can be called from there.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', 'tel:+46313654714');
});

test('the footer names the owner and revision of the Nordost routine', async ({ page }) => {
  await page.goto('kontakter/');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Lokal rutin Insluss');
  await expect(footer).toContainText('2023-09-26');
  await expect(footer).not.toContainText('Processledare');
});

test('the main menu and the start page lead to the contacts', async ({ page }) => {
  await page.goto('');
  await page.getByRole('main').getByRole('link', { name: 'Kontakter i Nordost' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kontakter');
  await page.goto('rutiner/nordost/');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kontakter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kontakter');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kontakter' })).toHaveAttribute('aria-current', 'page');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole list is there, with the hours, and no filter that would do nothing', async ({ page }) => {
    await page.goto('kontakter/');
    await expect(cards(page).filter({ visible: true })).toHaveCount(9);
    await expect(page.getByRole('main')).toContainText(source.hours);
    await expect(filter(page)).toBeHidden();
    // No status (it needs the script), and no note about one.
    const shown = await page.getByRole('main').innerText();
    expect(shown).not.toContain('Öppet nu');
    expect(shown).not.toContain('Stängt nu');
  });
});
