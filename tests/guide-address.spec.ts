import { expect, test, type Request } from '@playwright/test';
import { answerText, guideQuestion } from './support/process';

/**
 * What the guide does with its address when it is not one the guide wrote:
 * an old link with the answers in the query, a fragment that is not
 * percent-encoded properly. The answers must never reach a server beyond
 * the one request line a reader's old link makes.
 */

// "Today" for every test: Monday 23 November 2026, in Swedish time.
const NOW = new Date('2026-11-23T10:00:00+01:00');
const IGNORED = 'Några uppgifter i adressen kunde inte användas och har hoppats över.';
/** The questions as content/process/fragor.yaml words them. */
const ROLE = guideQuestion('roll').fraga;
const ADMINISTRATION = guideQuestion('forvaltning').fraga;
const FIRST_CONTACT = guideQuestion('forstaKontakt').fraga;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test.describe('an old link with the answers in the query', () => {
  const ANSWERS = { roll: 'vuxenenheten', frigivning: '2027-05-20' };

  test('no request but the first carries the answers, in its address or its Referer', async ({ page, context }) => {
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    const query = new URLSearchParams(ANSWERS).toString();
    await page.goto(`guide/?${query}`);
    await expect(page.getByRole('group', { name: ADMINISTRATION })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).search, 'the answers left the query').toBe('');
    expect(new URL(page.url()).hash).toBe(`#${query}`);
    // Leaving the page: the next page's request does not name the guide's answers either.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');

    expect(requests.length, 'the page, its styles, scripts and the guide\'s templates').toBeGreaterThan(5);
    expect(requests[0]!.url()).toContain(query);
    const leaks: string[] = [];
    for (const request of requests.slice(1)) {
      const referer = (await request.allHeaders())['referer'] ?? '';
      const named = Object.values(ANSWERS).some((value) => request.url().includes(value) || referer.includes(value));
      if (named || referer.includes('?')) leaks.push(`${request.url()} (Referer: ${referer})`);
    }
    expect(leaks).toEqual([]);
  });

  test('every page tells the browser to send no Referer, before it fetches anything', async ({ page }) => {
    for (const path of ['', 'guide/', 'sok/', 'kontakter/', 'rutiner/goteborgs-stad/']) {
      await page.goto(path);
      const head = await page.evaluate(() => [...document.head.children].map((element) => element.outerHTML));
      const policy = head.findIndex((html) => /^<meta name="referrer" content="no-referrer">$/.test(html));
      const firstFetch = head.findIndex((html) => /^<(link|script)\b/.test(html));
      expect(policy, `/${path} has the policy`).toBeGreaterThanOrEqual(0);
      expect(policy, `/${path}: the policy comes before the first stylesheet, icon or script`).toBeLessThan(firstFetch);
    }
  });
});

test.describe('a fragment whose percent-encoding is broken', () => {
  for (const fragment of ['#%', '#%E0%A4%A']) {
    test(`opened with "${fragment}", the guide starts with no answers and says it skipped what it could not use`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`guide/${fragment}`);
      await expect(page.getByText(IGNORED)).toBeVisible();
      await expect(page.getByRole('group', { name: ROLE })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('typed into the address of a result, it leaves the result for the first question, and says so', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('guide/#roll=frivarden&forvaltning=nordost');
    await expect(page.getByRole('group', { name: FIRST_CONTACT })).toBeVisible();
    await expect(page.getByText(IGNORED)).toBeHidden();
    await page.evaluate(() => {
      location.hash = '%E0%A4%A';
    });
    await expect(page.getByText(IGNORED)).toBeVisible();
    await expect(page.getByRole('group', { name: ROLE })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('a typed date whose weekday is another day\'s', () => {
  const DATE_QUESTION = guideQuestion('frigivning').fraga;
  const BEFORE_DATE = { roll: 'funktionsstod', forstaKontakt: 'frivarden', samtycke: 'ja' };
  const MISMATCH = 'Veckodagen stämmer inte: du skrev fredag, men 15 mars 2027 är en måndag.';

  test('the guide reads the numbers, says so as it is typed, and after Nästa says which date it used until the date is changed', async ({ page }) => {
    await page.goto(`guide/#${new URLSearchParams(BEFORE_DATE)}`);
    const field = page.getByLabel(DATE_QUESTION);
    await field.fill('fredag 15 mars 2027');
    await expect(page.locator('.guide__readback')).toHaveText(`Guiden läser datumet som måndag 15 mars 2027. ${MISMATCH}`);
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect(page).toHaveURL(/&frigivning=2027-03-15$/);
    const note = page.locator('[aria-live]').filter({ hasText: 'Guiden använder' });
    await expect(note).toHaveText(`Guiden använder måndag 15 mars 2027. ${MISMATCH} Ändra datumet om du menade en annan dag.`);
    // Still said further on, while that date stands (the next question for funktionsstöd: a signalled disability) …
    await page.getByRole('group', { name: guideQuestion('funktionsvariation').fraga }).getByLabel(answerText('funktionsvariation', 'nej'), { exact: true }).check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect(page).toHaveURL(/&frigivning=2027-03-15&/);
    await expect(note).toContainText('Guiden använder måndag 15 mars 2027.');
    // … and gone once the date is typed again without the mismatch.
    await page.goto(`guide/#${new URLSearchParams({ ...BEFORE_DATE, frigivning: '2027-03-15', andra: 'frigivning' })}`);
    await page.getByLabel(DATE_QUESTION).fill('måndag 15 mars 2027');
    await expect(page.locator('.guide__readback')).toHaveText('Guiden läser datumet som måndag 15 mars 2027.');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect(page).not.toHaveURL(/andra=/);
    await expect(page.getByText('Guiden använder')).toHaveCount(0);
  });
});
