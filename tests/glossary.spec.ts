import { expect, test } from '@playwright/test';

const TERMS = [
  'SIG',
  'SIP',
  'SP',
  'FFS',
  'Treserva',
  'Insluss / Inkluss',
  'villkorlig frigivning',
  'övervakning',
  'frivårdsinspektör',
  'personutredning',
  'verkställighetsplan',
  'nybesök',
  'Vuxen Mottag',
  'Försörjningsstöd 1 Mottag',
];

const entry = (page: import('@playwright/test').Page, term: string) => page.getByRole('region', { name: term, exact: true });

test('the glossary has the routines’ terms, from the menu', async ({ page }) => {
  await page.goto('');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ordlista' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ordlista');
  for (const term of TERMS) await expect(page.getByRole('heading', { level: 2, name: term, exact: true })).toBeVisible();
});

test('an explained term shows its expansion, the routine’s words and where it is used', async ({ page }) => {
  await page.goto('ordlista/');
  const sig = entry(page, 'SIG');
  await expect(sig).toContainText('Står för: social insatsgrupp');
  await expect(sig.getByRole('blockquote')).toHaveText('För målgruppen 18-24 år kan SIG (social insatsgrupp) vara en hjälpsam insats i samband med inkluss.');
  await expect(sig.getByRole('link', { name: /avsnittet ”Inkluss-modellen”/ })).toHaveAttribute('href', /rutiner\/goteborgs-stad\/#inkluss-modellen$/);
  await sig.getByRole('listitem').filter({ hasText: 'Stadens rutin' }).getByRole('link', { name: 'Inkluss-modellen' }).click();
  await expect(page.getByRole('heading', { name: 'Inkluss-modellen' })).toBeInViewport();
});

test('a term the routines do not explain says so; a reading of the site’s own is marked as such', async ({ page }) => {
  await page.goto('ordlista/');
  const treserva = entry(page, 'Treserva');
  await expect(treserva).toContainText('Rutinerna förklarar inte Treserva.');
  await expect(treserva.getByRole('blockquote')).toHaveCount(0);
  await expect(treserva.getByRole('link', { name: 'Ansvarsfördelning vid uppstart' })).toHaveAttribute('href', /rutiner\/nordost\/#ansvarsfordelning-vid-uppstart$/);
  await expect(entry(page, 'FFS')).toContainText('Står för: Förvaltningen för funktionsstöd (webbplatsens tolkning, inte rutinernas ord)');
});

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
