import { expect } from '@playwright/test';
import { DISTRICT } from './content/district-fixture';
import { expectNoAxeViolations } from './support/axe';
import { fixtureTest } from './support/fixture-site';
import { guideLink } from './support/guide';
import { siteContent } from './support/process';
import { builtPages } from './support/site';

/**
 * The build of a copy with a second local routine, for Hisingen
 * (tests/content/district-fixture.ts, built into dist-distrikt/ by
 * tests/content/districts.test.ts), in a browser: the guide asks for the
 * administration and shows Hisingen's step to Hisingen only, the longer
 * menu still folds into a header of at most 120 px on a phone, and the
 * new routine's page passes axe in both schemes.
 */
const test = fixtureTest(DISTRICT.dist, 'tests/content/districts.test.ts');
const ROUTINE_PAGE = `rutiner/${DISTRICT.routine}/`;

for (const colorScheme of ['light', 'dark'] as const) {
  test(`fixture /${ROUTINE_PAGE}: axe finds nothing (${colorScheme})`, async ({ page, site }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(site + ROUTINE_PAGE);
    await expectNoAxeViolations(page);
  });
}

/** A vuxenenhet's case answered in full (by the guide's own rules over content/process/), in the administration given. */
const vuxenCase = (forvaltning: string) => guideLink({ roll: 'vuxenenheten', forvaltning, samtycke: 'ja', naraFrigivning: 'nej' });
/** The guide's question of the administration, as content/process/fragor.yaml words it. */
const administrationQuestion = siteContent().process.questions.find((question) => question.id === 'forvaltning')!;

test('the guide offers Hisingen, with its routine, and shows its step to Hisingen only', async ({ page, site }) => {
  await page.goto(`${site}guide/#roll=vuxenenheten`);
  const administration = page.getByRole('group', { name: administrationQuestion.fraga });
  await expect(administration.getByRole('radio')).toHaveCount(administrationQuestion.alternativ.length);
  await expect(administration).toContainText(`Stadens rutin och ${DISTRICT.kortnamn} gäller.`);
  await administration.getByLabel(administrationQuestion.alternativ.find((option) => option.svar === DISTRICT.routine)!.text, { exact: true }).check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page).toHaveURL(/forvaltning=hisingen/);

  const result = page.getByRole('heading', { name: 'Mina steg', exact: true });
  // Its line in "Mina steg".
  const step = page.locator('.checklist__item').filter({ has: page.getByRole('link', { name: DISTRICT.step.titel, exact: true }) });
  await page.goto(site + vuxenCase('hisingen'));
  await page.reload();
  await expect(result).toBeVisible();
  await expect(step).toHaveCount(1);
  // Nordost has its own local routine, not Hisingen's; Centrum has none.
  for (const elsewhere of ['nordost', 'centrum']) {
    await page.goto(site + vuxenCase(elsewhere));
    await page.reload();
    await expect(result).toBeVisible();
    await expect(step, elsewhere).toHaveCount(0);
  }
});

test('with a menu item more, the header is still at most 120 px on a phone, on every page', async ({ page, site }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of builtPages(DISTRICT.dist)) {
    await page.goto(site + path);
    const height = await page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().height);
    expect(height, `/${path}`).toBeLessThanOrEqual(120);
  }
  await page.getByRole('banner').getByText('Meny', { exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: DISTRICT.kortnamn })).toBeVisible();
});
