import { expect, test, type Page } from '@playwright/test';
import { fold, type Unit } from '../src/lib/contacts.ts';
import { telHref } from '../src/lib/phone.ts';
import { joinSwedish } from '../src/lib/process/model.ts';
import { siteContacts } from './support/contacts';
import { siteContent } from './support/process';
import { sourceContacts } from './support/source';

const source = sourceContacts();
const directory = siteContacts();
const UNITS = directory.units.map((unit) => unit.namn);
const TOTAL = directory.cards.length;
const namesIn = (unit: Unit) => directory.cards.filter((card) => card.unit === unit).map((card) => card.name);
/** The first of `candidates` the test can use; content without one is a test that cannot run, said plainly. */
const first = <T>(what: string, candidates: T[]): T => {
  if (candidates.length === 0) throw new Error(`content/kontakter.yaml has no ${what} for this test`);
  return candidates[0]!;
};
const lastName = (name: string) => name.split(' ').at(-1)!;
const hasAccents = (text: string) => fold(text) !== text.toLowerCase();

/** The contact cards as a user sees them: list items in the main content. */
const cards = (page: Page) => page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
const filter = (page: Page) => page.getByRole('searchbox', { name: 'Filtrera kontakter' });
const status = (page: Page) => page.getByRole('main').getByRole('status');

test('the source’s contact section is read completely (the tests below rely on it): as many people, numbers, addresses and lines as content/kontakter.yaml', () => {
  expect(source.people.length).toBeGreaterThan(0);
  expect(source.people).toHaveLength(directory.people.length);
  expect(source.phones).toHaveLength(directory.cards.flatMap((card) => card.phones).length);
  expect(source.emails).toHaveLength(new Set(directory.cards.map((card) => card.email).filter(Boolean)).size);
  expect(source.lines.map((line) => line.area)).toEqual(directory.cards.filter((card) => card.line).map((card) => card.line!.upptagningsomrade));
});

test('every person, number and address of the contact data is on the page as a working link', async ({ page }) => {
  // Against content/kontakter.yaml: the decided document's contact section is compared with it by the content check.
  await page.goto('kontakter/');
  const main = page.getByRole('main');
  for (const card of directory.cards) {
    const shown = cards(page).filter({ has: page.getByRole('heading', { name: card.name, exact: true }) });
    await expect(shown, card.name).toHaveCount(1);
    if (card.person) await expect(shown).toContainText(card.person.titel);
    if (card.line?.upptagningsomrade) await expect(shown, card.name).toContainText(`Upptagningsområde${card.line.upptagningsomrade}`);
    for (const phone of card.phones) {
      // Linked in international form and shown the Swedish way, whatever the source's spacing, by the site's formatter.
      const link = shown.locator(`a[href="${telHref(phone)}"]`);
      await expect(link, phone.written).toHaveCount(1);
      await expect(link).toHaveText(phone.display);
      await expect(link).toHaveText(/^0\d{1,3}-\d{2,3}( \d{2})+$/);
    }
    if (card.email) await expect(shown.getByRole('link', { name: card.email, exact: true }), card.email).toHaveAttribute('href', `mailto:${card.email}`);
  }
  for (const unit of directory.unitsWithHours) await expect(main).toContainText(unit.oppettider!.text);
  await expect(cards(page)).toHaveCount(TOTAL);
});

test('the contacts are grouped by unit, in the file’s order, with the Insluss role of a person', async ({ page }) => {
  await page.goto('kontakter/');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(UNITS);
  for (const unit of directory.units) {
    await expect(page.getByRole('region', { name: unit.namn }).getByRole('heading', { level: 3 }), unit.id).toHaveText(namesIn(unit));
  }
  const withRole = first('person with an Insluss role (roll)', directory.people.filter((person) => person.roll));
  const unit = directory.units.find((candidate) => candidate.id === withRole.enhet)!;
  await expect(page.getByRole('region', { name: unit.namn })).toContainText(withRole.roll!);
});

test('a card can be linked to by the person’s id', async ({ page }) => {
  const person = directory.people.at(-1)!;
  await page.goto(`kontakter/#${person.id}`);
  await expect(page.locator(`#${person.id}`)).toHaveText(person.namn);
  await expect(page.locator(`#${person.id}`)).toBeInViewport();
});

/** What is typed → a query made from the content; the cards left are those the page's own rule (src/lib/contact-filter.ts) matches. */
const people = directory.people;
const phone = first('person with a phone number', people.filter((person) => person.telefon.length > 0)).telefon[0]!;
const title = first(
  'title that only some people have',
  people.map((person) => person.titel).filter((titel) => people.filter((person) => person.titel === titel).length < people.length),
);
const accented = first('unit with an accent in its name', directory.units.filter((unit) => hasAccents(unit.namn)));
const area = first('line with an area', directory.cards.filter((card) => card.line?.upptagningsomrade)).line!.upptagningsomrade!;
const accentedArea = directory.cards.map((card) => card.line?.upptagningsomrade).find((candidate) => candidate && hasAccents(candidate));
const filters: Array<[string, string]> = [
  ['a name', lastName(people.at(-1)!.namn)],
  ['a name in lower case, part of it', lastName(people.at(-2)!.namn).slice(0, 5).toLowerCase()],
  ['an area', area],
  ['an area or a unit without its accents', fold(accentedArea ?? accented.namn)],
  ['a number written the routine’s other way (spaces around a dash)', phone.display.replace('-', ' – ')],
  ['the end of a number', phone.display.slice(-5)],
  ['a title', title],
  ['the Insluss role', first('person with an Insluss role (roll)', people.filter((person) => person.roll)).roll!.split(' ')[0]!],
  ['a unit without its accents', fold(accented.namn)],
  ['the first part of an e-mail address, as it is spelt', first('person with an e-mail address', people.filter((person) => person.epost)).epost!.split(/[.@]/)[0]!],
];

test('filtering narrows the list by a name, an area, a number, a title, a unit or an e-mail address', async ({ page }) => {
  await page.goto('kontakter/');
  for (const [what, query] of filters) {
    await test.step(`${what}: "${query}"`, async () => {
      const expected = directory.matching(query);
      // A query that left every card, or none, would prove nothing about narrowing.
      expect(expected.length, `"${query}" should match some cards, not all`).toBeGreaterThan(0);
      expect(expected.length, `"${query}" should match some cards, not all`).toBeLessThan(TOTAL);
      await filter(page).fill(query);
      await expect(cards(page).filter({ visible: true }).getByRole('heading', { level: 3 })).toHaveText(expected);
      await expect(status(page)).toHaveText(`${expected.length} ${expected.length === 1 ? 'kontakt matchar' : 'kontakter matchar'} ”${query}”.`);
    });
  }
});

test('the list narrows with each letter typed, and a unit without matches disappears', async ({ page }) => {
  const word = lastName(people.at(-2)!.namn).toLowerCase();
  await page.goto('kontakter/');
  await expect(status(page)).toHaveText(`Alla ${TOTAL} kontakter visas.`);
  let typed = '';
  for (const letter of word.slice(0, 4)) {
    typed += letter;
    await filter(page).pressSequentially(letter);
    await expect(cards(page).filter({ visible: true }).getByRole('heading'), typed).toHaveText(directory.matching(typed));
  }
  const left = directory.matching(typed);
  const emptyUnits = directory.units.filter((unit) => !namesIn(unit).some((name) => left.includes(name)));
  expect(emptyUnits.length, 'some unit should have no match').toBeGreaterThan(0);
  for (const unit of directory.units) {
    const region = page.getByRole('region', { name: unit.namn });
    if (emptyUnits.includes(unit)) await expect(region, unit.id).toBeHidden();
    else await expect(region, unit.id).toBeVisible();
  }
});

test('no match says so and offers a way back to the whole list', async ({ page }) => {
  await page.goto('kontakter/');
  await filter(page).fill('Socialjouren Stockholm');
  await expect(status(page)).toHaveText('Inga kontakter matchar ”Socialjouren Stockholm”.');
  await expect(cards(page).filter({ visible: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Rensa filtret' }).click();
  await expect(filter(page)).toHaveValue('');
  await expect(filter(page)).toBeFocused();
  await expect(cards(page).filter({ visible: true })).toHaveCount(TOTAL);
  await expect(status(page)).toHaveText(`Alla ${TOTAL} kontakter visas.`);
});

test('the count is announced politely to screen readers', async ({ page }) => {
  await page.goto('kontakter/');
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  const name = people.at(-1)!.namn;
  await filter(page).fill(name);
  await expect(status(page)).toHaveText(`1 kontakt matchar ”${name}”.`);
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
  const query = fold(area);
  await page.keyboard.type(query);
  await expect(cards(page).filter({ visible: true }).getByRole('heading')).toHaveText(directory.matching(query));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Rensa filtret' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(filter(page)).toBeFocused();
  await expect(cards(page).filter({ visible: true })).toHaveCount(TOTAL);
  // The next stop after the field is a number in the first card, which can be called from there.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', `tel:${first('card with a number', directory.cards.filter((card) => card.phones.length > 0)).phones[0]!.e164}`);
});

test('the footer names the owner and revision of the routine the contacts come from, and no other', async ({ page }) => {
  const sources = new Set(directory.units.map((unit) => unit.rutin));
  await page.goto('kontakter/');
  const footer = page.getByRole('contentinfo');
  for (const routine of siteContent().routines) {
    if (sources.has(routine.id)) {
      await expect(footer).toContainText(routine.data.title);
      await expect(footer).toContainText(routine.data.senastReviderad);
    } else await expect(footer).not.toContainText(routine.data.dokumentansvarig);
  }
});

test('the main menu and the start page lead to the contacts', async ({ page }) => {
  await page.goto('');
  const districts = joinSwedish([...new Set(directory.units.flatMap((unit) => directory.routineOf(unit).forvaltningar))]);
  await page.getByRole('main').getByRole('link', { name: `Kontakter i ${districts}` }).click();
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
    await expect(cards(page).filter({ visible: true })).toHaveCount(TOTAL);
    await expect(page.getByRole('main')).toContainText(source.hours);
    await expect(filter(page)).toBeHidden();
    // No status (it needs the script), and no note about one.
    const shown = await page.getByRole('main').innerText();
    expect(shown).not.toContain('Öppet nu');
    expect(shown).not.toContain('Stängt nu');
  });
});
