import { expect, test } from '@playwright/test';
import { ownerLine, rolesInOrder } from '../src/lib/process/model.ts';
import { groupRoleSteps } from '../src/lib/process/role-steps.ts';
import { escapeRegExp as escape } from './content/project';
import { first, rolePagesOf, siteContent, stepsOfRole } from './support/process';

/**
 * The role pages, against the process model as the build reads it
 * (content/process/): roles, step titles, timings, conditions and owners
 * all come from there, so a content edit changes what is expected, never
 * the test. A role has a page per view of the process
 * (src/lib/process/views.ts); each shows the role's steps among its view's
 * steps. What a role page links to (its contacts, the guide, the sources,
 * the flowchart): tests/role-references.spec.ts.
 */
const content = siteContent();
const model = content.process;
const ROLES = rolesInOrder(model);
const stepById = (id: string) => model.steps.find((step) => step.id === id)!;
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
      const items = page.getByRole('main').locator('ol.steps > li');
      const ids = await items.evaluateAll((elements) => elements.map((element) => element.id.slice('steg-'.length)));
      expect([...ids].sort(), rolePage.path).toEqual([...own, ...concerned].sort());
      // Each list at once, in the page's order (one look at the page, not one per step):
      // the step's title in its heading, an own step's time, a source and who or when, shown.
      await expect(items.getByRole('heading'), rolePage.path).toContainText(ids.map((id) => stepById(id).titel));
      await expect(items, `${rolePage.path}: own steps' times`).toContainText(ids.map((id) => (own.includes(id) && stepById(id).tid?.text) || ''));
      await expect(items.filter({ has: page.getByText('Källa:').filter({ visible: true }) }), `${rolePage.path}: a source each`).toHaveCount(ids.length);
      await expect(items.filter({ has: page.getByText(/^(Vem|När)$/).filter({ visible: true }) }), `${rolePage.path}: who or when each`).toHaveCount(ids.length);
      for (const id of ids) shown.add(id);
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
