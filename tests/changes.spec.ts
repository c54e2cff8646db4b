import { expect, type Page } from '@playwright/test';
import { siteContent } from './support/process';
import { STORAGE_KEYS } from '../src/lib/seen-revisions.ts';
import { FIXTURE, revisedSteps } from './content/revision-fixture';
import { expectNoAxeViolations } from './support/axe';
import { watchCsp } from './support/csp';
import { fixtureTest } from './support/fixture-site';
import { answerGuide, daysFromNow } from './support/offline';
import { routineHeader } from './support/routine-header';

/**
 * Issue 22, "what changed since my last visit", on the build of the
 * revision fixture (dist-versioner/, made by tests/content/revisions.test.ts),
 * where one routine has a new revision that changed a paragraph
 * some steps quote. The device's memory of the revision it last showed is
 * set as a browser that visited before would have left it.
 */
const test = fixtureTest(FIXTURE.dist, 'tests/content/revisions.test.ts');
// Each test opens several pages, and the guide answers all its questions.
test.describe.configure({ timeout: 90_000 });

const model = siteContent().process;
const revised = revisedSteps();
const kortnamn = (routineHeader(FIXTURE.routine) as unknown as { kortnamn: string }).kortnamn;
const COMPARISON = `rutiner/${FIXTURE.routine}/andringar/${FIXTURE.current}/`;
/** The change lines shown (each routine's is in the page, hidden until it applies). */
const changeLine = (page: Page) => page.getByText(/ändrades \d{4}-\d{2}-\d{2}, efter ditt senaste besök/).filter({ visible: true });
const marks = (page: Page, scope = 'main') => page.locator(`${scope} .changed-mark`);

/** Leaves the device as a visit that showed the routine at `date` left it, without showing anything itself. */
async function lastSaw(page: Page, site: string, date: string) {
  await page.goto(`${site}kontakter/`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEYS.device, JSON.stringify({ [FIXTURE.routine]: date })] as const);
}

/**
 * The steps of the page (or part) marked as changed, by id; and every step revised that it shows.
 * A step is an item of a list: an empty anchor of a step on another view's page (ViewChoice) is not one.
 */
async function markedSteps(page: Page, scope: string) {
  const shown = await page.locator(`${scope} li[id^="steg-"]`).evaluateAll((items) => items.map((item) => item.id.replace(/^steg-/, '')));
  const marked = await page.locator(`${scope} li[id^="steg-"]:has(.changed-mark)`).evaluateAll((items) => items.map((item) => item.id.replace(/^steg-/, '')));
  return { marked: [...new Set(marked)].sort(), expected: [...new Set(shown.filter((id) => revised.includes(id)))].sort() };
}

/** The role pages that quote the revised routine. */
const rolesQuoting = model.roles.filter((role) =>
  model.steps.some((step) => (step.roller.includes(role.id) || step.berorda.includes(role.id)) && step.kallor.some((source) => source.dokument === FIXTURE.routine)),
);

test('a browser that last showed the current revision sees no change line, nor marks', async ({ page, site }) => {
  await lastSaw(page, site, FIXTURE.current);
  await page.goto(`${site}rutiner/${FIXTURE.routine}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(changeLine(page)).toHaveCount(0);
  for (const role of rolesQuoting) {
    await page.goto(`${site}roller/${role.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.namn);
    await expect(changeLine(page)).toHaveCount(0);
    await expect(marks(page)).toHaveCount(0);
  }
});

test('a first visit has nothing to compare with: no change line', async ({ page, site }) => {
  await page.goto(`${site}rutiner/${FIXTURE.routine}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(changeLine(page)).toHaveCount(0);
});

test('after an earlier revision, the routine says it changed and links to what changed, all visit long; the next visit does not', async ({ page, site, context }) => {
  const violations = await watchCsp(page);
  await lastSaw(page, site, FIXTURE.earlier);
  await page.goto(`${site}rutiner/${FIXTURE.routine}/`);
  await expect(changeLine(page)).toHaveText(`Rutinen ändrades ${FIXTURE.current}, efter ditt senaste besök: se vad som ändrades`);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(changeLine(page)).toBeVisible();
  await changeLine(page).getByRole('link', { name: 'se vad som ändrades' }).click();
  await expect(page).toHaveURL(site + COMPARISON);
  expect(violations).toEqual([]);

  // A new visit (a new tab), from what the device now remembers: nothing new.
  const next = await context.newPage();
  await next.goto(`${site}rutiner/${FIXTURE.routine}/`);
  await expect(next.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(changeLine(next)).toHaveCount(0);
});

test('after an earlier revision, each role page says so and marks exactly the steps whose cited sections changed', async ({ page, site }) => {
  expect(revised.length).toBeGreaterThan(0);
  await lastSaw(page, site, FIXTURE.earlier);
  let marked = 0;
  for (const role of rolesQuoting) {
    await page.goto(`${site}roller/${role.id}/`);
    await expect(changeLine(page)).toHaveText(`${kortnamn} ändrades ${FIXTURE.current}, efter ditt senaste besök: se vad som ändrades`);
    const steps = await markedSteps(page, 'main');
    expect(steps.marked, role.id).toEqual(steps.expected);
    for (const text of await marks(page).allTextContents()) expect(text.trim()).toBe('Ändrat i senaste versionen');
    marked += steps.marked.length;
  }
  expect(marked).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test('after an earlier revision, the guide’s result says so and marks the changed steps, in its list and in the details', async ({ page, site }) => {
  const violations = await watchCsp(page);
  const step = model.steps.find((candidate) => revised.includes(candidate.id) && Object.keys(candidate.villkor?.nar ?? {}).every((question) => question === 'samtycke'))!;
  // Where the routine applies only in some districts, the guide is told one of them.
  const administration = model.questions.find((question) => question.typ === 'val' && question.alternativ.some((option) => option.omfattning?.includes(FIXTURE.routine)))!;
  await lastSaw(page, site, FIXTURE.earlier);
  await page.goto(`${site}guide/`);
  await answerGuide(page, daysFromNow(100), (question, values) => {
    if (question === 'roll') return step.roller[0];
    if (administration && question === administration.id) return values.find((value) => administration.alternativ.find((option) => option.svar === value)?.omfattning?.includes(FIXTURE.routine));
    return undefined;
  });
  const result = page.locator('.guide__result');
  await expect(result.getByText(/ändrades \d{4}-\d{2}-\d{2}, efter ditt senaste besök/).filter({ visible: true })).toHaveText(
    `${kortnamn} ändrades ${FIXTURE.current}, efter ditt senaste besök: se vad som ändrades`,
  );
  const steps = await markedSteps(page, '.guide__result');
  expect(steps.marked).toContain(step.id);
  expect(steps.marked).toEqual(steps.expected);
  // The line of "Mina steg" carries the mark too.
  await expect(result.locator('.checklist__item').filter({ has: page.locator(`a[href="#steg-${step.id}"]`) })).toContainText('Ändrat i senaste versionen');
  await expectNoAxeViolations(page);
  expect(violations).toEqual([]);
});
