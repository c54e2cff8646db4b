import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { routineBlocks } from '../src/lib/routine-text/blocks';
import { siteContent } from './support/process';
import { routineHeader } from './support/routine-header';
import { normalise, sourceContacts } from './support/source';

/** Tests that do not depend on the base path run at the site root only (the undermapp project leaves out @en-gang: playwright.config.ts). */
const ONCE = { tag: '@en-gang' };

const pages = { 'goteborgs-stad': 'rutiner/goteborgs-stad/', nordost: 'rutiner/nordost/' } as const;
const routineIds = siteContent().routines.map((routine) => routine.id) as Array<keyof typeof pages>;

// Whether the page says its decided document's text, sentence by sentence, is
// the content check's (src/content-pipeline/decided.ts, tests/content/decided.test.ts).
// Here: the page the build renders shows every block of text that check read
// from the MDX, in order, so what was compared is what readers get.
for (const id of routineIds) {
  test(`${id}: every text the content check compared with the decided document is on the page, in order`, ONCE, async ({ page }) => {
    const blocks = routineBlocks(readFileSync(`${process.env.INSLUSS_CONTENT_ROOT ?? '.'}/content/rutiner/${id}.mdx`, 'utf8')).filter((block) => !block.template && block.kind !== 'component');
    expect(blocks.length).toBeGreaterThan(10);
    await page.goto(pages[id]);
    const text = normalise(await page.locator('main').innerText());
    let from = 0;
    const missing: string[] = [];
    for (const block of blocks) {
      const at = text.indexOf(block.text, from);
      if (at < 0) missing.push(block.text);
      else from = at + block.text.length;
    }
    expect(missing, 'text of the MDX missing from the page, or out of order').toEqual([]);
  });
}

test('nordost: the contact section has every name, title, number and address of the source, as links', async ({ page }) => {
  const source = sourceContacts();
  expect(source.people.length + source.phones.length + source.emails.length, 'the source was read').toBe(7 + 12 + 9);
  await page.goto(pages.nordost);
  const main = page.getByRole('main');
  const text = normalise(await main.innerText());
  for (const { name, title } of source.people) expect(text, name).toContain(`${name}, ${title}`);
  for (const { name } of source.lines) expect(text, name).toContain(`${name}: `);
  expect(text).toContain(source.hours);
  const tel = await main.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
  expect(tel.map(([href]) => href!.replace('tel:+46', '0'))).toEqual(source.phones.map((phone) => phone.digits));
  expect(tel.map(([, shown]) => shown!.replace(/\D/g, ''))).toEqual(source.phones.map((phone) => phone.digits));
  const mailto = await main.locator('a[href^="mailto:"]').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
  expect(mailto).toEqual(source.emails.map((address) => [`mailto:${address}`, address]));
});

/** The document headers as the source documents write them (line breaks aside). */
const headers: Record<keyof typeof pages, Array<[string, string[]]>> = {
  'goteborgs-stad': [
    ['Dokumentnamn', ['Göteborgs Stads rutin för samverkan enligt insluss']],
    ['Beslutad av', ['AC-nätverket vuxen och försörjningsstöd']],
    ['Gäller för', ['Socialförvaltningarna Centrum, Hisingen, Nordost och Sydväst']],
    ['Diarienummer', ['Saknas i källdokumentet']],
    ['Datum och paragraf för beslutet', ['2022-05-19']],
    ['Dokumentsort', ['Rutin']],
    ['Giltighetstid', ['Tillsvidare']],
    ['Senast reviderad', ['2024-03-13']],
    ['Dokumentansvarig', ['Processledare Enheten för kvalitet']],
    ['Bilagor', ['Saknas i källdokumentet']],
  ],
  nordost: [
    ['Dokumentnamn', ['Lokal rutin Insluss']],
    ['Beslutad av', ['Respektive ledningsgrupp inom socialförvaltning Nordost och FFS Nordost']],
    ['Gäller för', ['Vuxna och försörjningsstöd Nordost, Förvaltningen för funktionsstöd Nordost']],
    ['Diarienummer', ['Saknas i källdokumentet']],
    ['Datum och paragraf för beslutet', ['2023-01-10 FFS Nordost', '2023-01-11 Social Nordost']],
    ['Dokumentsort', ['Rutin']],
    ['Giltighetstid', ['Tills vidare']],
    ['Senast reviderad', ['2023-09-26']],
    ['Dokumentansvarig', ['Verksamhetsutvecklare, Vuxna och försörjningsstöd']],
  ],
};

for (const id of routineIds) {
  test(`${id}: the document header shows every field of the source`, ONCE, async ({ page }) => {
    await page.goto(pages[id]);
    const header = page.getByRole('region', { name: 'Dokumentuppgifter' });
    for (const [term, values] of headers[id]) {
      const row = header.locator('.document-header__row').filter({ has: page.locator('dt', { hasText: term }) });
      await expect(row.locator('dd'), term).toHaveText(values);
    }
    await expect(header.locator('dt')).toHaveCount(headers[id].length);
  });
}

// The live site keeps one version of each routine: its history is the
// header's dates, and says that the earlier texts are not on the site.
for (const id of routineIds) {
  test(`${id}: the page says when it was last revised and leads to a history of the header's dates`, async ({ page }) => {
    const header = routineHeader(id);
    await page.goto(pages[id]);
    const revised = page.getByRole('main').getByText(/^Senast reviderad \d/);
    await expect(revised).toHaveText(`Senast reviderad ${header.senastReviderad} – se versionshistoriken`);
    await revised.getByRole('link', { name: 'se versionshistoriken' }).click();
    const history = page.getByRole('region', { name: 'Versionshistorik' });
    await expect(history).toBeInViewport();
    const decisions = header.beslut.toSorted((a, b) => b.datum.localeCompare(a.datum));
    await expect(history.getByRole('listitem')).toHaveText([
      `${header.senastReviderad} Reviderad. Gällande version.`,
      ...decisions.map(({ datum, av }) => `${datum} Beslutad av ${av ?? header.beslutadAv}.`),
    ]);
    await expect(history).toContainText(`Tidigare versioner av texten, från före ${header.senastReviderad}, är inte publicerade på webbplatsen.`);
    // No version or comparison to link to: only the feed of new versions.
    await expect(history.getByRole('link')).toHaveText(['flödet med nya versioner (Atom)']);
  });
}

test('the header comes before the text, and the title is the page heading', ONCE, async ({ page }) => {
  await page.goto(pages.nordost);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lokal rutin Insluss');
  const order = await page.evaluate(() => {
    const header = document.querySelector('.document-header')!;
    const firstSection = document.querySelector('#bakgrund')!;
    return header.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
});

test('a section can be linked to by its Swedish slug', ONCE, async ({ page }) => {
  await page.goto(`${pages['goteborgs-stad']}#inkluss-modellen`);
  await expect(page.locator('#inkluss-modellen')).toHaveText('Inkluss-modellen');
  await expect(page.locator('#inkluss-modellen')).toBeInViewport();
  for (const [id, heading] of <Array<[string, string]>>[
    ['syftet-med-denna-rutin', 'Syftet med denna rutin'],
    ['stodande-dokument', 'Stödande dokument'],
    ['malgrupp', 'Målgrupp'],
  ]) {
    await expect(page.locator(`#${id}`)).toHaveText(heading);
  }
});

for (const id of routineIds) {
  test(`${id}: every entry of the table of contents leads to its section`, async ({ page }) => {
    await page.goto(pages[id]);
    const toc = page.getByRole('navigation', { name: 'Innehåll' });
    const links = await toc.getByRole('link').all();
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const target = (await link.getAttribute('href'))!;
      await expect(page.locator(target), target).toHaveText((await link.textContent())!);
    }
    await links.at(-1)!.click();
    await expect(page.locator((await links.at(-1)!.getAttribute('href'))!)).toBeInViewport();
  });
}

test('the local routine says which routine it supplements and links to it', async ({ page }) => {
  await page.goto(pages.nordost);
  await page.getByText('Kompletterar').getByRole('link', { name: 'Göteborgs Stads rutin för samverkan enligt insluss' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Göteborgs Stads rutin för samverkan enligt insluss');
  await page.goBack();
  await page.getByRole('link', { name: 'Insluss - rutin' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Göteborgs Stads rutin för samverkan enligt insluss');
});

test('the template text of the city routine is there but folded away', ONCE, async ({ page }) => {
  await page.goto(pages['goteborgs-stad']);
  const details = page.locator('details').filter({ hasText: 'Om Göteborgs Stads styrande dokument' });
  await expect(details.getByText('Utgångspunkterna för styrningen')).toBeHidden();
  await details.locator('summary').click();
  await expect(details.getByText('Utgångspunkterna för styrningen')).toBeVisible();
});

test('the footer names the owner and the revision date of the routine shown', ONCE, async ({ page }) => {
  await page.goto(pages.nordost);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Verksamhetsutvecklare, Vuxna och försörjningsstöd');
  await expect(footer).toContainText('2023-09-26');
  await expect(footer).not.toContainText('Processledare');
});
