import { expect, test, type Page } from '@playwright/test';
import { siteContent } from './support/process';
import { mainNavigation, menuWidth } from '../src/lib/navigation.ts';

/**
 * The header on a phone: the organisation, the site's name, search and a
 * "Meny" button in at most 120 px at 375 × 812 on every page, the menu
 * folded behind the button (a <details>), opened and closed by keyboard
 * with and without JavaScript; wider than the menu, the menu is a bar.
 */
const PHONE = { width: 375, height: 812 };
/** The organisation and the intranet link as content/webbplats.yaml sets them. */
const { organisation: ORGANISATION, intranat: INTRANET } = siteContent().site;
const MAX_HEADER = 120;

const menuButton = (page: Page) => page.getByRole('banner').getByText('Meny', { exact: true });
const menu = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    test(`the menu opens and closes with the keyboard (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ page }) => {
      await page.goto('roller/');
      const button = menuButton(page);
      for (let i = 0; i < 8 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      await expect(menu(page).getByRole('link', { name: 'Flödesschema' })).toBeHidden();

      await page.keyboard.press('Enter');
      const links = menu(page).getByRole('link');
      await expect(links.first()).toBeVisible();
      await expect(menu(page).getByRole('link', { name: 'Roller' })).toHaveAttribute('aria-current', 'page');
      // The links follow the button in the keyboard's order, over the page below the header.
      await page.keyboard.press('Tab');
      await expect(links.first()).toBeFocused();
      await expect(links.first()).toBeInViewport();

      await page.keyboard.press('Shift+Tab');
      await expect(button).toBeFocused();
      await page.keyboard.press('Space');
      await expect(menu(page).getByRole('link', { name: 'Flödesschema' })).toBeHidden();

      // Opened again and followed: the page it leads to.
      await page.keyboard.press('Enter');
      await menu(page).getByRole('link', { name: 'Flödesschema' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flödesschema');
    });
  });
}

test('from the width the menu needs, it is one row without the button; just below, it folds', async ({ page }) => {
  // The width the build computes from the menu's items (content/rutiner/*.mdx's kortnamn).
  const unfolded = menuWidth(mainNavigation(siteContent().process.routines)) * 16;
  await page.setViewportSize({ width: unfolded, height: 800 });
  await page.goto('kontakter/');
  await expect(menuButton(page)).toBeHidden();
  const links = menu(page).getByRole('link');
  const tops = await links.evaluateAll((all) => all.map((link) => Math.round(link.getBoundingClientRect().top)));
  expect(new Set(tops).size, 'one row').toBe(1);
  await expect(menu(page).getByRole('link', { name: 'Kontakter' })).toHaveAttribute('aria-current', 'page');
  await page.setViewportSize({ width: unfolded - 1, height: 800 });
  await expect(menuButton(page)).toBeVisible();
  await expect(links.first()).toBeHidden();
});

test('the header names the organisation, and links to the intranet only when the site is configured to', async ({ page }) => {
  await page.goto('');
  const organisation = page.getByRole('banner').locator('.site-header__org');
  if (!INTRANET) {
    await expect(organisation).toHaveText(ORGANISATION);
    await expect(organisation.getByRole('link')).toHaveCount(0);
  } else {
    await expect(organisation).toHaveText(`${ORGANISATION} · ${INTRANET.text}`);
    await expect(organisation.getByRole('link', { name: INTRANET.text })).toHaveAttribute('href', INTRANET.adress);
  }
});
