import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { fullestFlowchart, modelPhases } from './support/process';

// The flowchart fitted to its column, its zoom and pan, and the way back to
// the node a reader left (issue 13). The steps used come from the process
// model, so the tests hold as the routines' steps change; the chart is the
// longest of the views' (tests/support/process.ts), where zooming and
// panning have most to do.

const FLOWCHART = fullestFlowchart();

const chart = (page: Page) => page.locator('.flowchart__canvas svg');
const box = (page: Page) => page.locator('.diagram__scroll');
const nodeOf = (page: Page, stepId: string) => chart(page).locator(`a[href="#steg-${stepId}"]`);
const announced = (page: Page) => page.locator('flow-chart [aria-live="polite"]');
const zoomButton = (page: Page, name: 'Zooma in' | 'Zooma ut' | 'Hela schemat') => page.getByRole('button', { name, exact: true });

/** The last step the chart's view lists: far down the chart at any width. */
const lastStep = () => FLOWCHART.steps.at(-1)!;

/** From the step's node, by the dialog it opens, to the step in the list under the chart. */
async function openInList(page: Page, stepId: string) {
  await nodeOf(page, stepId).click();
  await page.getByRole('dialog').getByRole('link', { name: /^Visa steg \d+ i listan under schemat$/ }).click();
  await expect(page).toHaveURL(new RegExp(`#steg-${stepId}$`));
  await expect(page.locator(`#steg-${stepId}`)).toBeFocused();
}

/** The chart's box and the SVG in it, as the browser lays them out. */
function geometry(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.diagram__scroll')!;
    const svg = box.querySelector('svg')!;
    return {
      box: box.getBoundingClientRect().toJSON() as DOMRect,
      svg: svg.getBoundingClientRect().toJSON() as DOMRect,
      drawnWidth: svg.width.baseVal.value,
      clientWidth: box.clientWidth,
      clientHeight: box.clientHeight,
      scrollWidth: box.scrollWidth,
      scrollHeight: box.scrollHeight,
      scrollLeft: box.scrollLeft,
      scrollTop: box.scrollTop,
      pageScroll: scrollY,
    };
  });
}

interface PhaseName {
  name: string;
  /** The text's size on screen, in CSS pixels. */
  size: number;
  /** How much larger than the chart around it (1: as drawn). */
  enlarged: number;
  /** Its plate inside the chart and inside the chart's box. */
  inside: boolean;
  /** The steps' boxes it lies over, by their links (#steg-…). */
  covers: string[];
  plate: { left: number; top: number; right: number; bottom: number };
}

/** Each of the model's phases, as its name is shown on the chart, and the size of the steps' text. */
async function phaseNames(page: Page): Promise<{ names: PhaseName[]; stepTextSize: number }> {
  return chart(page).evaluate((svg: SVGSVGElement, names: string[]) => {
    const chartScale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    // On screen: the computed size times the scale the element is drawn at.
    const onScreen = (element: HTMLElement) => (parseFloat(getComputedStyle(element).fontSize) * element.getBoundingClientRect().width) / element.offsetWidth;
    const within = (rect: DOMRect, outer: DOMRect) => rect.left >= outer.left - 0.5 && rect.right <= outer.right + 0.5 && rect.top >= outer.top - 0.5 && rect.bottom <= outer.bottom + 0.5;
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    const box = document.querySelector('.diagram__scroll')!.getBoundingClientRect();
    const steps = [...svg.querySelectorAll('a')].map((link) => ({ href: link.getAttribute('href')!, rect: link.querySelector('.label-container')!.getBoundingClientRect() }));
    const texts = [...svg.querySelectorAll<HTMLElement>('foreignObject p')];
    return {
      stepTextSize: onScreen(svg.querySelector<HTMLElement>('a foreignObject p')!),
      names: names.map((name) => {
        const text = texts.find((candidate) => candidate.textContent?.trim() === name);
        if (!text) return { name, size: 0, enlarged: 0, inside: false, covers: [], plate: new DOMRect().toJSON() };
        // The plate the name is drawn on: the label's box in the chart.
        const plate = text.closest('foreignObject > *')!.getBoundingClientRect();
        return {
          name,
          size: onScreen(text),
          enlarged: text.getBoundingClientRect().width / text.offsetWidth / chartScale,
          inside: within(plate, svg.getBoundingClientRect()) && within(plate, box),
          covers: steps.filter((step) => overlap(plate, step.rect)).map((step) => step.href),
          plate: plate.toJSON(),
        };
      }),
    };
  }, modelPhases().filter((phase) => FLOWCHART.steps.some((step) => step.fas === phase.id)).map((phase) => phase.namn));
}

/** Wholly inside what the reader sees of the chart: its box, as far as it is in the window. */
function inSight(element: Locator) {
  return element.evaluate((node) => {
    const box = document.querySelector('.diagram__scroll')!.getBoundingClientRect();
    const rect = node.getBoundingClientRect();
    return (
      rect.top >= Math.max(box.top, 0) - 1 &&
      rect.bottom <= Math.min(box.bottom, innerHeight) + 1 &&
      rect.left >= Math.max(box.left, 0) - 1 &&
      rect.right <= Math.min(box.right, innerWidth) + 1
    );
  });
}

/** The middle of the part of the chart's box that is in the window. */
async function seenCentre(page: Page) {
  await box(page).scrollIntoViewIfNeeded();
  return page.evaluate(() => {
    const rect = document.querySelector('.diagram__scroll')!.getBoundingClientRect();
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, innerHeight);
    return { x: rect.left + rect.width / 2, y: (top + bottom) / 2 };
  });
}

async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

for (const viewport of [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the whole chart is in its box on load, fitted to the column, with nothing to scroll inside', async ({ page }) => {
      await page.goto(FLOWCHART.path);
      await expect(chart(page)).toBeVisible();
      const g = await geometry(page);
      expect(g.svg.left).toBeGreaterThanOrEqual(g.box.left);
      expect(g.svg.right).toBeLessThanOrEqual(g.box.right);
      expect(g.svg.top).toBeGreaterThanOrEqual(g.box.top);
      expect(g.svg.bottom).toBeLessThanOrEqual(g.box.bottom);
      expect(g.scrollWidth).toBeLessThanOrEqual(g.clientWidth);
      expect(g.scrollHeight).toBeLessThanOrEqual(g.clientHeight);
      // As wide as its column (or as drawn, were the column wider).
      expect(g.svg.width).toBeGreaterThanOrEqual(Math.min(g.drawnWidth, g.clientWidth) - 1);
      expect(await layoutShift(page), 'nothing moves as the page loads and the script starts').toBeLessThan(0.01);
    });

    test('the whole chart shows every phase\'s name at a size that reads, inside the chart; zoomed in, the names are as drawn and leave the steps\' text uncovered', async ({ page }) => {
      await page.goto(FLOWCHART.path);
      await expect(chart(page)).toBeVisible();
      const fitted = await phaseNames(page);
      for (const phase of fitted.names) {
        expect(phase.size, `${phase.name}: text size on screen`).toBeGreaterThanOrEqual(12);
        expect(phase.inside, `${phase.name}: inside the chart`).toBe(true);
      }
      // Zoomed in step by step: wherever the steps' text reads, no phase name lies over a step.
      for (let press = 0; press < 10 && (await zoomButton(page, 'Zooma in').getAttribute('aria-disabled')) !== 'true'; press++) {
        await zoomButton(page, 'Zooma in').click();
        await expect(zoomButton(page, 'Zooma ut')).toHaveAttribute('aria-disabled', 'false');
        const zoomed = await phaseNames(page);
        for (const phase of zoomed.names) expect(phase.size, `${phase.name}, after ${press + 1} × Zooma in`).toBeGreaterThanOrEqual(12);
        if (zoomed.stepTextSize >= 12) {
          expect(zoomed.names.flatMap((phase) => phase.covers.map((step) => `${phase.name} over ${step}`)), `after ${press + 1} × Zooma in`).toEqual([]);
        }
      }
      await expect(zoomButton(page, 'Zooma in')).toHaveAttribute('aria-disabled', 'true');
      // Fully zoomed in, the names are the size they were drawn at, beside the steps' text: not enlarged any more.
      for (const phase of (await phaseNames(page)).names) expect(phase.enlarged, phase.name).toBeCloseTo(1, 1);
    });

    test('"Tillbaka till schemat" brings the step\'s node into sight, focused and marked', async ({ page }) => {
      const step = lastStep();
      await page.goto(FLOWCHART.path);
      await openInList(page, step.id);
      await page.locator(`#steg-${step.id}`).getByRole('link', { name: 'Tillbaka till schemat' }).click();
      await expect(nodeOf(page, step.id)).toHaveAttribute('aria-current', 'step');
      await expect(nodeOf(page, step.id)).toBeFocused();
      expect(await inSight(nodeOf(page, step.id))).toBe(true);
      // Only one node is marked at a time.
      await expect(chart(page).locator('a[aria-current]')).toHaveCount(1);
    });

    test('the back button from a step in the list brings its node into sight, marked', async ({ page }) => {
      const step = lastStep();
      await page.goto(FLOWCHART.path);
      await nodeOf(page, step.id).scrollIntoViewIfNeeded();
      await openInList(page, step.id);
      await page.goBack();
      await expect(page).not.toHaveURL(/#steg-/);
      await expect(nodeOf(page, step.id)).toHaveAttribute('aria-current', 'step');
      await expect.poll(() => inSight(nodeOf(page, step.id))).toBe(true);
    });
  });
}

test('the buttons zoom in and out, back to the whole chart, and say so', async ({ page }) => {
  await page.goto(FLOWCHART.path);
  const fitted = await geometry(page);
  await expect(zoomButton(page, 'Zooma ut')).toHaveAttribute('aria-disabled', 'true');
  await expect(zoomButton(page, 'Hela schemat')).toHaveAttribute('aria-disabled', 'true');

  await zoomButton(page, 'Zooma in').click();
  await expect(zoomButton(page, 'Zooma ut')).toHaveAttribute('aria-disabled', 'false');
  const zoomed = await geometry(page);
  expect(zoomed.svg.width).toBeCloseTo(fitted.svg.width * 1.5, 0);
  await expect(announced(page)).toHaveText(/^Schemat förstorat 150\s%\.$/);
  // Zoomed in, the chart pans inside a box no taller than the window, all of it in sight.
  expect(zoomed.scrollHeight).toBeGreaterThan(zoomed.clientHeight);
  expect(zoomed.box.height).toBeLessThanOrEqual(800);
  // Less than a pixel of leeway: the page scrolls by whole pixels, and the box may start at a fraction of one.
  expect(zoomed.box.top).toBeGreaterThan(-1);
  expect(zoomed.box.bottom).toBeLessThanOrEqual(800);
  await expect(zoomButton(page, 'Zooma ut')).toHaveAttribute('aria-disabled', 'false');

  await zoomButton(page, 'Zooma ut').click();
  expect((await geometry(page)).svg.width).toBeCloseTo(fitted.svg.width, 0);
  await expect(announced(page)).toHaveText('Hela schemat visas.');

  for (let press = 0; press < 10 && (await zoomButton(page, 'Zooma in').getAttribute('aria-disabled')) !== 'true'; press++) {
    await zoomButton(page, 'Zooma in').click();
  }
  await expect(zoomButton(page, 'Zooma in'), 'zooming in stops somewhere').toHaveAttribute('aria-disabled', 'true');
  const most = await geometry(page);
  expect(most.svg.width / most.drawnWidth, 'at most twice the drawn size').toBeLessThanOrEqual(2.01);
  await zoomButton(page, 'Hela schemat').click();
  expect(await geometry(page)).toMatchObject({ scrollWidth: fitted.scrollWidth, scrollHeight: fitted.scrollHeight });
  await expect(zoomButton(page, 'Hela schemat')).toHaveAttribute('aria-disabled', 'true');
});

test.describe('the keyboard, on a phone\'s width where a zoomed chart pans both ways', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('+ - 0 on the focused chart, the buttons and the chart with a visible focus, arrows to pan', async ({ page }) => {
    await page.goto(FLOWCHART.path);
    const fitted = await geometry(page);
    await zoomButton(page, 'Hela schemat').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(await outline(zoomButton(page, 'Hela schemat'))).not.toBe('none');
    const region = page.getByRole('group', { name: 'Schemat', exact: true });
    await region.focus();
    await expect(region).toBeFocused();
    expect(await outline(region)).not.toBe('none');

    await page.keyboard.press('+');
    await expect(zoomButton(page, 'Zooma ut')).toHaveAttribute('aria-disabled', 'false');
    expect((await geometry(page)).svg.width).toBeCloseTo(fitted.svg.width * 1.5, 0);
    await page.keyboard.press('-');
    expect((await geometry(page)).svg.width).toBeCloseTo(fitted.svg.width, 0);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    // At most twice the size the chart was drawn at.
    const most = await geometry(page);
    expect(most.svg.width).toBeCloseTo(2 * most.drawnWidth, 0);
    await page.keyboard.press('0');
    expect((await geometry(page)).svg.width).toBeCloseTo(fitted.svg.width, 0);
    await expect(announced(page)).toHaveText('Hela schemat visas.');
    // Arrow keys pan a zoomed chart.
    await page.keyboard.press('+');
    const before = (await geometry(page)).scrollTop;
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await geometry(page)).scrollTop).toBeGreaterThan(before);
    const left = (await geometry(page)).scrollLeft;
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await geometry(page)).scrollLeft).toBeGreaterThan(left);
  });

  test('zoomed in, a dragged mouse pans the chart without opening a step', async ({ page }) => {
    await page.goto(FLOWCHART.path);
    await zoomButton(page, 'Zooma in').click();
    await zoomButton(page, 'Zooma in').click();
    await expect(zoomButton(page, 'Zooma ut')).toHaveAttribute('aria-disabled', 'false');
    await box(page).evaluate((element) => element.scrollTo(element.scrollWidth, element.scrollHeight));
    const before = await geometry(page);
    const start = await seenCentre(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 120, start.y + 150, { steps: 5 });
    await page.mouse.up();
    const after = await geometry(page);
    expect(after.scrollLeft).toBeLessThan(before.scrollLeft - 100);
    expect(after.scrollTop).toBeLessThan(before.scrollTop - 100);
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});

test('zoomed in, each node focused with the keyboard is scrolled into sight', async ({ page }) => {
  await page.goto(FLOWCHART.path);
  await zoomButton(page, 'Zooma in').click();
  await zoomButton(page, 'Zooma in').click();
  await expect(zoomButton(page, 'Zooma ut')).toHaveAttribute('aria-disabled', 'false');
  await page.getByRole('group', { name: 'Schemat', exact: true }).focus();
  const links = chart(page).getByRole('link');
  const count = await links.count();
  expect(count).toBe(FLOWCHART.steps.length);
  for (let index = 0; index < count; index++) {
    await page.keyboard.press('Tab');
    await expect(links.nth(index)).toBeFocused();
    expect(await inSight(links.nth(index)), `node ${index + 1} in sight`).toBe(true);
  }
});

test('zoomed in, "Tillbaka till schemat" pans the box to the node', async ({ page }) => {
  const step = lastStep();
  await page.goto(FLOWCHART.path);
  for (let press = 0; press < 10 && (await zoomButton(page, 'Zooma in').getAttribute('aria-disabled')) !== 'true'; press++) {
    await zoomButton(page, 'Zooma in').click();
    // Each zoom is done before the next, and all before the reader moves on (the zoom's code comes with the first).
    await expect(zoomButton(page, 'Zooma ut')).toHaveAttribute('aria-disabled', 'false');
  }
  await page.getByRole('group', { name: 'Schemat', exact: true }).focus();
  await nodeOf(page, step.id).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('link', { name: /^Visa steg \d+ i listan under schemat$/ }).press('Enter');
  await expect(page.locator(`#steg-${step.id}`)).toBeFocused();
  // The reader pans elsewhere meanwhile.
  await box(page).evaluate((element) => element.scrollTo(0, 0));
  await page.locator(`#steg-${step.id}`).getByRole('link', { name: 'Tillbaka till schemat' }).press('Enter');
  await expect(nodeOf(page, step.id)).toBeFocused();
  expect(await inSight(nodeOf(page, step.id))).toBe(true);
});

test('the wheel scrolls the page over the whole chart; zoomed, it pans the chart; with ctrl, it zooms', async ({ page }) => {
  await page.goto(FLOWCHART.path);
  const centre = await seenCentre(page);
  await page.mouse.move(centre.x, centre.y);
  const before = await geometry(page);
  await page.mouse.wheel(0, 300);
  await expect.poll(async () => (await geometry(page)).pageScroll).toBeGreaterThan(before.pageScroll + 100);
  expect((await geometry(page)).scrollTop).toBe(0);

  await zoomButton(page, 'Zooma in').click();
  await expect(zoomButton(page, 'Zooma ut')).toHaveAttribute('aria-disabled', 'false');
  const inside = await seenCentre(page);
  await page.mouse.move(inside.x, inside.y);
  const zoomed = await geometry(page);
  await page.mouse.wheel(0, 200);
  await expect.poll(async () => (await geometry(page)).scrollTop).toBeGreaterThan(zoomed.scrollTop);

  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await geometry(page)).svg.width).toBeGreaterThan(zoomed.svg.width * 1.2);
  await expect.poll(() => page.evaluate(() => visualViewport?.scale ?? 1), 'the page itself was not zoomed').toBe(1);
  await expect(announced(page)).toHaveText(/^Schemat förstorat \d+\s%\.$/);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('two fingers zoom the chart, not the page; one finger pans the zoomed chart', async ({ page }) => {
    await page.goto(FLOWCHART.path);
    const fitted = await geometry(page);
    const centre = await seenCentre(page);
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread: number) => [
      { x: centre.x - spread, y: centre.y, id: 1 },
      { x: centre.x + spread, y: centre.y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(25) });
    for (let step = 1; step <= 8; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(25 + step * 2.5) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(announced(page)).toHaveText(/^Schemat förstorat \d+\s%\.$/);
    const pinched = await geometry(page);
    expect(pinched.svg.width / fitted.svg.width).toBeCloseTo(1.8, 1);
    expect(await page.evaluate(() => visualViewport?.scale ?? 1), 'the page itself was not zoomed').toBe(1);

    // One finger drags the chart up (the browser scrolls the box).
    const inside = await seenCentre(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...inside, id: 1 }] });
    for (let step = 1; step <= 10; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: inside.x, y: inside.y - step * 15, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => (await geometry(page)).scrollTop).toBeGreaterThan(pinched.scrollTop + 100);
    expect(await page.evaluate(() => visualViewport?.scale ?? 1)).toBe(1);
  });
});

test('axe finds nothing with the chart zoomed in and a node marked', async ({ page }) => {
  // A long page for axe: a busy machine needs more than the default 30 s.
  test.slow();
  const step = lastStep();
  await page.goto(FLOWCHART.path);
  await zoomButton(page, 'Zooma in').click();
  await expect(zoomButton(page, 'Zooma ut')).toHaveAttribute('aria-disabled', 'false');
  await nodeOf(page, step.id).click();
  await page.keyboard.press('Escape');
  await expect(nodeOf(page, step.id)).toHaveAttribute('aria-current', 'step');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const viewport of [
    { width: 375, height: 812 },
    { width: 1280, height: 800 },
  ]) {
    test(`at ${viewport.width} px the chart is shown whole, fitted to its column and no larger than drawn, with no zoom controls`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(FLOWCHART.path);
      const g = await geometry(page);
      expect(g.svg.width).toBeCloseTo(Math.min(g.drawnWidth, g.clientWidth), 0);
      expect(g.scrollWidth).toBeLessThanOrEqual(g.clientWidth);
      await expect(zoomButton(page, 'Zooma in')).toBeHidden();
      await expect(page.locator('#visa-roll')).toBeHidden();
    });
  }

  test('the hint says where a step leads: beside the chart, or on a phone under "Teckenförklaring och hjälp"', async ({ page }) => {
    await page.goto(FLOWCHART.path);
    await expect(page.getByText('Välj ett steg i schemat för att läsa mer om det i listan under schemat.')).toBeVisible();
    await page.setViewportSize({ width: 375, height: 812 });
    await expect(page.getByText('Välj ett steg i schemat för att läsa mer om det i listan under schemat.')).toBeHidden();
    await page.locator('.diagram__help > summary').click();
    await expect(page.getByText('Välj ett steg i schemat för att läsa mer om det i listan under schemat.')).toBeVisible();
  });
});

test.describe('zooming keeps the point zoomed at where it was (issue 21)', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

  /** A step in the middle of the list, its node in the middle of the screen, and where its middle is. */
  async function nodeInView(page: Page) {
    const steps = FLOWCHART.steps;
    const node = nodeOf(page, steps[Math.floor(steps.length / 2)]!.id);
    await node.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    return { node, at: await middleOf(node) };
  }

  const middleOf = (node: Locator) => node.locator('.label-container').evaluate((box) => {
    const rect = box.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

  test('ctrl + wheel zooms around the pointer', async ({ page }) => {
    await page.goto(FLOWCHART.path);
    const { node, at } = await nodeInView(page);
    const fitted = await geometry(page);
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -150);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await geometry(page)).svg.width).toBeGreaterThan(fitted.svg.width * 1.3);
    expect(distance(await middleOf(node), at)).toBeLessThan(3);
  });

  test('+ on a focused node zooms around that node', async ({ page }) => {
    await page.goto(FLOWCHART.path);
    const { node, at } = await nodeInView(page);
    await node.focus();
    await page.keyboard.press('+');
    await expect(announced(page)).toHaveText(/^Schemat förstorat 150\s%\.$/);
    expect(distance(await middleOf(node), at)).toBeLessThan(3);
  });

  test('two fingers zoom around the point between them', async ({ page }) => {
    await page.goto(FLOWCHART.path);
    const { node, at } = await nodeInView(page);
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread: number) => [
      { x: at.x - spread, y: at.y, id: 1 },
      { x: at.x + spread, y: at.y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(30) });
    for (let step = 1; step <= 6; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(30 + step * 3) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(announced(page)).toHaveText(/^Schemat förstorat \d+\s%\.$/);
    expect(distance(await middleOf(node), at)).toBeLessThan(3);
  });
});
