import { expect, test } from '@playwright/test';
import { ownerLine, rolesInOrder } from '../src/lib/process/model.ts';
import { groupRoleSteps } from '../src/lib/process/role-steps.ts';
import { telHref } from '../src/lib/phone.ts';
import { flowchartPages, rolePagesOf, siteContent, stepsOfRole } from './support/process';

/**
 * The role pages, against the process model and the contact data as the
 * build reads them (content/process/, content/kontakter.yaml): roles,
 * step titles, timings, conditions, sources and numbers all come from
 * there, so a content edit changes what is expected, never the test. A
 * role has a page per view of the process (src/lib/process/views.ts); each
 * shows the role's steps among its view's steps.
 */
const content = siteContent();
const model = content.process;
const ROLES = rolesInOrder(model);
const stepById = (id: string) => model.steps.find((step) => step.id === id)!;
/** The first of `candidates`; content without one is a test that cannot run, said plainly. */
const first = <T>(what: string, candidates: T[]): T => {
  if (candidates.length === 0) throw new Error(`content/process/ has no ${what} for this test`);
  return candidates[0]!;
};
/** A role's page with steps of the role's own that hang on no condition, steps under a condition, and others' steps that concern it. */
const rich = first(
  'role page with own steps, conditioned steps and others’ steps',
  ROLES.flatMap((role) => rolePagesOf(role.id).map((rolePage) => ({ role, path: rolePage.path, scopes: rolePage.scopes, ...stepsOfRole(role.id, rolePage.steps) }))).filter(
    ({ own, concerned }) => concerned.length > 0 && own.some((id) => !stepById(id).villkor) && own.some((id) => stepById(id).villkor),
  ),
);
const richRole = rich.role;

test('the role list leads to a page for each role', async ({ page }) => {
  await page.goto('roller/');
  for (const { id, namn } of ROLES) {
    await page.getByRole('main').getByRole('link', { name: namn, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`roller/${id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(namn);
    await page.goBack();
  }
});

for (const role of ROLES) {
  test(`the ${role.id} page covers its steps and the others’ steps that concern it, each with a source`, async ({ page }) => {
    const shown = new Set<string>();
    for (const rolePage of rolePagesOf(role.id)) {
      const { own, concerned } = stepsOfRole(role.id, rolePage.steps);
      await page.goto(rolePage.path);
      const main = page.getByRole('main');
      for (const id of [...own, ...concerned]) {
        const step = stepById(id);
        const item = main.locator(`#steg-${id}`);
        await expect(item.getByRole('heading').first(), `${rolePage.path}: ${id}`).toContainText(step.titel);
        if (own.includes(id) && step.tid?.text) await expect(item, `${rolePage.path}: ${id}: its time`).toContainText(step.tid.text);
      }
      const steps = main.locator('ol.steps > li');
      expect(await steps.count(), rolePage.path).toBe(own.length + concerned.length);
      for (const step of await steps.all()) {
        await expect(step.getByText('Källa:').first()).toBeVisible();
        await expect(step.getByText(/^(Vem|När)$/).first()).toBeVisible();
        shown.add((await step.getAttribute('id'))!.slice('steg-'.length));
      }
    }
    // Between them, the role's pages show every step the model gives the role or says concerns it.
    const { own, concerned } = stepsOfRole(role.id);
    expect([...shown].sort()).toEqual([...own, ...concerned].sort());
  });
}

test('the role page separates my steps from others\' steps that concern me', async ({ page }) => {
  const { own, concerned } = rich;
  const mine = stepById(own[0]!).titel;
  const theirs = stepById(concerned[0]!).titel;
  await page.goto(rich.path);
  const ownRegion = page.getByRole('region', { name: 'Dina steg' });
  const context = page.getByRole('region', { name: 'Andras steg som berör dig' });
  await expect(ownRegion.getByRole('heading', { name: new RegExp(`${escape(mine)}$`) })).toBeVisible();
  await expect(context.getByRole('heading', { name: new RegExp(`${escape(theirs)}$`) })).toBeVisible();
  await expect(ownRegion.getByRole('heading', { name: new RegExp(`${escape(theirs)}$`) })).toHaveCount(0);
});

test('a role page numbers its steps: those of every case first, then those that hang on a condition, under it', async ({ page }) => {
  const { own } = rich;
  // Which steps hang on a condition, and its words, is the rule of src/lib/process/role-steps.ts (unit-tested there).
  const groups = groupRoleSteps(model, richRole.id, own.map(stepById));
  expect(groups.always.length).toBeGreaterThan(0);
  expect(groups.sometimes.length).toBeGreaterThan(0);
  await page.goto(rich.path);
  const ownRegion = page.getByRole('region', { name: 'Dina steg' });
  // The numbers are drawn before each title and read with it; they run on from one list to the next.
  const count = await ownRegion.locator('.step__title').count();
  expect(count).toBe(own.length);
  for (let number = 1; number <= count; number++) {
    await expect(ownRegion.locator('.step__title').nth(number - 1), `step ${number}`).toHaveText(new RegExp(`^${number}\\. `));
  }
  const alwaysItems = ownRegion.locator('h3:text-is("I varje Insluss-ärende") + ol > li');
  const sometimes = ownRegion.locator('h3:text-is("Bara i vissa ärenden") ~ ol > li');
  await expect(alwaysItems).toHaveCount(groups.always.length);
  await expect(sometimes).toHaveCount(groups.sometimes.length);
  for (const step of groups.always) await expect(alwaysItems.and(ownRegion.locator(`#steg-${step.id}`)), step.id).toHaveCount(1);
  for (const { step, condition } of groups.sometimes) {
    const item = ownRegion.locator(`#steg-${step.id}`);
    await expect(sometimes.and(item), step.id).toHaveCount(1);
    await expect(item.locator('.step__condition'), step.id).toHaveText(`Villkor: ${condition}`);
  }
  const firstSometimes = await sometimes.first().evaluate((element) => element.getBoundingClientRect().top);
  const lastAlways = await alwaysItems.last().evaluate((element) => element.getBoundingClientRect().top);
  expect(lastAlways).toBeLessThan(firstSometimes);
});

test('a role page leads to the guide with the role chosen', async ({ page }) => {
  const role = ROLES.find((candidate) => stepsOfRole(candidate.id).own.length > 0)!;
  const firstCaseQuestion = first('guide question after the role', model.questions.filter((question) => question.typ !== 'roll'));
  await page.goto(`roller/${role.id}/`);
  await page.getByRole('link', { name: 'Räkna ut dina datum i guiden' }).click();
  await expect(page).toHaveURL(new RegExp(`guide/#roll=${role.id}$`));
  // The role is answered: the guide asks the first question about the case.
  await expect(page.getByRole('group', { name: firstCaseQuestion.fraga })).toBeVisible();
  await expect(page.getByText('Fråga 2')).toBeVisible();
});

/** The flowchart page of a role page's view: the one for the same administration. */
const flowchartOf = (administration: string | undefined) => flowchartPages().find((chartPage) => chartPage.administration === administration)!;

/** A step of a role with a source in a routine, and a step after it in the same view, with the role page that shows it. */
const quoted = first(
  'step with a source in a routine and a following step',
  ROLES.flatMap((role) =>
    rolePagesOf(role.id).flatMap((rolePage) =>
      // The view's steps keep only the arrows within the view.
      rolePage.steps.filter((step) => step.roller.includes(role.id)).map((step) => ({ role, step, path: rolePage.path, administration: rolePage.administration })),
    ),
  ).filter(({ step }) => step.kallor.some((source) => source.avsnitt && source.citat) && step.nasta.length > 0),
);

test('a source link on a role page leads to the quoted section', async ({ page }) => {
  const source = quoted.step.kallor.find((candidate) => candidate.avsnitt && candidate.citat)!;
  const routine = content.routines.find((candidate) => candidate.id === source.dokument)!;
  await page.goto(quoted.path);
  await page
    .locator(`#steg-${quoted.step.id}`)
    .getByRole('link', { name: new RegExp(`^${escape(routine.data.title)}, avsnittet ”`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`rutiner/${routine.id}/#${source.avsnitt}$`));
  // The quote's first words are there, in the routine's text.
  const opening = source.citat!.split(/\s+/).slice(0, 6).join(' ');
  await expect(page.getByRole('main').getByText(opening).first()).toBeVisible();
});

test('the steps that follow link to their place in the flowchart', async ({ page }) => {
  const next = stepById(quoted.step.nasta[0]!.till);
  await page.goto(quoted.path);
  await page.locator(`#steg-${quoted.step.id}`).getByRole('link', { name: next.titel, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${flowchartOf(quoted.administration).path}#steg-${next.id}$`));
  await expect(page.locator(`#steg-${next.id}`)).toBeInViewport();
});

test('a role page shows its contacts from the contact data, numbers and addresses linked', async ({ page }) => {
  const { units, people } = content.contacts;
  const withContacts = ROLES.filter((role) => role.kontakter.length > 0);
  expect(withContacts.length).toBeGreaterThan(0);
  // A contact comes from its unit's routine: a page lists those of its view's routines only.
  const routineOf = (id: string) => units.find((unit) => unit.id === (people.find((person) => person.id === id)?.enhet ?? id))!.rutin;
  for (const role of withContacts) {
    const listed = new Set<string>();
    for (const rolePage of rolePagesOf(role.id)) {
      await page.goto(rolePage.path);
      const section = page.getByRole('region', { name: /^Kontakter i / });
      const inView = role.kontakter.filter((id) => rolePage.scopes.includes(routineOf(id)));
      if (inView.length === 0) await expect(section, rolePage.path).toHaveCount(0);
      for (const id of role.kontakter) {
        const unit = units.find((candidate) => candidate.id === id);
        const shown = unit ? [...unit.linjer, ...people.filter((person) => person.enhet === unit.id)] : people.filter((person) => person.id === id);
        expect(shown.length, `${role.id}: ${id}`).toBeGreaterThan(0);
        if (!inView.includes(id)) {
          for (const contact of shown) await expect(page.getByRole('main').getByRole('heading', { name: contact.namn, exact: true }), `${rolePage.path}: ${contact.namn}`).toHaveCount(0);
          continue;
        }
        listed.add(id);
        for (const contact of shown) {
          await expect(section.getByRole('heading', { name: contact.namn, exact: true }), `${rolePage.path}: ${contact.namn}`).toHaveCount(1);
          const phones = 'linjer' in contact ? [] : Array.isArray(contact.telefon) ? contact.telefon : [contact.telefon];
          for (const phone of phones) await expect(section.getByRole('link', { name: phone.display, exact: true }).first()).toHaveAttribute('href', telHref(phone));
          const email = 'epost' in contact ? contact.epost : contact.funktionsbrevlada;
          if (email) await expect(section.getByRole('link', { name: email, exact: true }).first()).toHaveAttribute('href', `mailto:${email}`);
        }
      }
    }
    // Every contact the role names is on one of its pages.
    expect([...listed].sort(), role.id).toEqual([...role.kontakter].sort());
  }
});

const city = content.routines.find((routine) => !routine.data.kompletterar)!;
const supplements = content.routines.filter((routine) => routine.data.kompletterar);

test('an old link to a role’s step now on its page for an administration lands on the role’s first page at the link there, marked', async ({ page }) => {
  let tried = 0;
  for (const role of ROLES) {
    const [first, ...others] = rolePagesOf(role.id);
    for (const other of others) {
      const { own, concerned } = stepsOfRole(role.id, other.steps);
      const moved = [...own, ...concerned].filter((id) => !first!.steps.some((step) => step.id === id));
      for (const id of moved) {
        await page.goto(`${first!.path}#steg-${id}`);
        const marked = page.getByRole('navigation', { name: 'Förvaltning' }).locator('li:has(:target) a');
        await expect(marked, `${role.id}: ${id}`).toHaveAttribute('href', `/${other.path}`);
        await expect(marked).toBeInViewport();
        tried++;
      }
    }
  }
  expect(tried, 'some role has a page for an administration').toBeGreaterThan(0);
});

test('a role page says it is a reading of the routines, near the top, linking to them', async ({ page }) => {
  await page.goto(rich.path);
  const note = page.locator('main .reading-note');
  await expect(note).toContainText('Sidan är webbplatsens läsning av rutinerna, inte rutinerna själva: det är rutinernas text som gäller');
  // The routines of the page's view, and no other.
  const read = content.routines.filter((routine) => rich.scopes.includes(routine.id));
  await expect(note.getByRole('link')).toHaveCount(read.length);
  for (const routine of read) {
    await expect(note.getByRole('link', { name: routine.data.title })).toHaveAttribute('href', new RegExp(`rutiner/${routine.id}/$`));
  }
  // Near the top: before the first step.
  const [noteTop, firstStepTop] = await Promise.all([note.evaluate((el) => el.getBoundingClientRect().top), page.locator('ol.steps > li').first().evaluate((el) => el.getBoundingClientRect().top)]);
  expect(noteTop).toBeLessThan(firstStepTop);
});

test('the role list says it is a reading of the routines too, above the role summaries', async ({ page }) => {
  await page.goto('roller/');
  const note = page.locator('main .reading-note');
  await expect(note).toContainText('Sidan är webbplatsens läsning av rutinerna, inte rutinerna själva: det är rutinernas text som gäller');
  for (const routine of [city, ...supplements]) {
    await expect(note.getByRole('link', { name: routine.data.title })).toHaveAttribute('href', new RegExp(`rutiner/${routine.id}/$`));
  }
  const [noteTop, firstCardTop] = await Promise.all([note.evaluate((el) => el.getBoundingClientRect().top), page.locator('.card').first().evaluate((el) => el.getBoundingClientRect().top)]);
  expect(noteTop).toBeLessThan(firstCardTop);
});

/** Steps whose owner the routines do not name (vem: rutinenAnger: nej in content/process/). */
const unnamed = model.steps.filter((step) => step.vem?.rutinenAnger === 'nej');

test('every step whose owner the routines do not name says so, and gives the site’s reading, under each role of the reading', async ({ page }) => {
  expect(unnamed.length).toBeGreaterThan(0);
  const checked = new Set<string>();
  for (const role of ROLES) {
    for (const rolePage of rolePagesOf(role.id)) {
      const mine = unnamed.filter((step) => step.roller.includes(role.id) && rolePage.steps.some((inView) => inView.id === step.id));
      if (mine.length === 0) continue;
      await page.goto(rolePage.path);
      for (const step of mine) {
        const item = page.getByRole('region', { name: 'Dina steg' }).locator(`#steg-${step.id}`);
        const owner = item.getByRole('definition').first();
        await expect(owner, `${step.id} on ${rolePage.path}`).toHaveText(/^Rutinen anger inte vem\. Webbplatsens läsning: /);
        await expect(owner, `${step.id} on ${rolePage.path}`).toHaveText(ownerLine(model, step));
        checked.add(`${step.id} under ${role.id}`);
      }
    }
  }
  // Each such step was read on a page of every role of the reading.
  const expected = unnamed.flatMap((step) => step.roller.map((role) => `${step.id} under ${role}`));
  expect([...checked].sort()).toEqual(expected.sort());
});

test.describe('issue 18', () => {
  test('14: the den enskilde page says whom each routine covers; 15: funktionsstöd\'s own step reads from its side', async ({ page }) => {
    const person = model.roles.find((role) => role.id === 'den-enskilde')!;
    await page.goto('roller/den-enskilde/');
    await expect(page.locator('.role__organisation')).toContainText(person.organisation);
    await page.goto('roller/funktionsstod/');
    const own = page.getByRole('region', { name: 'Dina steg' });
    const kortnamn = model.roles.find((role) => role.id === 'funktionsstod')!.kortnamn;
    await expect(own.getByRole('heading', { name: new RegExp(`Kontakta ${kortnamn}`, 'i') })).toHaveCount(0);
    await expect(own.getByRole('heading', { name: stepById('funktionsstod-fran-start').titel })).toBeVisible();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
