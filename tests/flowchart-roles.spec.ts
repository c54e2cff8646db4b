import { expect, test, type Page } from '@playwright/test';
import type { Step } from '../src/lib/process/model.ts';
import { flowchartPages, fullestFlowchart, modelRoles, rolePagesOf, stepsOfRole } from './support/process';

// The flowchart's view per role (issue 13), checked against the process
// model itself (content/process/), never against a list kept here. Each
// flowchart page shows one administration's view (src/lib/process/views.ts):
// a role's steps there are those of the page's steps. axe in a role's view,
// in both schemes: tests/accessibility.spec.ts.

const chart = (page: Page) => page.locator('.flowchart__canvas svg');
const roleSelect = (page: Page) => page.getByLabel('Visa steg för');

/** The step ids of the nodes drawn filled like the legend's "the chosen role's own steps". */
async function filledAsOwn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const own = getComputedStyle(document.querySelector('.legend__swatch--egen')!).backgroundColor;
    return [...document.querySelectorAll<SVGAElement>('.flowchart__canvas svg a[href^="#steg-"]')]
      .filter((link) => getComputedStyle(link.querySelector('.label-container')!).fill === own)
      .map((link) => link.getAttribute('href')!.slice('#steg-'.length))
      .sort();
  });
}

/** Step ids of the nodes in a view ("own", "concerned", "other"), from what the chart marks. */
async function nodesIn(page: Page, view: string): Promise<string[]> {
  const hrefs = await chart(page).locator(`a[data-role-view="${view}"]`).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  return hrefs.map((href) => href.slice('#steg-'.length)).sort();
}

test('every flowchart page at #roll=forsorjningsstod marks exactly that role\'s own steps in its view, as the model has them', async ({ page }) => {
  const inModel = stepsOfRole('forsorjningsstod').own;
  expect(inModel.length, 'the model gives the role steps of its own').toBeGreaterThan(0);
  const marked = new Set<string>();
  for (const { path, steps } of flowchartPages()) {
    const expected = stepsOfRole('forsorjningsstod', steps);
    await page.goto(`${path}#roll=forsorjningsstod`);
    await expect(roleSelect(page), path).toHaveValue('forsorjningsstod');
    await expect.poll(() => filledAsOwn(page), path).toEqual([...expected.own].sort());
    for (const id of await filledAsOwn(page)) marked.add(id);
    expect(await nodesIn(page, 'concerned'), path).toEqual([...expected.concerned].sort());
    expect(await nodesIn(page, 'other'), path).toEqual([...expected.other].sort());
    // Toned down: the other steps' labels in the muted colour of the hint above the chart, the rest not.
    const colour = (stepId: string) => chart(page).locator(`a[href="#steg-${stepId}"] p`).evaluate((p) => getComputedStyle(p).color);
    const muted = await page.locator('#schema-hjalp').evaluate((hint) => getComputedStyle(hint).color);
    for (const id of expected.other) expect(await colour(id), `${path}: ${id}`).toBe(muted);
    for (const id of [...expected.own, ...expected.concerned]) expect(await colour(id), `${path}: ${id}`).not.toBe(muted);
  }
  // Between them, the pages mark every step the model gives the role.
  expect([...marked].sort()).toEqual([...inModel].sort());
});

test('the list under the chart shows the same view: own steps and those that concern the role in full, the rest by title', async ({ page }) => {
  for (const { path, steps } of flowchartPages()) {
    const expected = stepsOfRole('forsorjningsstod', steps);
    await page.goto(`${path}#roll=forsorjningsstod`);
    await expect(page.locator('.steps__role-note'), path).toContainText('Visar steg för Socialsekreterare på ekonomiskt bistånd');
    const item = (id: string) => page.locator(`#steg-${id}`);
    for (const id of expected.own) {
      await expect(item(id).locator('.step__role-tag'), `${path}: ${id}`).toHaveText('Rollens eget steg');
      await expect(item(id).locator('.step__facts'), `${path}: ${id}`).toBeAttached();
      expect(await item(id).locator('.step__facts').isVisible(), `${path}: ${id}`).toBe(true);
    }
    for (const id of expected.concerned) await expect(item(id).locator('.step__role-tag'), `${path}: ${id}`).toHaveText('Berör rollen');
    for (const id of expected.other) {
      await expect(item(id).locator('.step__role-tag'), `${path}: ${id}`).toHaveCount(0);
      await expect(item(id).locator('.step__title'), `${path}: ${id}`).toBeVisible();
      await expect(item(id).locator('.step__facts'), `${path}: ${id}`).toBeHidden();
    }
    // The numbers stay the view's: step n is still number n.
    await expect(page.locator('ol.steps > li'), path).toHaveCount(steps.length);
  }
});

test('choosing a role changes the view and the address, without drawing the chart again; "Alla roller" shows every step', async ({ page }) => {
  const { path, steps } = fullestFlowchart();
  await page.goto(path);
  await page.evaluate(() => {
    (window as unknown as { drawnChart: Element }).drawnChart = document.querySelector('.flowchart__canvas svg')!;
  });
  // Offered: every role with a step in the view; a local routine's role may be left out of another administration's view.
  const offered = await roleSelect(page).locator('option:not([value=""])').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const withSteps = modelRoles().filter((role) => {
    const { own, concerned } = stepsOfRole(role.id, steps);
    return own.length + concerned.length > 0;
  });
  expect(withSteps.length).toBeGreaterThan(0);
  expect(offered).toEqual(expect.arrayContaining(withSteps.map((role) => role.id)));
  const roles = modelRoles().filter((role) => offered.includes(role.id));
  expect(roles.length, 'every role offered is one of the model\'s').toBe(offered.length);
  for (const role of roles) {
    await roleSelect(page).selectOption(role.id);
    await expect(page).toHaveURL(new RegExp(`#roll=${role.id}$`));
    const expected = stepsOfRole(role.id, steps);
    await expect.poll(() => nodesIn(page, 'own'), role.id).toEqual([...expected.own].sort());
    expect(await nodesIn(page, 'concerned'), role.id).toEqual([...expected.concerned].sort());
    await expect(page.locator('flow-chart [aria-live="polite"]')).toContainText(`Visar steg för ${role.namn}: ${expected.own.length} `);
  }
  expect(await page.evaluate(() => document.querySelector('.flowchart__canvas svg') === (window as unknown as { drawnChart: Element }).drawnChart)).toBe(true);
  await roleSelect(page).selectOption({ label: 'Alla roller' });
  await expect(page).toHaveURL(new RegExp(`/${path}$`));
  await expect(chart(page).locator('a[data-role-view]')).toHaveCount(0);
  await expect(page.locator('.step__role-tag')).toHaveCount(0);
  await expect(page.locator('.steps__role-note')).toHaveCount(0);
  await expect(page.locator('flow-chart [aria-live="polite"]')).toHaveText('Visar alla steg.');
});

test('a step toned down in the view opens in full when its node is followed', async ({ page }) => {
  const { path, steps } = fullestFlowchart();
  const role = modelRoles().find((candidate) => stepsOfRole(candidate.id, steps).other.length > 0);
  expect(role, 'some role has steps that do not concern it').toBeDefined();
  const other = stepsOfRole(role!.id, steps).other[0]!;
  await page.goto(`${path}#roll=${role!.id}`);
  await chart(page).locator(`a[href="#steg-${other}"]`).click();
  await expect(page.getByRole('dialog').locator('.step__facts')).toBeVisible();
  await page.getByRole('dialog').getByRole('link', { name: /^Visa steg \d+ i listan under schemat$/ }).click();
  await expect(page.locator(`#steg-${other}`)).toBeFocused();
  await expect(page.locator(`#steg-${other} .step__facts`)).toBeVisible();
});

test('an address with a role the model does not have says so and shows every step', async ({ page }) => {
  await page.goto('flodesschema/#roll=finns-inte');
  await expect(page.getByText('Det finns ingen roll ”finns-inte” i rutinerna. Alla steg visas.')).toBeVisible();
  await expect(roleSelect(page)).toHaveValue('');
  await expect(chart(page).locator('a[data-role-view]')).toHaveCount(0);
});

test('every role page links to its view of the flowchart', async ({ page }) => {
  // The flowchart page of a role page's view: the one for the same administration.
  const flowchartOf = (administration: string | undefined) => flowchartPages().find((chartPage) => chartPage.administration === administration)!;
  let last: { role: string; steps: Step[] } | undefined;
  for (const role of modelRoles()) {
    for (const rolePage of rolePagesOf(role.id)) {
      const { path, steps } = flowchartOf(rolePage.administration);
      await page.goto(rolePage.path);
      const link = page.getByRole('link', { name: /flödesschemat, med dina steg markerade/ });
      await expect(link, rolePage.path).toHaveAttribute('href', new RegExp(`/${path}#roll=${role.id}$`));
      last = { role: role.id, steps };
    }
  }
  await page.getByRole('link', { name: /flödesschemat, med dina steg markerade/ }).click();
  await expect(roleSelect(page)).toHaveValue(last!.role);
  await expect.poll(() => nodesIn(page, 'own')).toEqual([...stepsOfRole(last!.role, last!.steps).own].sort());
});

test('under a path like //flodesschema/, a role\'s view and the way back to the chart work, and the address stays on the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const { path, steps } = fullestFlowchart();
  // The browser resolves "//flodesschema/…" against this page as the host "flodesschema".
  await page.goto(`${origin}//${path}#roll=forsorjningsstod`);
  expect(new URL(page.url()).pathname).toBe(`//${path}`);
  await expect.poll(() => filledAsOwn(page)).toEqual([...stepsOfRole('forsorjningsstod', steps).own].sort());

  const step = stepsOfRole('forsorjningsstod', steps).own[0]!;
  const node = chart(page).locator(`a[href="#steg-${step}"]`);
  await node.click();
  await page.getByRole('dialog').getByRole('link', { name: /^Visa steg \d+ i listan under schemat$/ }).click();
  await expect(page.locator(`#steg-${step}`)).toBeFocused();
  await page.locator(`#steg-${step}`).getByRole('link', { name: 'Tillbaka till schemat' }).click();
  await expect(node).toHaveAttribute('aria-current', 'step');
  await expect(node).toBeFocused();

  const other = modelRoles().find((role) => role.id !== 'forsorjningsstod' && stepsOfRole(role.id, steps).own.length > 0)!;
  await roleSelect(page).selectOption(other.id);
  await expect(page).toHaveURL(`${origin}//${path}#roll=${other.id}`);
  await expect.poll(() => nodesIn(page, 'own')).toEqual([...stepsOfRole(other.id, steps).own].sort());
  // "Alla roller": back to the page's own address, on the same site.
  await roleSelect(page).selectOption({ label: 'Alla roller' });
  await expect(page).toHaveURL(`${baseURL}${path}`);
  await expect(chart(page).locator('a[data-role-view]')).toHaveCount(0);
  expect(errors).toEqual([]);
});
