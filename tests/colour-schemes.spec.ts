import { expect, test, type Page } from '@playwright/test';
import { flowchartPages, fullestFlowchart, modelRoles, modelSteps } from './support/process';

/**
 * The light and the dark scheme, and print. axe runs on every page in both
 * schemes (accessibility.spec.ts); it cannot judge text drawn over an SVG
 * shape, so the flowchart's contrast is computed here from the colours the
 * browser actually paints: a node's text against its fill and a phase's
 * name against its plate (4.5:1), and the node's frame, the phases' frames
 * and the arrows against what lies around them
 * (3:1, WCAG 1.4.11), in every state a node can be in.
 */

type Rgb = [number, number, number];

/** A step's title and a role's name as content/process/ writes them, by id. */
const titleOf = (id: string) => modelSteps().find((step) => step.id === id)!.titel;
const roleName = (id: string) => modelRoles().find((role) => role.id === id)!.namn;

interface Measured {
  what: string;
  ratio: number;
  needs: number;
}

/** Every contrast that matters in the chart as it is painted now. */
async function chartContrasts(page: Page): Promise<Measured[]> {
  return page.locator('.flowchart__canvas svg').evaluate((svg) => {
    const rgb = (value: string): Rgb => {
      const parts = /rgba?\(([^)]+)\)/.exec(value)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
      if (!parts || parts.length < 3) throw new Error(`Not a painted colour: ${value}`);
      return [parts[0]!, parts[1]!, parts[2]!];
    };
    const luminance = ([r, g, b]: Rgb) => {
      const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: Rgb, b: Rgb) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    const style = (element: Element) => getComputedStyle(element);
    const background = rgb(style(svg.closest('.diagram__scroll')!).backgroundColor);
    const results: Measured[] = [];
    const phaseFills: Rgb[] = [];
    for (const phase of svg.querySelectorAll('.cluster rect')) {
      const fill = rgb(style(phase).fill);
      phaseFills.push(fill);
      results.push({ what: 'phase frame against the chart', ratio: ratio(rgb(style(phase).stroke), background), needs: 3 });
    }
    const around = [background, ...phaseFills];
    for (const link of svg.querySelectorAll('a')) {
      const box = link.querySelector('.label-container');
      const text = link.querySelector('foreignObject p, foreignObject span, text');
      if (!box || !text) continue;
      const state = link.getAttribute('aria-current')
        ? 'marked'
        : document.activeElement === link
          ? 'focused'
          : (link.getAttribute('data-role-view') ?? 'plain');
      const name = `${state} node "${text.textContent?.slice(0, 40)}"`;
      const fill = rgb(style(box).fill);
      results.push({ what: `${name}: text`, ratio: ratio(rgb(style(text).color), fill), needs: 4.5 });
      results.push({ what: `${name}: frame`, ratio: Math.min(...around.map((colour) => ratio(rgb(style(box).stroke), colour))), needs: 3 });
    }
    // A phase's name, on its plate where it has one (where the chart is shown small, over nodes and arrows).
    for (const name of svg.querySelectorAll<HTMLElement>('.cluster-label p')) {
      const plate = style(name.closest('foreignObject > *')!).backgroundColor;
      const behind = /^rgba\(.*,\s*0\)$|^transparent$/.test(plate) ? around : [rgb(plate)];
      results.push({ what: `phase name "${name.textContent}"`, ratio: Math.min(...behind.map((colour) => ratio(rgb(style(name).color), colour))), needs: 4.5 });
    }
    for (const edge of svg.querySelectorAll('.flowchart-link')) {
      results.push({ what: 'arrow', ratio: Math.min(...around.map((colour) => ratio(rgb(style(edge).stroke), colour))), needs: 3 });
    }
    for (const label of svg.querySelectorAll('.edgeLabel p')) {
      if (!label.textContent?.trim()) continue;
      results.push({ what: `arrow label "${label.textContent}"`, ratio: ratio(rgb(style(label).color), rgb(style(label).backgroundColor)), needs: 4.5 });
    }
    return results;
  });
}

function failing(measured: Measured[]): string[] {
  return measured.filter((m) => m.ratio < m.needs).map((m) => `${m.what}: ${m.ratio.toFixed(2)}:1, needs ${m.needs}:1`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test(`the flowchart's text, frames and arrows have enough contrast in every state (${colorScheme})`, async ({ page }) => {
      const svg = page.locator('.flowchart__canvas svg');
      // Every view's chart as it loads, each node of it measured.
      for (const { path, steps } of flowchartPages()) {
        await page.goto(path);
        await expect(svg, path).toBeVisible();
        const plain = await chartContrasts(page);
        expect(plain.filter((m) => m.what.startsWith('plain node') && m.what.endsWith(': text')).length, path).toBe(steps.length);
        expect(plain.filter((m) => m.what.startsWith('phase name')).length, path).toBeGreaterThan(0);
        expect(failing(plain), path).toEqual([]);
      }
      // The states a reader brings about, on the page with most steps: it has every kind of node, the local routine's and a local role's own.
      await page.goto(fullestFlowchart().path);
      await expect(svg).toBeVisible();

      // A role's view: its own steps filled, those that do not concern it toned down.
      await page.getByLabel('Visa steg för:').selectOption({ label: roleName('funktionsstod') });
      await expect(svg.locator('a[data-role-view="own"]').first()).toBeVisible();
      await expect(svg.locator('a[data-role-view="other"]').first()).toBeVisible();
      expect(failing(await chartContrasts(page))).toEqual([]);

      // Back from a step: its node marked; then a node focused by the keyboard.
      await page.getByLabel('Visa steg för:').selectOption({ label: 'Alla roller' });
      await svg.getByRole('link', { name: titleOf('videosamtal') }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Stäng' }).click();
      await expect(svg.locator('a[aria-current]')).toHaveCount(1);
      const marked = await chartContrasts(page);
      expect(marked.some((m) => m.what.startsWith('marked node'))).toBe(true);
      expect(failing(marked)).toEqual([]);
      await svg.getByRole('link', { name: titleOf('samtycke') }).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const focused = await chartContrasts(page);
      expect(focused.some((m) => m.what.startsWith('focused node'))).toBe(true);
      expect(failing(focused)).toEqual([]);
    });

    test(`the legend's swatches are drawn in the chart's colours (${colorScheme})`, async ({ page }) => {
      // The page with most steps: its legend has every swatch, the local routine's too.
      await page.goto(fullestFlowchart().path);
      const swatch = (kind: string) => page.locator(`.legend__swatch--${kind}`);
      const node = page.locator('.flowchart__canvas svg a .label-container').first();
      const [nodeFill, nodeStroke] = await node.evaluate((box) => [getComputedStyle(box).fill, getComputedStyle(box).stroke]);
      await expect(swatch('stad')).toHaveCSS('background-color', nodeFill!);
      await expect(swatch('stad')).toHaveCSS('border-top-color', nodeStroke!);
      const local = page.locator('.flowchart__canvas svg .lokal .label-container').first();
      await expect(swatch('lokal')).toHaveCSS('border-top-style', 'dashed');
      await expect(swatch('lokal')).toHaveCSS('border-top-color', await local.evaluate((box) => getComputedStyle(box).stroke));
    });
  });
}

test('the dark scheme is dark and the light one light, from the reader\'s setting', async ({ browser }) => {
  const painted = async (colorScheme: 'light' | 'dark') => {
    const page = await browser.newPage({ colorScheme });
    await page.goto('flodesschema/');
    const colours = await page.evaluate(() => ({
      page: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.documentElement).color,
      node: getComputedStyle(document.querySelector('.flowchart__canvas .label-container')!).fill,
    }));
    await page.close();
    return colours;
  };
  const light = await painted('light');
  const dark = await painted('dark');
  expect(light.page).toBe('rgb(255, 255, 255)');
  expect(dark.page).not.toBe(light.page);
  expect(dark.text).not.toBe(light.text);
  expect(dark.node).not.toBe(light.node);
});

test('printed, a page is black on white whatever the screen\'s scheme', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'dark' });
  await page.goto('roller/funktionsstod/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const colours = await page.evaluate(() =>
    [':root', 'h1', '.step__title', '.step--lokal', 'main a', '.site-header'].map((selector) => {
      const element = document.querySelector(selector)!;
      const style = getComputedStyle(element);
      return [selector, style.color, style.backgroundColor, selector === '.step--lokal' ? style.borderLeftColor : ''];
    }),
  );
  for (const [selector, text, background, border] of colours) {
    expect(text, `${selector} text`).toBe('rgb(0, 0, 0)');
    expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)'], `${selector} background`).toContain(background);
    if (border) expect(border, `${selector} rule`).toBe('rgb(0, 0, 0)');
  }
  await page.close();
});
