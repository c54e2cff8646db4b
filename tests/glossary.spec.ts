import { expect, test } from '@playwright/test';
import { usages } from '../src/lib/glossary.ts';
import { sections } from '../src/lib/process/source-text.ts';
import { siteContent } from './support/process';

// The glossary as content/ordlista.yaml writes it, read by the site's pipeline.
const content = siteContent();
const glossary = content.glossary;
const TERMS = glossary.map((candidate) => candidate.term);
type Entry = (typeof glossary)[number];
/** The first entry of content/ordlista.yaml with the property a test needs: the owner's edits pick another, never none. */
const entryWhere = (property: string, has: (entry: Entry) => boolean) => {
  const found = glossary.find(has);
  if (!found) throw new Error(`No entry in content/ordlista.yaml ${property}`);
  return found;
};
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
  // An abbreviation the routine writes out and explains in one quote, used in the section it quotes.
  const explained = entryWhere('with an expansion (utskrivning) and one quote (forklaring) from a section that uses the term', (candidate) => {
    const [quoted, ...more] = candidate.forklaring;
    return Boolean(candidate.utskrivning) && quoted !== undefined && more.length === 0 && usages(candidate, content.routines).some((used) => used.dokument === quoted.dokument && used.avsnitt === quoted.avsnitt);
  });
  const source = explained.forklaring[0]!;
  const heading = headingOf(source.dokument, source.avsnitt);
  const explainedRegion = entry(page, explained.term);
  await expect(explainedRegion).toContainText(`Står för: ${explained.utskrivning}`);
  await expect(explainedRegion.getByRole('blockquote')).toHaveText(source.citat);
  await expect(explainedRegion.getByRole('link', { name: new RegExp(`avsnittet ”${escapeRegExp(heading)}”`) })).toHaveAttribute('href', new RegExp(`rutiner/${source.dokument}/#${source.avsnitt}$`));
  await explainedRegion.getByRole('listitem').filter({ hasText: routineOf(source.dokument).data.kortnamn }).getByRole('link', { name: heading, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading })).toBeInViewport();
});

test('a term the routines do not explain says so; a reading of the site’s own is marked as such', async ({ page }) => {
  await page.goto('ordlista/');
  // A term the routines use without explaining it.
  // Its first use under a heading no other of its uses has: the one link of that name in its entry.
  const usedOnce = (candidate: Entry) => {
    const used = usages(candidate, content.routines);
    return used.find((usage) => used.filter((other) => other.heading === usage.heading).length === 1);
  };
  const unexplained = entryWhere('without a quote (forklaring) whose term the routines use', (candidate) => candidate.forklaring.length === 0 && usedOnce(candidate) !== undefined);
  const used = usedOnce(unexplained)!;
  const unexplainedRegion = entry(page, unexplained.term);
  await expect(unexplainedRegion).toContainText(`Rutinerna förklarar inte ${unexplained.term}.`);
  await expect(unexplainedRegion.getByRole('blockquote')).toHaveCount(0);
  await expect(unexplainedRegion.getByRole('link', { name: used.heading, exact: true })).toHaveAttribute('href', new RegExp(`rutiner/${used.dokument}/#${used.avsnitt}$`));
  const interpreted = entryWhere('with the site’s reading of its expansion (utskrivningTolkning)', (candidate) => Boolean(candidate.utskrivningTolkning));
  await expect(entry(page, interpreted.term)).toContainText(`Står för: ${interpreted.utskrivningTolkning} (webbplatsens tolkning, inte rutinernas ord)`);
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
