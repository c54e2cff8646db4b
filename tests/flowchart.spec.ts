import { expect, test, type Page } from '@playwright/test';

const diagram = (page: Page) => page.locator('.flowchart__canvas svg');
const node = (page: Page, title: string) => diagram(page).getByRole('link', { name: new RegExp(title) });

/** One step per point of the analyst's reading of the routines (PRODUCT.md). */
const POINTS = [
  'Inhämta skriftligt samtycke', // 1 consent
  'Initiera ärendet hos socialtjänsten', // 2 four months
  'Kontakta ansvarig vuxenenhet', // 2 Nordost, three to four months
  'Informera om modellen och hänvisa', // 3 the person calls first
  'Kontakta vuxenenheten när frivården vänt sig direkt till funktionsstöd', // 4
  'Handlägga ärendet i mottagningsgrupp eller utredningsgrupp', // 5
  'Bistå med personutredning och verkställighetsplan', // 5
  'Första videosamtalet', // 6
  'Överväga SIG', // 6, 18–24
  'Kontakta funktionsstöd före första mötet', // 7
  'Kontakta mottagningsenheten för ekonomiskt bistånd', // 8
  'Identifiering utan ID-kort', // 8
  'Nybesök på försörjningsstöd', // 9
  'akuta matpengar', // 9
  'Boka tid för fortsatt planering efter frigivningen', // 10
  'Samverka under hela övervakningstiden', // 11
  'Använda SP eller SIP vid oklart ansvar', // 12
];

test('the chart is drawn with every step of the routines as a node', async ({ page }) => {
  await page.goto('flodesschema/');
  await expect(diagram(page)).toBeVisible();
  for (const title of POINTS) await expect(node(page, title), title).toHaveCount(1);
  const listed = await page.locator('ol.steps > li').count();
  await expect(diagram(page).getByRole('link')).toHaveCount(listed);
});

test('the chart has a title and a description for assistive technology', async ({ page }) => {
  await page.goto('flodesschema/');
  await expect(diagram(page).locator('title')).toHaveText('Flödesschema för Insluss');
  await expect(diagram(page).locator('desc')).toContainText('Samma steg finns som numrerad lista under schemat');
  await expect(page.getByRole('figure', { name: 'Flödesschema för Insluss' })).toBeVisible();
});

test('phases are drawn as groups and Nordost-only steps are marked, with a legend', async ({ page }) => {
  await page.goto('flodesschema/');
  for (const phase of ['Första kontakt och samtycke', 'Uppstart av ärendet', 'Planering före frigivningen', 'Frigivningen']) {
    await expect(diagram(page).locator('.cluster-label', { hasText: new RegExp(`^${phase}$`) })).toHaveCount(1);
  }
  // Drawn with a dashed frame by the site's stylesheet (class "lokal"), as the legend says.
  const dashes = (title: string) => node(page, title).locator('.label-container').evaluate((box) => getComputedStyle(box).strokeDasharray);
  expect(await dashes('Nybesök på försörjningsstöd')).not.toBe('none');
  expect(await dashes('Första videosamtalet')).toBe('none');
  await expect(page.locator('ul.legend')).toContainText('bara Nordost');
});

test('clicking the video call shows its detail: who, when, condition and source', async ({ page }) => {
  await page.goto('flodesschema/');
  await node(page, 'Första videosamtalet').click();
  await expect(page).toHaveURL(/#steg-videosamtal$/);
  const detail = page.locator('#steg-videosamtal');
  await expect(detail).toBeFocused();
  await expect(detail).toBeInViewport();
  await expect(detail.getByRole('heading', { name: 'Första videosamtalet' })).toBeVisible();
  await expect(detail).toContainText('VemSocialsekreterare på vuxenenheten');
  await expect(detail).toContainText('Näri god tid före frigivningen');
  await expect(detail).toContainText('VillkorNär den enskilde har samtyckt');
  await expect(detail.locator('blockquote')).toContainText('ett första videosamtal hållas med personen från frivårdens lokaler');
  await detail.getByRole('link', { name: /Källa|Göteborgs Stads rutin/ }).first().click();
  await expect(page).toHaveURL(/rutiner\/goteborgs-stad\/#inkluss-modellen$/);
  await expect(page.locator('#inkluss-modellen')).toBeInViewport();
});

test('Tab reaches the nodes, focus is visible, and Enter opens the step', async ({ page }) => {
  await page.goto('flodesschema/');
  await page.locator('ul.legend').click();
  const first = diagram(page).getByRole('link').first();
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const fill = await first.locator('.label-container').first().evaluate((el) => getComputedStyle(el).fill);
  expect(fill, 'the focused node is highlighted').toBe('rgb(255, 221, 0)');
  await page.keyboard.press('Tab');
  const second = diagram(page).getByRole('link').nth(1);
  await expect(second).toBeFocused();
  const target = await second.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target!)).toBeFocused();
});

test('the list under the chart names every step with its source, grouped by phase', async ({ page }) => {
  await page.goto('flodesschema/');
  const steps = page.locator('ol.steps > li');
  expect(await steps.count()).toBeGreaterThanOrEqual(POINTS.length);
  for (const step of await steps.all()) {
    await expect(step).toHaveAttribute('id', /^steg-[a-z0-9-]+$/);
    await expect(step.getByText('Källa:').first()).toBeVisible();
    await expect(step.locator('blockquote').first()).not.toBeEmpty();
  }
  await expect(page.getByRole('heading', { level: 3, name: 'Planering före frigivningen' })).toBeVisible();
});

test('the page loads no Mermaid code: the chart was drawn when the site was built', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('flodesschema/');
  await page.waitForLoadState('networkidle');
  await expect(diagram(page)).toBeVisible();
  expect(scripts.filter((url) => /mermaid|dagre|elk|flowDiagram/i.test(url))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the complete ordered list of steps is there, and the chart too', async ({ page }) => {
    await page.goto('flodesschema/');
    const steps = page.locator('ol.steps > li');
    expect(await steps.count()).toBeGreaterThanOrEqual(POINTS.length);
    for (const title of POINTS) await expect(page.locator('ol.steps').getByText(title).first()).toBeVisible();
    await expect(diagram(page)).toBeVisible();
    await node(page, 'Nybesök').click();
    await expect(page.locator('#steg-nybesok')).toBeInViewport();
  });
});
