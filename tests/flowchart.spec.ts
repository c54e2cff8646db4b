import { expect, test, type Page } from '@playwright/test';
import { scripts, watchRequests } from './support/requests';
import { expectNoAxeViolations } from './support/axe';
import { ownerLine } from '../src/lib/process/model.ts';
import { flowchartPages, fullestFlowchart, siteContent } from './support/process';

const diagram = (page: Page) => page.locator('.flowchart__canvas svg');
const node = (page: Page, title: string) => diagram(page).getByRole('link', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });

/** One step per point of the analyst's reading of the routines (PRODUCT.md), by id: the titles are the model's. */
// Ids, not a property: which step answers which point is a reading no field of a step states, and an id (unlike a title) is the key other entries (nasta, ersatter) name a step by.
const POINT_STEPS = [
  'samtycke', // 1 consent
  'initiera-arendet', // 2 four months
  'kontakt-ansvarig-vuxenenhet', // 2 Nordost, three to four months
  'informera-och-hanvisa', // 3 the person calls first
  'funktionsstod-kontaktar-vuxenenheten', // 4
  'handlagga-initialt', // 5
  'personutredning', // 5
  'utredning-och-behovsbedomning', // 5, the ordinary process
  'videosamtal', // 6
  'sig', // 6, 18–24
  'funktionsstod-fran-start', // 7
  'forsta-motet-pa-egen-hand', // 7, no disability signalled
  'kontakta-ekonomiskt-bistand', // 8
  'gemensamt-besok', // 8, city-wide
  'identifiering', // 8
  'nybesok', // 9
  'akuta-matpengar', // 9
  'planering-efter-frigivning', // 10
  'samverkan-under-overvakningen', // 11
  'sp-eller-sip', // 12
  'som-vilket-annat-arende', // 12, otherwise like any case
  'inleda-samverkan-oavsett-tid', // 2, however late
];
const model = siteContent().process;
const stepById = (id: string) => {
  const step = model.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`No step "${id}" in content/process/steg.yaml: the flowchart spec needs it for a point of PRODUCT.md`);
  return step;
};
const POINTS = POINT_STEPS.map((id) => stepById(id).titel);
/** Steps of the examples below, by id; their titles, times, conditions and sources are the model's. */
const VIDEO = stepById('videosamtal');
const CITY = siteContent().routines.find((routine) => !routine.data.kompletterar)!;
/** One page per view of the process; the chart's and the list's content is checked on each. */
const PAGES = flowchartPages();
/** A path as a literal in a regular expression. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The longest chart: where the phone's scrolling has most to show. */
const FULLEST = fullestFlowchart();
const ids = (steps: Array<{ id: string }>) => steps.map((step) => step.id).sort();
/** The routine a step belongs to, and whether it is a local one (it supplements another). */
const routineOf = (step: { omfattning: string }) => model.routines.find((routine) => routine.id === step.omfattning)!;
/** The administrations of the local routines a page's steps come from, in the routines' order. */
const localDistricts = (steps: Array<{ omfattning: string }>) => [
  ...new Set(model.routines.filter((routine) => routine.kompletterar && steps.some((step) => step.omfattning === routine.id)).flatMap((routine) => routine.forvaltningar)),
];
/** The list items under the chart, by their ids (steg-…) without the prefix, in the list's order. */
const listOrder = (page: Page) => page.locator('ol.steps > li').evaluateAll((items) => items.map((item) => item.id.replace(/^steg-/, '')));
/** The steps the chart's nodes link to, in the order they are drawn. */
const nodeOrder = (page: Page) => diagram(page).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace(/^#steg-/, '')));
/** The list's, sorted. */
const listedIds = async (page: Page) => (await listOrder(page)).sort();

test('the chart is drawn with every step of the routines as a node, each page with its view\'s steps', async ({ page }) => {
  const drawn = new Set<string>();
  for (const flowchart of PAGES) {
    await page.goto(flowchart.path);
    await expect(diagram(page), flowchart.path).toBeVisible();
    const drawnOrder = await nodeOrder(page);
    const hrefs = [...drawnOrder].sort();
    expect(hrefs, `${flowchart.path}: one node per step of its view`).toEqual(ids(flowchart.steps));
    // Every node's title at once, in the order the nodes are drawn.
    await expect(diagram(page).getByRole('link'), `${flowchart.path}: each node names its step`).toContainText(drawnOrder.map((id) => stepById(id).titel));
    expect(await listedIds(page), `${flowchart.path}: the list has the chart's steps`).toEqual(hrefs);
    for (const id of hrefs) drawn.add(id);
  }
  // Together the pages draw the whole process: every step of the routines, every point of PRODUCT.md.
  expect([...drawn].sort()).toEqual(ids(model.steps));
  for (const [index, id] of POINT_STEPS.entries()) expect(drawn.has(id), POINTS[index]).toBe(true);
});

test('each page links the other views\' pages, and "Sedan:" leads to a step of another view on that view\'s page', async ({ page }) => {
  expect(PAGES.length, 'a view besides the city\'s: an administration with a local routine').toBeGreaterThan(1);
  /** The page a step is at home on: the first whose view holds it (the city's, for the city's steps). */
  const home = (id: string) => PAGES.find((flowchart) => flowchart.steps.some((step) => step.id === id))!;
  for (const flowchart of PAGES) {
    await page.goto(flowchart.path);
    const choice = page.getByRole('navigation', { name: 'Förvaltning' });
    await expect(choice.getByRole('link'), flowchart.path).toHaveCount(PAGES.length);
    for (const other of PAGES) {
      const link = choice.locator(`a[href$="/${other.path}"]`);
      await expect(link, `${flowchart.path} → ${other.path}`).toHaveCount(1);
      if (other === flowchart) await expect(link).toHaveAttribute('aria-current', 'page');
      else await expect(link).not.toHaveAttribute('aria-current');
    }
  }
  // The arrows the model has into a step of another view: the chart drops them; on the city's chart
  // "Sedan:" keeps them, linked on their own chart; on an administration's, another administration's are not named.
  const across = PAGES.flatMap((flowchart) =>
    flowchart.steps.flatMap((shown) =>
      model.steps
        .find((step) => step.id === shown.id)!
        .nasta.filter((edge) => !flowchart.steps.some((step) => step.id === edge.till))
        .map((edge) => ({ flowchart, from: shown.id, to: stepById(edge.till), target: home(edge.till) })),
    ),
  );
  expect(across.some(({ flowchart }) => !flowchart.administration), 'the city’s chart has an arrow into a local step').toBe(true);
  for (const { flowchart, from, to, target } of across) {
    await page.goto(flowchart.path);
    await expect(diagram(page).locator(`a[href="#steg-${to.id}"]`), `${flowchart.path}: no node for ${to.id}`).toHaveCount(0);
    if (flowchart.administration) {
      await expect(page.locator(`#steg-${from} .step__next a[href$="#steg-${to.id}"]`), `${flowchart.path}: ${from} does not name ${to.id}`).toHaveCount(0);
      continue;
    }
    await page.locator(`#steg-${from} .step__next`).getByRole('link', { name: to.titel, exact: true }).click();
    await expect(page, `${flowchart.path}: ${from} → ${to.id}`).toHaveURL(new RegExp(`/${escape(target.path)}#steg-${to.id}$`));
    await expect(page.locator(`#steg-${to.id}`)).toBeInViewport();
  }
});

test('an old link to a step now on another view’s chart lands on the city’s chart at the link to that chart, marked', async ({ page }) => {
  const [city, ...others] = PAGES;
  expect(others.length, 'a view besides the city’s').toBeGreaterThan(0);
  for (const other of others) {
    const moved = other.steps.filter((step) => !city!.steps.some((shown) => shown.id === step.id));
    expect(moved.length, `${other.path} has steps the city’s chart lacks`).toBeGreaterThan(0);
    for (const step of [moved[0]!, moved.at(-1)!]) {
      await page.goto(`${city!.path}#steg-${step.id}`);
      const marked = page.getByRole('navigation', { name: 'Förvaltning' }).locator('li:has(:target) a');
      await expect(marked, step.id).toHaveAttribute('href', new RegExp(`/${escape(other.path)}$`));
      await expect(marked).toBeInViewport();
      expect(await marked.evaluate((link) => getComputedStyle(link).outlineStyle), 'the link is marked').toBe('solid');
    }
  }
});

test('the chart has a title and a description for assistive technology', async ({ page }) => {
  await page.goto('flodesschema/');
  await expect(diagram(page).locator('title')).toHaveText('Flödesschema för Insluss');
  await expect(diagram(page).locator('desc')).toContainText('Samma steg finns som numrerad lista under schemat');
  await expect(page.getByRole('figure', { name: 'Flödesschema för Insluss' })).toBeVisible();
});

test('phases are drawn as groups and local steps are marked, with a legend naming the view\'s administrations', async ({ page }) => {
  const everyDistrict = localDistricts(model.steps);
  const marked = new Set<string>();
  for (const flowchart of PAGES) {
    await page.goto(flowchart.path);
    for (const phase of model.phases) {
      const drawn = diagram(page).locator('.cluster-label', { hasText: new RegExp(`^${phase.namn}$`) });
      await expect(drawn, `${flowchart.path}: ${phase.namn}`).toHaveCount(flowchart.steps.some((step) => step.fas === phase.id) ? 1 : 0);
    }
    // Each node's frame, and the notes in parentheses after its roles (an arrow's condition, in bold, left out).
    const nodes = await diagram(page).evaluate((svg) =>
      [...svg.querySelectorAll('a')].map((link) => {
        const label = link.querySelector('foreignObject')!.cloneNode(true) as Element;
        label.querySelectorAll('b').forEach((bold) => bold.remove());
        return { id: link.getAttribute('href')!.replace(/^#steg-/, ''), dashes: getComputedStyle(link.querySelector('.label-container')!).strokeDasharray, text: label.textContent!.trim() };
      }),
    );
    for (const step of flowchart.steps) {
      const drawn = nodes.find((candidate) => candidate.id === step.id)!;
      const routine = routineOf(step);
      const notes = drawn.text.slice(0, drawn.text.lastIndexOf(`: ${step.titel}`)).match(/\(([^)]*)\)$/)?.[1] ?? '';
      if (routine.kompletterar) {
        marked.add(step.id);
        // Drawn with a dashed frame by the site's stylesheet (class "lokal"), as the legend says.
        expect(drawn.dashes, `${flowchart.path}: ${step.id} dashed`).not.toBe('none');
        // The administration is in the local step's name too: a dashed frame cannot say whose routine it is.
        for (const district of routine.forvaltningar) expect(notes, `${flowchart.path}: ${step.id} names ${district}`).toContain(district);
      } else {
        expect(drawn.dashes, `${flowchart.path}: ${step.id} not dashed`).toBe('none');
        for (const district of everyDistrict) expect(notes, `${flowchart.path}: ${step.id} names no administration`).not.toContain(district);
      }
    }
    const districts = localDistricts(flowchart.steps);
    if (districts.length > 0) await expect(page.locator('ul.legend'), flowchart.path).toContainText(`Streckad ram: lokal rutin, gäller bara förvaltningen inom parentes (${districts.join(', ')})`);
    else await expect(page.locator('ul.legend'), flowchart.path).not.toContainText('Streckad ram');
  }
  expect([...marked].sort(), 'every local step is marked on its page').toEqual(ids(model.steps.filter((step) => routineOf(step).kompletterar)));
});

test('clicking a step (the video call) shows its detail over the chart, where the reader is: who, when, condition and source', async ({ page }) => {
  await page.goto('flodesschema/');
  await node(page, VIDEO.titel).click();
  const detail = page.getByRole('dialog', { name: VIDEO.titel });
  await expect(detail).toBeVisible();
  await expect(page).not.toHaveURL(/#steg-/);
  await expect(detail.getByRole('heading', { name: VIDEO.titel })).toBeFocused();
  const source = VIDEO.kallor[0]!;
  const routine = siteContent().routines.find((candidate) => candidate.id === source.dokument)!;
  await expect(detail).toContainText(`Vem${ownerLine(model, VIDEO)}`);
  await expect(detail).toContainText(`När${VIDEO.tid!.text}`);
  await expect(detail).toContainText(`Villkor${VIDEO.villkor!.text}`);
  await expect(detail.locator('blockquote').first()).toContainText(source.citat!.split(/\s+/).slice(0, 8).join(' '));
  await detail.getByRole('link', { name: new RegExp(`Källa|${routine.data.title}`) }).first().click();
  await expect(page).toHaveURL(new RegExp(`rutiner/${routine.id}/#${source.avsnitt}$`));
  await expect(page.locator(`#${source.avsnitt}`)).toBeInViewport();
});

test('Tab reaches the nodes, focus is visible, Enter opens the step, and Escape goes back to its node', async ({ page }) => {
  await page.goto('flodesschema/');
  await page.getByRole('button', { name: 'Hela schemat' }).focus();
  const first = diagram(page).getByRole('link').first();
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const fill = await first.locator('.label-container').first().evaluate((el) => getComputedStyle(el).fill);
  expect(fill, 'the focused node is highlighted').toBe('rgb(255, 221, 0)');
  await page.keyboard.press('Tab');
  const second = diagram(page).getByRole('link').nth(1);
  await expect(second).toBeFocused();
  const target = (await second.getAttribute('href'))!;
  const title = await page.locator(`${target} .step__title`).textContent();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: title! })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('aria-current', 'step');
});

test('the list under the chart names every step of its view with its source, grouped by phase', async ({ page }) => {
  for (const flowchart of PAGES) {
    await page.goto(flowchart.path);
    expect(await listedIds(page), flowchart.path).toEqual(ids(flowchart.steps));
    const items = page.locator('ol.steps > li');
    const anchors = await items.evaluateAll((elements) => elements.map((element) => element.id));
    expect(anchors.filter((id) => !/^steg-[a-z0-9-]+$/.test(id)), `${flowchart.path}: anchors a link can name`).toEqual([]);
    // Every item at once: a source shown, with the routine's words quoted.
    await expect(items.filter({ has: page.getByText('Källa:').filter({ visible: true }) }), `${flowchart.path}: a source each`).toHaveCount(anchors.length);
    await expect(items.filter({ has: page.locator('blockquote').filter({ hasText: /\S/ }) }), `${flowchart.path}: a quote each`).toHaveCount(anchors.length);
    for (const phase of model.phases.filter((candidate) => flowchart.steps.some((step) => step.fas === candidate.id))) {
      await expect(page.getByRole('heading', { level: 3, name: phase.namn, exact: true }), `${flowchart.path}: ${phase.namn}`).toBeVisible();
    }
  }
});

test('the page loads no Mermaid code: the chart was drawn when the site was built', async ({ page }) => {
  const loaded = watchRequests(page, scripts);
  await page.goto('flodesschema/');
  await page.waitForLoadState('networkidle');
  await expect(diagram(page)).toBeVisible();
  expect(loaded.filter((url) => /mermaid|dagre|elk|flowDiagram/i.test(url))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the complete ordered list of steps is there, and the chart too', async ({ page }) => {
    for (const flowchart of PAGES) {
      await page.goto(flowchart.path);
      expect(await listedIds(page), flowchart.path).toEqual(ids(flowchart.steps));
      const order = await listOrder(page);
      await expect(page.locator('ol.steps > li .step__title'), flowchart.path).toHaveText(order.map((id) => stepById(id).titel));
      await expect(diagram(page)).toBeVisible();
      // A node is a plain link to its step: the last, far down the page.
      const last = flowchart.steps.at(-1)!;
      await diagram(page).locator(`a[href="#steg-${last.id}"]`).click();
      await expect(page.locator(`#steg-${last.id}`), `${flowchart.path}: ${last.id}`).toBeInViewport();
    }
  });
});

test('the page says it is a reading of the routines, and the chart that it is not their own flowchart', async ({ page }) => {
  await page.goto('flodesschema/');
  const note = page.locator('main .reading-note');
  await expect(note).toContainText('Sidan är webbplatsens läsning av rutinerna, inte rutinerna själva');
  await expect(note.getByRole('link', { name: CITY.data.title })).toHaveAttribute('href', new RegExp(`rutiner/${CITY.id}/$`));
  await expect(page.getByRole('figure', { name: 'Flödesschema för Insluss' })).toContainText(
    'Schemat är inte rutinernas eget flödesschema: ”Inkluss flödesschema”, som stadens rutin nämner, publiceras inte här.',
  );
  const [noteTop, chartTop] = await Promise.all([note.evaluate((el) => el.getBoundingClientRect().top), page.locator('flow-chart').evaluate((el) => el.getBoundingClientRect().top)]);
  expect(noteTop).toBeLessThan(chartTop);
});

test('the list under the chart says "Rutinen anger inte vem" for every step whose owner the routines do not name', async ({ page }) => {
  for (const flowchart of PAGES) {
    await page.goto(flowchart.path);
    // Every step's owner at once, in the list's order.
    const owners = page.locator('ol.steps > li .step__facts > div').filter({ hasText: /^Vem/ }).getByRole('definition');
    await expect(owners, flowchart.path).toHaveText(
      (await listOrder(page)).map((id) => {
        const { vem } = stepById(id);
        if (vem?.rutinenAnger === 'nej') return /^Rutinen anger inte vem\. Webbplatsens läsning: /;
        if (vem) return new RegExp(`^Rutinen anger: ${escape(vem.rutinenAnger)}\\. Webbplatsens läsning: `);
        return /^(?![\s\S]*Rutinen anger)/;
      }),
    );
  }
});

test('the chart says so in a node wherever the routines do not name who does the step', async ({ page }) => {
  for (const flowchart of PAGES) {
    await page.goto(flowchart.path);
    await expect(diagram(page)).toBeVisible();
    // Every node at once, in the order they are drawn.
    await expect(diagram(page).getByRole('link'), flowchart.path).toHaveText(
      (await nodeOrder(page)).map((id) => {
        const { vem } = stepById(id);
        if (vem?.rutinenAnger === 'nej') return /rutinen anger inte vem/;
        if (vem) return new RegExp(escape(`rutinen: ${vem.rutinenAnger}`));
        return /^(?![\s\S]*rutinen)/;
      }),
    );
    if (flowchart.steps.some((step) => step.vem?.rutinenAnger === 'nej')) {
      await expect(page.locator('ul.legend'), flowchart.path).toContainText('”Rutinen anger inte vem” inom parentes: rutinen säger inte vem som gör steget; rollerna före parentesen är webbplatsens läsning');
    }
    if (flowchart.steps.some((step) => step.id === VIDEO.id)) {
      await expect(node(page, VIDEO.titel), flowchart.path).toHaveText(`${VIDEO.roller.map((id) => model.roles.find((role) => role.id === id)!.kortnamn).join(' / ')} (rutinen anger inte vem): ${VIDEO.titel}`);
    }
  }
  expect(PAGES.filter((flowchart) => flowchart.steps.some((step) => step.id === VIDEO.id)), 'the video call is on a page').not.toEqual([]);
});

test.describe('on a 375 px phone (issue 21)', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  /** Each node in the list's order: its box on the page, and its text's size on screen. */
  function nodesOnPage(page: Page) {
    return diagram(page).evaluate((svg) =>
      [...document.querySelectorAll('ol.steps > li')].map((item) => {
        const link = svg.querySelector(`a[href="#${item.id}"]`)!;
        const rect = link.querySelector('.label-container')!.getBoundingClientRect();
        const text = link.querySelector('p')!;
        return {
          id: item.id,
          top: rect.top + scrollY,
          bottom: rect.bottom + scrollY,
          left: rect.left,
          right: rect.right,
          size: (parseFloat(getComputedStyle(text).fontSize) * text.getBoundingClientRect().width) / text.offsetWidth,
        };
      }),
    );
  }

  test('the chart opens at the process\'s first step, on the first screen, at a size that reads', async ({ page }) => {
    await page.goto(FULLEST.path);
    const [first] = await nodesOnPage(page);
    expect(first!.top, 'the first step starts on the first screen').toBeGreaterThanOrEqual(0);
    expect(first!.bottom, 'and ends on it').toBeLessThanOrEqual(812);
    expect(first!.size).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => scrollY), 'without scrolling').toBe(0);
  });

  test('the process is followed by scrolling down: every step below the one before it, in the screen\'s width, its text at least 12 px', async ({ page }) => {
    await page.goto(FULLEST.path);
    const nodes = await nodesOnPage(page);
    expect(nodes.map((node) => node.id.replace(/^steg-/, '')).sort(), 'every step of the chart').toEqual(ids(FULLEST.steps));
    for (const [index, node] of nodes.entries()) {
      expect(node.size, `${node.id}: text size`).toBeGreaterThanOrEqual(12);
      expect(node.left, `${node.id}: left edge on screen`).toBeGreaterThanOrEqual(0);
      expect(node.right, `${node.id}: right edge on screen`).toBeLessThanOrEqual(375);
      if (index > 0) expect(node.top, `${node.id} below ${nodes[index - 1]!.id}`).toBeGreaterThan(nodes[index - 1]!.bottom);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing to scroll sideways').toBeLessThanOrEqual(375);
  });

  test('a tap on a node far down the chart shows its step where the reader is, and closing it goes back to the node', async ({ page }) => {
    await page.goto(FULLEST.path);
    const item = page.locator('ol.steps > li').last();
    const id = (await item.getAttribute('id'))!;
    const title = (await item.locator('.step__title').textContent())!.trim();
    const link = diagram(page).locator(`a[href="#${id}"]`);
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    await link.tap();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    const shown = (await dialog.boundingBox())!;
    expect(shown.y).toBeGreaterThanOrEqual(0);
    expect(shown.y + shown.height).toBeLessThanOrEqual(812);
    expect(Math.abs((await page.evaluate(() => scrollY)) - before), 'within one screen of where the reader was').toBeLessThan(812);
    await expect(dialog.locator('.step__facts')).toBeVisible();
    await dialog.getByRole('button', { name: 'Stäng' }).tap();
    await expect(dialog).toBeHidden();
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('aria-current', 'step');
    await expect(link).toBeInViewport();
  });

  test('in the step shown, "Sedan" opens the next step there; a tap beside it closes it, at the node of the step last shown', async ({ page }) => {
    await page.goto(FULLEST.path);
    const [from, next] = await page.evaluate(() => {
      const item = [...document.querySelectorAll('ol.steps > li')].find((li) => li.querySelector('.step__next a'))!;
      return [item.id, item.querySelector('.step__next a')!.getAttribute('href')!.slice(1)];
    });
    const nextTitle = (await page.locator(`#${next} .step__title`).textContent())!.trim();
    await diagram(page).locator(`a[href="#${from}"]`).tap();
    await page.getByRole('dialog').locator('.step__next a').first().tap();
    await expect(page.getByRole('dialog', { name: nextTitle })).toBeVisible();
    await page.touchscreen.tap(4, 4);
    await expect(page.getByRole('dialog')).toBeHidden();
    const node = diagram(page).locator(`a[href="#${next}"]`);
    await expect(node).toBeFocused();
    await expect(node).toHaveAttribute('aria-current', 'step');
    await expect(diagram(page).locator('a[aria-current]')).toHaveCount(1);
  });

  test('"Visa steg N i listan" closes the step and goes to it in the list', async ({ page }) => {
    await page.goto(FULLEST.path);
    const item = page.locator('ol.steps > li').nth(2);
    const id = (await item.getAttribute('id'))!;
    await diagram(page).locator(`a[href="#${id}"]`).tap();
    await page.getByRole('dialog').getByRole('link', { name: 'Visa steg 3 i listan under schemat' }).tap();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(item).toBeFocused();
    await expect(item).toBeInViewport();
  });

  test('axe finds nothing with a step shown over the chart', async ({ page }) => {
    // A long page for axe: a busy machine needs more than the default 30 s.
    test.slow();
    await page.goto(FULLEST.path);
    await diagram(page).getByRole('link').first().tap();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('issue 18', () => {
  test('11: the labels after "Sedan:" are written as the model writes them, a district with its capital', async ({ page }) => {
    const districts = model.routines.flatMap((routine) => routine.forvaltningar);
    let seen = 0;
    for (const flowchart of PAGES) {
      await page.goto(flowchart.path);
      // "Sedan:" names every step the model's arrows lead to, those of another view too.
      for (const step of model.steps.filter((candidate) => flowchart.steps.some((shown) => shown.id === candidate.id))) {
        for (const edge of step.nasta.filter((candidate) => districts.some((district) => candidate.etikett?.includes(district)))) {
          const next = page.locator(`#steg-${step.id} .step__next`);
          await expect(next, `${flowchart.path}: ${step.id} → ${edge.till}`).toContainText(`(${edge.etikett})`);
          seen++;
        }
      }
      await expect(page.locator('.step__next').filter({ hasText: /\((nordost|hisingen|centrum|sydväst)\b/ }), flowchart.path).toHaveCount(0);
    }
    expect(seen).toBeGreaterThan(0);
  });
});
