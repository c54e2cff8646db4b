import { expect, test, type Page } from '@playwright/test';
import type { Step } from '../src/lib/process/model.ts';
import { guideLink } from './support/guide';
import { rolePagesOf, siteContent } from './support/process';

// From a step to the person (issue 21.2): a step that names roles to
// contact (`kontaktar` in content/process/steg.yaml) links the contacts
// those roles list (roller.yaml), on the contacts page, where their numbers
// are. Every expectation is read from content/ by the site's pipeline.

const content = siteContent();
const steps = content.process.steps;
const roles = content.process.roles;
const { units, people } = content.contacts;

/** The routine a contact comes from: a unit's, or a person's unit's. */
const routineOf = (id: string) => units.find((unit) => unit.id === (people.find((person) => person.id === id)?.enhet ?? id))?.rutin;

/**
 * The contacts a step links to: those of the roles it names to contact;
 * on a page of one view of the process, those its routines give.
 */
const contactsOf = (step: Step, scopes?: string[]) =>
  [...new Set((step.kontaktar ?? []).flatMap((role) => roles.find((candidate) => candidate.id === role)?.kontakter ?? []))].filter(
    (id) => !scopes || scopes.includes(routineOf(id)!),
  );
const withContacts = steps.filter((step) => contactsOf(step).length > 0);

/** The page of a role that shows the step, and the contact where one is given: the role's page in a view that has both. */
function rolePageWith(roleId: string, step: Step, contact?: string): string {
  const found = rolePagesOf(roleId).find(
    (rolePage) => rolePage.steps.some((inView) => inView.id === step.id) && (!contact || rolePage.scopes.includes(routineOf(contact)!)),
  );
  if (!found) throw new Error(`No page of ${roleId} has the step ${step.id}${contact ? ` with ${contact}` : ''}`);
  return found.path;
}

/** A number's tel: link, in international form as the pipeline reads it. */
const tel = (phone: { e164: string }) => `tel:${phone.e164}`;

/** The numbers and addresses of a unit (its lines and people) or of a person. */
function numbersOf(id: string): { phones: string[]; emails: string[] } {
  const person = people.find((candidate) => candidate.id === id);
  if (person) return { phones: person.telefon.map(tel), emails: person.epost ? [`mailto:${person.epost}`] : [] };
  const members = people.filter((candidate) => candidate.enhet === id);
  const unit = units.find((candidate) => candidate.id === id)!;
  return {
    phones: [...unit.linjer.map((line) => tel(line.telefon)), ...members.flatMap((p) => p.telefon.map(tel))],
    emails: members.flatMap((p) => (p.epost ? [`mailto:${p.epost}`] : [])),
  };
}

/**
 * Each step on the page that should link contacts links every one of them
 * (of the page's view's routines, where it shows one view), to the
 * contacts page, and no other.
 */
async function expectLinks(page: Page, where: string, scopes?: string[]) {
  let seen = 0;
  for (const step of withContacts) {
    const items = page.locator(`li#steg-${step.id}`);
    for (const item of await items.all()) {
      const expected = contactsOf(step, scopes);
      if (expected.length > 0) seen++;
      const links = item.locator('.step__contacts a');
      await expect(links, `${where}: ${step.id} links ${expected.join(', ') || 'no one'}`).toHaveCount(expected.length);
      for (const id of expected) {
        await expect(item.locator('.step__contacts').locator(`a[href$="/kontakter/#${id}"]`), `${where}: ${step.id} → ${id}`).toHaveCount(1);
      }
    }
  }
  return seen;
}

/** Following a contact link lands on the contact, in sight, with its numbers as tel: links. */
async function expectLanding(page: Page, id: string) {
  await expect(page).toHaveURL(new RegExp(`/kontakter/#${id}$`));
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const place = heading.locator('xpath=ancestor::*[self::section or contains(@class, "contact-card")][1]');
  const { phones, emails } = numbersOf(id);
  expect(phones.length, `${id} has numbers in content/kontakter.yaml`).toBeGreaterThan(0);
  for (const phone of phones) await expect(place.locator(`a[href="${phone}"]`).first(), phone).toBeAttached();
  for (const email of emails) await expect(place.locator(`a[href="${email}"]`).first(), email).toBeAttached();
}

test.describe('from a step to the person to contact (issue 21.2)', () => {
  test('the model names contacts for some steps, each of a role that has them', () => {
    expect(withContacts.length).toBeGreaterThan(0);
  });

  test('on the role pages, each step that names someone to contact links to their numbers', async ({ page }) => {
    let seen = 0;
    for (const role of roles) {
      for (const { path, scopes } of rolePagesOf(role.id)) {
        await page.goto(path);
        seen += await expectLinks(page, path, scopes);
      }
    }
    expect(seen, 'such steps are on the role pages').toBeGreaterThan(0);
  });

  test('a step with nothing to contact links no one', async ({ page }) => {
    const without = steps.find((step) => !step.kontaktar?.length && step.roller.includes('vuxenenheten'))!;
    await page.goto(rolePageWith('vuxenenheten', without));
    await expect(page.locator(`li#steg-${without.id}`)).toHaveCount(1);
    await expect(page.locator(`li#steg-${without.id} .step__contacts`)).toHaveCount(0);
  });

  test('the link from a step on a role page lands on the unit with its numbers and addresses', async ({ page }) => {
    const step = withContacts.find((candidate) => candidate.roller.includes('vuxenenheten'))!;
    const id = contactsOf(step)[0]!;
    await page.goto(rolePageWith('vuxenenheten', step, id));
    await page.locator(`li#steg-${step.id} .step__contacts a[href$="/kontakter/#${id}"]`).click();
    await expectLanding(page, id);
  });

  test('a contact with opening hours says on landing whether it is open now', async ({ page }) => {
    const unit = units.find((candidate) => candidate.oppettider)!;
    const step = withContacts.find((candidate) => contactsOf(candidate).includes(unit.id))!;
    expect(step, `a step links ${unit.id}`).toBeDefined();
    await page.goto(rolePageWith(step.roller[0]!, step, unit.id));
    await page.locator(`li#steg-${step.id} .step__contacts a[href$="/kontakter/#${unit.id}"]`).click();
    await expectLanding(page, unit.id);
    await expect(page.locator(`section[aria-labelledby="${unit.id}"] [data-opening-status]`).first()).toContainText(/Öppet|Stängt/);
  });

  test('in the guide\'s result, each step that names someone to contact links to them, and the link lands on them', async ({ page }) => {
    // Vuxenenheten in Nordost, need of försörjningsstöd and no contact there, a disability signalled.
    await page.goto(guideLink({ roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', naraFrigivning: 'nej', behov: 'ja', befintligKontakt: 'nej', funktionsvariation: 'ja', alder1824: 'nej' }));
    await expect(page.getByRole('heading', { name: 'Mina steg', exact: true })).toBeVisible();
    expect(await expectLinks(page, 'guide'), 'such steps are in the result').toBeGreaterThan(0);
    const link = page.locator('.guide__step .step__contacts a').first();
    const id = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.click();
    await expectLanding(page, id);
  });
});
