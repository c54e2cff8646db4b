import { expect, test } from '@playwright/test';
import { expectNoAxeViolations as expectNoViolations } from './support/axe';
import { builtPages, MISSING_PAGE } from './support/site';

// On a phone, rows and cards sit closer and wrap otherwise: target sizes
// (2.5.8) and reflow can fail there alone. Lighthouse's phone is 412 px wide.
// The colour scheme changes no size, so the light one is enough.
test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  for (const path of builtPages()) {
    test(`axe finds nothing on /${path} (phone)`, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }
});

// The site follows the reader's colour scheme: every page is checked in both.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const path of builtPages()) {
      test(`axe finds nothing on /${path} (${colorScheme})`, async ({ page }) => {
        await page.goto(path);
        await expectNoViolations(page);
      });
    }

    test(`axe finds nothing on the 404 page (${colorScheme})`, async ({ page }) => {
      await page.goto(MISSING_PAGE);
      await expectNoViolations(page);
    });

    test(`axe finds nothing on search results, nor with the template text unfolded (${colorScheme})`, async ({ page }) => {
      await page.goto('sok/?q=insluss');
      await expect(page.locator('.search-result').first()).toBeVisible();
      await expectNoViolations(page);
      await page.goto('rutiner/goteborgs-stad/');
      await page.locator('main summary').click();
      await expectNoViolations(page);
    });

    test(`axe finds nothing on the contact list while filtering, nor with no match (${colorScheme})`, async ({ page }) => {
      await page.goto('kontakter/');
      await page.getByRole('searchbox', { name: 'Filtrera kontakter' }).fill('Sunnerfjell');
      await expect(page.getByRole('main').getByRole('status')).toHaveText('1 kontakt matchar ”Sunnerfjell”.');
      await expectNoViolations(page);
      await page.getByRole('searchbox', { name: 'Filtrera kontakter' }).fill('qxz');
      await expect(page.getByRole('button', { name: 'Rensa filtret' })).toBeVisible();
      await expectNoViolations(page);
    });

    test(`axe finds nothing on a phone with the menu open (${colorScheme})`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto('kontakter/');
      await page.getByRole('banner').getByText('Meny', { exact: true }).click();
      await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kontakter' })).toBeVisible();
      await expectNoViolations(page);
    });

    test(`axe finds nothing on the guide's result, with a question's error before it (${colorScheme})`, async ({ page }) => {
      await page.goto('guide/#roll=vuxenenheten');
      await page.getByRole('button', { name: 'Nästa' }).click();
      await expect(page.getByText('Välj ett av svaren.')).toBeVisible();
      await expectNoViolations(page);
      const answers = { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-03-03', naraFrigivning: 'nej', behov: 'ja', befintligKontakt: 'nej', funktionsvariation: 'ja', alder1824: 'ja' };
      await page.goto(`guide/#${new URLSearchParams(answers)}`);
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Mina steg', exact: true })).toBeVisible();
      await expectNoViolations(page);
    });

    test(`axe finds nothing on the flowchart in a role's view, a step marked (${colorScheme})`, async ({ page }) => {
      await page.goto('flodesschema/#roll=funktionsstod');
      await expect(page.locator('.flowchart__canvas a[data-role-view="own"]').first()).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
