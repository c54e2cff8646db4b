import { expect, test } from '@playwright/test';
import { usages } from '../src/lib/glossary.ts';
import { sections } from '../src/lib/process/source-text.ts';
import { siteContent } from './support/process';

// The glossary as content/ordlista.yaml writes it, read by the site's pipeline.
const content = siteContent();
const glossary = content.glossary;
const TERMS = glossary.map((candidate) => candidate.term);
const glossaryEntry = (id: string) => glossary.find((candidate) => candidate.id === id)!;
const routineOf = (id: string) => content.routines.find((routine) => routine.id === id)!;
const headingOf = (dokument: string, avsnitt: string) => sections(routineOf(dokument).body).find((section) => section.id === avsnitt)!.heading;

const entry = (page: import('@playwright/test').Page, term: string) => page.getByRole('region', { name: term, exact: true });

test('the glossary has the routines’ terms, from the menu', async ({ page }) => {
  await page.goto('');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ordlista' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ordlista');
  for (const term of TERMS) await expect(page.getByRole('heading', { level: 2, name: term, exact: true })).toBeVisible();
});

test('an explained term shows its expansion, the routine’s words and where it is used', async ({ page }) => {
  await page.goto('ordlista/');
  // SIG: an abbreviation the routine writes out and explains in one sentence.
  const sigEntry = glossaryEntry('sig');
  const source = sigEntry.forklaring[0]!;
  const heading = headingOf(source.dokument, source.avsnitt);
  const sig = entry(page, sigEntry.term);
  await expect(sig).toContainText(`Står för: ${sigEntry.utskrivning}`);
  await expect(sig.getByRole('blockquote')).toHaveText(source.citat);
  await expect(sig.getByRole('link', { name: new RegExp(`avsnittet ”${escapeRegExp(heading)}”`) })).toHaveAttribute('href', new RegExp(`rutiner/${source.dokument}/#${source.avsnitt}$`));
  await sig.getByRole('listitem').filter({ hasText: routineOf(source.dokument).data.kortnamn }).getByRole('link', { name: heading }).click();
  await expect(page.getByRole('heading', { name: heading })).toBeInViewport();
});

test('a term the routines do not explain says so; a reading of the site’s own is marked as such', async ({ page }) => {
  await page.goto('ordlista/');
  // Treserva: a term the routines use without explaining it.
  const treservaEntry = glossaryEntry('treserva');
  expect(treservaEntry.forklaring).toEqual([]);
  const used = usages(treservaEntry, content.routines)[0]!;
  const treserva = entry(page, treservaEntry.term);
  await expect(treserva).toContainText(`Rutinerna förklarar inte ${treservaEntry.term}.`);
  await expect(treserva.getByRole('blockquote')).toHaveCount(0);
  await expect(treserva.getByRole('link', { name: used.heading })).toHaveAttribute('href', new RegExp(`rutiner/${used.dokument}/#${used.avsnitt}$`));
  const ffs = glossaryEntry('ffs');
  await expect(entry(page, ffs.term)).toContainText(`Står för: ${ffs.utskrivningTolkning} (webbplatsens tolkning, inte rutinernas ord)`);
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('every quote on the glossary stands in the routine section it links to', async ({ page }) => {
  await page.goto('ordlista/');
  const quotes = await page.locator('figure').evaluateAll((figures) =>
    figures.map((figure) => ({ href: figure.querySelector('figcaption a')!.getAttribute('href')!, text: figure.querySelector('blockquote')!.textContent!.trim() })),
  );
  expect(quotes.length).toBeGreaterThanOrEqual(10);
  const pages = new Map<string, string>();
  for (const { href, text } of quotes) {
    const url = new URL(href, page.url());
    if (!pages.has(url.pathname)) {
      await page.goto(url.pathname);
      pages.set(url.pathname, (await page.getByRole('main').textContent())!.replace(/\s+/g, ' '));
    }
    expect(pages.get(url.pathname), href).toContain(text.replace(/\s+/g, ' '));
  }
});
