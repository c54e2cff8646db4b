import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../scripts/lib/security-headers.mjs';
import { expectNoAxeViolations } from './support/axe';
import { watchCsp } from './support/csp';
import { guideLink } from './support/guide';
import { siteContent } from './support/process';
import { leaving, watchRequests } from './support/requests';
import { builtPages, MISSING_PAGE } from './support/site';

/**
 * Every page the build emits, each loaded twice in one tab: on a desktop in
 * the light scheme, then on a phone in the dark one. A load costs more than the
 * checks on it, so each load carries all the checks that concern every page
 * alike (project "csp": the sub-path build served with the intranet's
 * Content-Security-Policy; nothing here depends on the base path):
 *
 * - the site's frame: language, header, menu, search, one main and one h1,
 *   the footer with the owner and revision, breadcrumbs, the cascade layers;
 * - no request leaves the origin, no console error, no CSP violation, also
 *   while the page's behaviour is used (INTERACTIONS);
 * - axe (tests/support/axe.ts) in both schemes and at both widths, crossed:
 *   contrast depends on the scheme, target sizes and wrapping on the width;
 * - on a phone, a header of at most 120 px with the menu folded, and at
 *   320 px no sideways scrolling (WCAG 1.4.10).
 *
 * States a page reaches only by use are checked with axe in accessibility.spec.ts.
 */
// Each test loads a page twice and does what ten did before: axe alone takes several seconds on the longest pages.
test.describe.configure({ timeout: 90_000 });

const content = siteContent();
const model = content.process;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pageTitle = (id: string) => content.pages.find((candidate) => candidate.id === id)!.data.title;
const { organisation: ORGANISATION } = content.site;
const PHONE = { width: 375, height: 812 };
const MAX_HEADER = 120;

/**
 * What to do on a page after loading it, to run the code that only runs on
 * use, under the policy. One line per page (or address) with behaviour; a
 * page listed here that the build no longer emits fails, so the list cannot
 * go stale silently.
 */
const INTERACTIONS: Record<string, (page: Page) => Promise<void>> = {
  'sok/?q=insluss': async (page) => {
    await expect(page.locator('.search-result').first()).toBeVisible();
  },
  'sok/': async (page) => {
    const field = page.getByRole('main').getByRole('searchbox');
    await field.fill('matpengar');
    await field.press('Enter');
    await expect(page.locator('.search-result').first()).toBeVisible();
  },
  'kontakter/': async (page) => {
    await page.getByRole('searchbox', { name: 'Filtrera kontakter' }).fill('mottag');
    await expect(page.getByRole('main').getByRole('status').first()).not.toBeEmpty();
  },
  'flodesschema/': async (page) => {
    // Zoom and the role view set styles and attributes from the script.
    await page.getByRole('button', { name: 'Zooma in', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Zooma ut', exact: true })).toHaveAttribute('aria-disabled', 'false');
    await page.getByLabel('Visa steg för').selectOption({ index: 1 });
    await expect(page.locator('.flowchart__canvas svg a[data-role-view]').first()).toBeAttached();
    const step = model.steps.find((candidate) => candidate.id === 'videosamtal') ?? model.steps[0]!;
    await page.locator('.flowchart__canvas svg').getByRole('link', { name: new RegExp(escape(step.titel)) }).first().click();
    await expect(page.getByRole('dialog', { name: step.titel })).toBeVisible();
  },
  'guide/': async (page) => {
    const [roleQuestion, secondQuestion] = model.questions;
    await page.getByRole('group', { name: roleQuestion!.fraga }).getByLabel(model.roles.find((role) => role.id === 'forsorjningsstod')!.namn).check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect(page.getByRole('group', { name: secondQuestion!.fraga })).toBeVisible();
    await page.goto(guideLink({ roll: 'forsorjningsstod', forvaltning: 'nordost', samtycke: 'ja' }, '2027-01-22'));
    await expect(page.getByRole('heading', { name: 'Mina steg', exact: true })).toBeVisible();
    // The calendar file is made in the page and downloaded from a blob: URL.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lägg till i kalendern (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('insluss-2027-01-22.ics');
    expect(await download.failure()).toBeNull();
    await page.getByRole('button', { name: 'Kopiera länk' }).click();
    await expect(page.getByRole('status')).not.toBeEmpty();
  },
};

const PAGES = [...new Set([...builtPages('dist-undermapp'), ...Object.keys(INTERACTIONS)])];
/**
 * The error pages nginx shows (fel/<status>/) are one page, src/pages/fel/[status].astro,
 * with a status's words: each is loaded with its frame, under the policy;
 * the checks of its layout (axe, the phone's header, reflow) run on the first.
 */
const ERROR_PAGE = /^fel\/\d+\/$/;
const sameLayoutAsChecked = (path: string) => ERROR_PAGE.test(path) && path !== PAGES.find((candidate) => ERROR_PAGE.test(candidate));
const isSearchPage = (path: string) => path.startsWith('sok/');

/** Everything that goes wrong quietly while a page is used: CSP violations, requests leaving the site, console errors. */
async function watch(page: Page, baseURL: string) {
  const violations = await watchCsp(page);
  const outside = watchRequests(page, leaving(new URL(baseURL).origin));
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { violations, outside, errors };
}

/** The response carried the policy: the absence of violations means something only then. */
function expectPolicy(response: Awaited<ReturnType<Page['goto']>>, status: number) {
  expect(response?.status()).toBe(status);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
}

async function expectFrame(page: Page, path: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('banner').getByRole('link', { name: /Insluss/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  // The search page's own field is the only one there; every other page has one in its header.
  await expect((isSearchPage(path) ? page.getByRole('main') : page.getByRole('banner')).getByRole('search')).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('dokumentansvarig');
  await expect(footer).toContainText(/senast reviderad \d{4}-\d{2}-\d{2}/);
  await expect(footer.getByRole('link', { name: pageTitle('tillganglighet') })).toBeVisible();
  if (path !== '') await expect(page.getByRole('navigation', { name: 'Du är här' }).getByRole('link', { name: 'Start' })).toBeVisible();
  // The cascade layers' order is the first rule the browser meets (src/styles/tokens.css).
  const firstRule = await page.evaluate(() => {
    const rule = document.styleSheets[0]?.cssRules[0];
    return rule instanceof CSSLayerStatementRule ? rule.nameList : null;
  });
  expect(firstRule).toEqual(['tokens', 'base', 'layout', 'components', 'utilities']);
}

async function expectPhoneHeader(page: Page, path: string) {
  const header = page.getByRole('banner');
  const height = await header.evaluate((element) => element.getBoundingClientRect().height);
  expect(height, `header height, at most ${MAX_HEADER} px`).toBeLessThanOrEqual(MAX_HEADER);
  await expect(header).toContainText(ORGANISATION);
  await expect(header.getByRole('link', { name: /Insluss/ })).toBeVisible();
  if (!isSearchPage(path)) await expect(header.getByRole('searchbox')).toBeVisible();
  await expect(header.getByText('Meny', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kontakter' })).toBeHidden();
}

async function expectReflowAt320(page: Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
}

/** The phone's half of a page's checks: a new load at its width, in the dark scheme. */
async function expectOnPhoneDark(page: Page, path: string, { layout } = { layout: true }) {
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(path);
  if (layout) await expectPhoneHeader(page, path);
  await expectNoAxeViolations(page);
  if (layout) await expectReflowAt320(page);
}

// One test per page, in one tab: the phone's load follows the desktop's, so
// the tab, and axe compiled in it, serve both (a new tab and axe's first
// run cost more than the checks).
test.describe('on a desktop, light, then on a phone, dark', () => {
  test.use({ colorScheme: 'light', viewport: { width: 1280, height: 720 } });
  const phonePages = new Set(builtPages('dist-undermapp').filter((candidate) => !sameLayoutAsChecked(candidate)));

  for (const path of PAGES) {
    const phone = phonePages.has(path);
    const checks = [
      "the site's frame",
      sameLayoutAsChecked(path) ? '' : ', axe',
      ', and nothing blocked, sent out or logged as an error, also in use',
      phone ? `; on a phone, a header of at most ${MAX_HEADER} px with the menu folded, axe, and no sideways scrolling at 320 px` : '',
    ].join('');
    test(`/${path}: ${checks}`, async ({ page, baseURL }) => {
      const seen = await watch(page, baseURL!);
      expectPolicy(await page.goto(path), 200);
      await page.waitForLoadState('networkidle');
      await expectFrame(page, path);
      if (!sameLayoutAsChecked(path)) await expectNoAxeViolations(page);
      await INTERACTIONS[path]?.(page);
      expect(seen).toEqual({ violations: [], outside: [], errors: [] });
      if (phone) await expectOnPhoneDark(page, path);
    });
  }

  test('the 404 page: axe, and nothing blocked or sent out; on a phone, dark, axe', async ({ page, baseURL }) => {
    // The browser logs the 404 status as an error itself, so errors are not counted here.
    const { violations, outside } = await watch(page, baseURL!);
    expectPolicy(await page.goto(MISSING_PAGE), 404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    expect({ violations, outside }).toEqual({ violations: [], outside: [] });
    await expectOnPhoneDark(page, MISSING_PAGE, { layout: false });
  });
});
