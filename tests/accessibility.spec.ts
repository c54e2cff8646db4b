import { expect, test } from '@playwright/test';
import { expectNoAxeViolations as expectNoViolations } from './support/axe';
import { guideLink } from './support/guide';
import { fullestFlowchart, siteContent } from './support/process';

// Every page as loaded: tests/pages.spec.ts. Here the states a page
// reaches only by use. One axe pass per state. Width and colour scheme are crossed
// rather than multiplied: the light scheme at a desktop width, the dark one
// on a phone. On a phone, rows and cards sit closer and wrap otherwise:
// target sizes (2.5.8) and reflow can fail there alone (Lighthouse's phone
// is 412 px wide), and the colour scheme changes no size; contrast depends
// on the scheme, not on the width. So every state is checked at both widths
// and in both schemes with two passes instead of three.
const VIEWS = [
  { colorScheme: 'light', name: 'light', viewport: { width: 1280, height: 720 } },
  { colorScheme: 'dark', name: 'dark, phone', viewport: { width: 412, height: 823 } },
] as const;

for (const { colorScheme, name, viewport } of VIEWS) {
  test.describe(`${name}`, () => {
    test.use({ colorScheme, viewport });

    test(`axe finds nothing on search results, nor with the template text unfolded (${name})`, async ({ page }) => {
      await page.goto('sok/?q=insluss');
      await expect(page.locator('.search-result').first()).toBeVisible();
      await expectNoViolations(page);
      await page.goto('rutiner/goteborgs-stad/');
      await page.locator('main summary').click();
      await expectNoViolations(page);
    });

    test(`axe finds nothing on the contact list while filtering, nor with no match (${name})`, async ({ page }) => {
      await page.goto('kontakter/');
      const person = siteContent().contacts.people[0]!.namn;
      await page.getByRole('searchbox', { name: 'Filtrera kontakter' }).fill(person);
      await expect(page.getByRole('main').getByRole('status')).toHaveText(`1 kontakt matchar ”${person}”.`);
      await expectNoViolations(page);
      await page.getByRole('searchbox', { name: 'Filtrera kontakter' }).fill('qxz');
      await expect(page.getByRole('button', { name: 'Rensa filtret' })).toBeVisible();
      await expectNoViolations(page);
    });

    test(`axe finds nothing on a phone with the menu open (${name})`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto('kontakter/');
      await page.getByRole('banner').getByText('Meny', { exact: true }).click();
      await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kontakter' })).toBeVisible();
      await expectNoViolations(page);
    });

    test(`axe finds nothing on the guide's result, with a question's error before it (${name})`, async ({ page }) => {
      await page.goto('guide/#roll=vuxenenheten');
      await page.getByRole('button', { name: 'Nästa' }).click();
      await expect(page.getByText('Välj ett av svaren.')).toBeVisible();
      await expectNoViolations(page);
      // A case that gives many steps, answered in full by the guide's own rules over content/process/.
      await page.goto(guideLink({ roll: 'vuxenenheten', forvaltning: 'nordost', samtycke: 'ja', naraFrigivning: 'nej', behov: 'ja', befintligKontakt: 'nej', funktionsvariation: 'ja', alder1824: 'ja' }));
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Mina steg', exact: true })).toBeVisible();
      await expectNoViolations(page);
    });

    test(`axe finds nothing on the flowchart in a role's view, a step marked (${name})`, async ({ page }) => {
      // The flowchart is the longest page for axe to walk: seconds more than any other on a slow machine.
      test.slow();
      // The page with most steps: a local routine's role has its steps only in its administration's view.
      await page.goto(`${fullestFlowchart().path}#roll=funktionsstod`);
      await expect(page.locator('.flowchart__canvas a[data-role-view="own"]').first()).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
