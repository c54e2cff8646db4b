import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchRequests } from './support/requests';
import { buildFor, serveCopy, type ServedCopy } from './support/served-copy';
import { siteContent } from './support/process';
import {
  capitalsTerm,
  commonWord,
  glossaryTerms,
  guideQuestionFound,
  headingTerm,
  lineWithArea,
  misspelling,
  personOfUniqueSurname,
  repeatedWords,
  searchWords,
  shownPhones,
  shownTexts,
  stepPhrase,
  wordOfOneSection,
} from './support/search-cases';

/** Tests that do not depend on the base path run at the site root only (the undermapp project leaves out @en-gang: playwright.config.ts). */
const ONCE = { tag: '@en-gang' };

const routineTitle = (id: string) => siteContent().process.routines.find((routine) => routine.id === id)!.title;
const CITY = routineTitle('goteborgs-stad');
const NORDOST = routineTitle('nordost');
// What the tests search for is chosen from content/ by the property each needs (tests/support/search-cases.ts).
/** A word only one section of the Nordost routine uses, and no other text of the site. */
const LOCAL = wordOfOneSection('nordost');
/** The same, of the city's routine. */
const CITY_WORD = wordOfOneSection('goteborgs-stad');
/** An abbreviation the routines also write in lower case as another word (SIG, the pronoun "sig"). */
const CAPITALS = capitalsTerm();
/** The word most of the routines' sections use: more hits than one screen of results shows. */
const COMMON = commonWord();
const FAILED = 'Sökningen kunde inte köras just nu';
const PARTLY_FAILED = 'En del av sökningen kunde inte köras just nu';

const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.locator('.search-result');
/** The hit whose heading is `heading` (a section's heading, or a page's title for text above its first heading). */
const result = (page: Page, heading: string | RegExp) =>
  results(page).filter({
    has: page.getByRole('heading', { name: heading, exact: true }),
  });
const more = (page: Page) => page.getByRole('button', { name: /^Visa fler träffar/ });

/** Clicks "Visa fler träffar" until every hit is listed. */
async function showAll(page: Page) {
  await expect(results(page).first()).toBeVisible();
  while (await more(page).isVisible()) {
    const shown = await results(page).count();
    await more(page).click();
    await expect(results(page)).not.toHaveCount(shown);
  }
}

/** A hit's address without the words it carries to mark: path and section. */
async function target(link: Locator): Promise<string> {
  const url = new URL((await link.getAttribute('href'))!, 'http://x');
  return `${url.pathname}${url.hash}`;
}

test('a word of one section of the Nordost routine finds that passage, and marks the word', async ({ page }) => {
  await page.goto(`sok/?q=${encodeURIComponent(LOCAL.word)}`);
  await expect(status(page)).toContainText(`för ”${LOCAL.word}”`);
  const hit = result(page, LOCAL.section.heading);
  await expect(hit).toContainText(NORDOST);
  await expect(hit.locator('mark').first()).toContainText(new RegExp(LOCAL.word, 'i'));
  expect(await target(hit.getByRole('link'))).toMatch(new RegExp(`rutiner/nordost/#${LOCAL.section.id}$`));
  await expect(results(page).filter({ hasText: CITY })).toHaveCount(0);
});

/**
 * Runs `check` for each query, each a step of its own, on one page: the
 * first query by its address, each next one from the results page, as a
 * reader makes a new search (the page and its loaded index stay, the
 * results are replaced).
 */
async function eachQuery(page: Page, queries: string[], check: (query: string) => Promise<void>) {
  for (const [index, query] of queries.entries()) {
    await test.step(query, async () => {
      if (index === 0) await page.goto(`sok/?q=${encodeURIComponent(query)}`);
      else {
        await page.getByRole('main').getByRole('searchbox').fill(query);
        await page.getByRole('main').getByRole('button', { name: 'Sök' }).click();
      }
      await expect(status(page)).toContainText(`”${query}”`);
      await check(query);
    });
  }
}

test('every spelling of the model (a routine\'s search words) finds the routines that list it', ONCE, async ({ page }) => {
  const spellings = searchWords();
  expect(spellings.length, 'the routines list search words (sokord)').toBeGreaterThan(0);
  const title = new Map(siteContent().process.routines.map((routine) => [routine.id, routine.title]));
  await eachQuery(page, spellings.map(({ query }) => query), async (query) => {
    await showAll(page);
    for (const routine of spellings.find((spelling) => spelling.query === query)!.routines) {
      await expect(results(page).filter({ hasText: title.get(routine)! }).first()).toBeVisible();
    }
  });
});

// Issue 14: the passage or glossary entry that explains a term comes first, linking to its section:
// the abbreviations and the term the routines use most, and a routine's section headed by a term.
const explained: Array<{ query: string; heading: string; section: RegExp }> = [...glossaryTerms(2, 1), headingTerm()].map(({ query, heading, section }) => ({
  query,
  heading,
  section: new RegExp(`${section}$`),
}));
test('a term puts the entry or passage that explains it first, and leads to that section', ONCE, async ({ page }) => {
  for (const { query, heading, section } of explained) {
    await test.step(query, async () => {
      await page.goto(`sok/?q=${encodeURIComponent(query)}`);
      const first = results(page).first();
      await expect(first.getByRole('heading')).toHaveText(heading);
      expect(await target(first.getByRole('link'))).toMatch(section);
      await first.getByRole('link').click();
      const id = section.exec(page.url().replace(/\?[^#]*/, ''))?.[0].split('#')[1];
      expect(id, `${page.url()} is the section`).toBeTruthy();
      const landed = page.locator(`[id="${id}"]`);
      await expect(landed).toHaveText(heading);
      await expect(landed).toBeInViewport();
      // The term is marked where the reader lands, and nothing else.
      const marks = page.getByRole('main').locator('mark');
      await expect(marks.first()).toBeInViewport();
      const marked = await marks.allTextContents();
      expect(marked.map((text) => text.toLowerCase())).toEqual(marked.map(() => query.toLowerCase()));
    });
  }
});

// The order's rule (exactCaseFirst) is proved in src/lib/search.test.ts; here, that the page applies it.
test('an abbreviation (as "SIG") lists the hits with it as written before those with the lower-case word (the pronoun "sig")', ONCE, async ({ page }) => {
  await page.goto(`sok/?q=${encodeURIComponent(CAPITALS.term)}`);
  await expect(results(page)).toHaveCount(5);
  const marks = await results(page).evaluateAll((items) => items.map((item) => [...item.querySelectorAll('.search-result__excerpt mark')].map((mark) => mark.textContent)));
  await expect(results(page).first().getByRole('heading')).toHaveText(CAPITALS.term);
  // After the glossary entry (whose text is the expansion), every hit with the abbreviation comes before any with only the lower-case word.
  const withTerm = marks.slice(1).map((words) => words.includes(CAPITALS.term));
  expect(withTerm, JSON.stringify(marks)).toEqual([...withTerm].sort((a, b) => Number(b) - Number(a)));
  expect(withTerm.filter(Boolean).length, 'the passages and steps that write it are listed').toBeGreaterThanOrEqual(Math.min(4, CAPITALS.writtenIn));
  expect(withTerm, 'the lower-case word is still found').toContain(false);
});

test('the page a hit leads to marks the matched word in that section only, as written', async ({ page }) => {
  const { term, section } = CAPITALS;
  await page.goto(`sok/?q=${encodeURIComponent(term)}`);
  await result(page, section.heading).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`rutiner/${section.routine}/\\?markera=${term}#${section.id}$`));
  const marks = page.getByRole('main').locator('mark');
  await expect(marks).toHaveText([term]);
  await expect(marks).toBeInViewport();
});

test('snippets keep words apart: labels and values, the document header’s rows', ONCE, async ({ page }) => {
  await page.goto('sok/?q=Telefon');
  await expect(results(page).first()).toBeVisible();
  const phone = await results(page).locator('.search-result__excerpt').allTextContents();
  expect(
    phone.some((text) => shownPhones.some((number) => text.includes(`Telefon ${number}`))),
    phone.join('\n'),
  ).toBe(true);
  await page.goto('sok/?q=Dokumentsort');
  await expect(results(page).first()).toBeVisible();
  const header = await results(page).locator('.search-result__excerpt').allTextContents();
  expect(
    header.some((text) => siteContent().routines.some((routine) => text.includes(`Dokumentsort ${routine.data.dokumentsort}`))),
    header.join('\n'),
  ).toBe(true);
  for (const text of [...phone, ...header]) {
    expect(text, 'no label runs into its value').not.toMatch(/\p{Ll}\p{Lu}|\p{L}\d{3}|(Vem|Telefon|Enhet|Dokumentsort)[\p{L}\d]/u);
  }
});

/**
 * What the search of a build holds: each record's heading and text, read
 * from the fragments Pagefind wrote (gzip'd JSON behind the signature
 * "pagefind_dcd"), and the word list for "Menade du …?".
 */
function indexedTexts(dist: string): Array<{ where: string; text: string }> {
  const dir = join(dist, 'pagefind', 'fragment');
  const fragments = readdirSync(dir).map((file) => {
    const fragment = JSON.parse(
      gunzipSync(readFileSync(join(dir, file)))
        .subarray('pagefind_dcd'.length)
        .toString('utf8'),
    );
    return {
      where: fragment.url as string,
      text: `${fragment.meta.title} ${fragment.content}`,
    };
  });
  const words = JSON.parse(readFileSync(join(dist, 'pagefind', 'ord.json'), 'utf8')) as string[];
  return [...fragments, { where: 'ord.json', text: words.join(' ') }];
}

/**
 * Words content/'s prose writes with a capital inside (the accessibility
 * statement names JavaScript): the site shows them as written. Any other
 * such word in the index is two words run together. Prose only: a value
 * of one word is a name or an id (forstaKontakt), not text a page shows.
 */
const INNER_CAPITALS = new Set(
  shownTexts
    .filter((text) => /\s/.test(text.trim()))
    .flatMap((text) => text.split(/\s+/))
    .map((word) => word.replace(/^\P{L}+|\P{L}+$/gu, ''))
    .filter((word) => /\p{Ll}\p{Lu}/u.test(word)),
);

test('no two words run together anywhere in the index: no lower-case letter directly before a capital', ONCE, ({ baseURL }) => {
  const texts = indexedTexts(buildFor(baseURL!).dist);
  expect(texts.length).toBeGreaterThan(50);
  // "guidenSvara", "VemSocialsekreterare": a link or label and the text after it, with no space between.
  const glued = texts.flatMap(({ where, text }) =>
    text
      .split(/\s+/)
      .map((word) => word.replace(/^\P{L}+|\P{L}+$/gu, ''))
      .filter((word) => /\p{Ll}\p{Lu}/u.test(word) && !INNER_CAPITALS.has(word))
      .map((word) => `${where}: ${word}`),
  );
  expect(glued).toEqual([]);
});

test('the search page has one search field', ONCE, async ({ page }) => {
  await page.goto(`sok/?q=${encodeURIComponent(COMMON)}`);
  await expect(page.getByRole('search')).toHaveCount(1);
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('searchbox')).toHaveCount(0);
});

test('no passage is listed twice, and every hit can be shown', ONCE, async ({ page }) => {
  await page.goto(`sok/?q=${encodeURIComponent(COMMON)}`);
  await showAll(page);
  const count = Number(/^(\d+) träffar/.exec((await status(page).textContent()) ?? '')?.[1]);
  await expect(results(page)).toHaveCount(count);
  const targets = await Promise.all((await results(page).getByRole('link').all()).map(target));
  expect(new Set(targets).size, targets.join('\n')).toBe(targets.length);
  const excerpts = (await results(page).locator('.search-result__excerpt').allTextContents()).filter(Boolean);
  expect(new Set(excerpts).size, excerpts.join('\n')).toBe(excerpts.length);
  await expect(
    results(page).filter({
      has: page.locator('a[href*="roller/"][href*="#"]'),
    }),
  ).toHaveCount(0);
});

test('a step’s summary is found once, on the flowchart, not again on the role pages', ONCE, async ({ page }) => {
  const step = stepPhrase();
  await page.goto(`sok/?q=${encodeURIComponent(step.query)}`);
  await showAll(page);
  await expect(results(page).filter({ hasText: 'Flödesschema' })).toHaveCount(1);
  await expect(result(page, step.title)).toHaveCount(1);
  await expect(results(page).locator('a[href*="roller/"]')).toHaveCount(0);
});

test('"Visa fler träffar" lists the next hits and moves the keyboard to the first of them', ONCE, async ({ page }) => {
  await page.goto(`sok/?q=${encodeURIComponent(COMMON)}`);
  await expect(results(page)).toHaveCount(5);
  await expect(more(page)).toHaveText(/^Visa fler träffar \(\d+ till\)$/);
  await more(page).focus();
  await page.keyboard.press('Enter');
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).nth(5).getByRole('link')).toBeFocused();
});

// Which corrections are offered, and at most three, is the rule's (src/lib/search.test.ts); here, that the page offers them.
test('a misspelling gets "Menade du …?" with the site’s own words', ONCE, async ({ page, baseURL }) => {
  const { word, misspelt, offered } = misspelling(JSON.parse(readFileSync(join(buildFor(baseURL!).dist, 'pagefind', 'ord.json'), 'utf8')));
  await page.goto(`sok/?q=${encodeURIComponent(misspelt)}`);
  const suggestions = page.locator('.search-suggestions');
  await expect(suggestions).toContainText('Menade du');
  await expect(suggestions.getByRole('link')).toHaveText(offered);
  await suggestions.getByRole('link', { name: word, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`sok/\\?q=${encodeURIComponent(word)}$`));
  // The corrected search runs: its hits mark the word (a hit whose heading has it may mark nothing in its excerpt).
  await expect(results(page).locator('mark', { hasText: new RegExp(word.slice(0, -1), 'i') }).first()).toBeVisible();
  await expect(page.locator('.search-suggestions')).toBeHidden();
});

test('a nonsense query says there are no hits, and suggests nothing', ONCE, async ({ page }) => {
  await page.goto('sok/?q=qxzvbnmlk');
  await expect(status(page)).toHaveText(/^Inga träffar för ”qxzvbnmlk”/);
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('.search-suggestions')).toBeHidden();
});

test('an empty query says there are no hits and what to do', ONCE, async ({ page }) => {
  await page.goto('sok/?q=');
  await expect(status(page)).toHaveText('Inga träffar: skriv ett eller flera ord att söka efter.');
});

test('the search page without a query just offers the field', ONCE, async ({ page }) => {
  await page.goto('sok/');
  await expect(page.getByRole('searchbox', { name: 'Sök i rutinerna' })).toBeVisible();
  await expect(status(page)).toHaveText('');
});

test('markup in the query is shown as text, never run', ONCE, async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto(`sok/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(status(page)).toContainText('Inga träffar för ”<img src=x onerror=alert(1)>”');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test('the header search on any page lands on the results', async ({ page }) => {
  await page.goto('rutiner/goteborgs-stad/');
  const header = page.getByRole('banner');
  await header.getByRole('searchbox', { name: 'Sök i rutinerna' }).fill(LOCAL.word);
  await header.getByRole('searchbox', { name: 'Sök i rutinerna' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`sok/\\?q=${encodeURIComponent(LOCAL.word)}$`));
  await expect(result(page, LOCAL.section.heading)).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(LOCAL.word);
});

test('a new search from the results page replaces the results', ONCE, async ({ page }) => {
  await page.goto(`sok/?q=${encodeURIComponent(LOCAL.word)}`);
  await expect(result(page, LOCAL.section.heading)).toBeVisible();
  await page.getByRole('main').getByRole('searchbox').fill(CITY_WORD.word);
  await page.getByRole('main').getByRole('button', { name: 'Sök' }).click();
  await expect(results(page).filter({ hasText: CITY }).first()).toBeVisible();
  await expect(result(page, LOCAL.section.heading)).toHaveCount(0);
});

test('a person’s name finds their card, once, and leads to it with the name marked', async ({ page }) => {
  const person = personOfUniqueSurname();
  await page.goto(`sok/?q=${encodeURIComponent(person.surname)}`);
  await expect(results(page)).toHaveCount(1);
  const card = result(page, person.name);
  await expect(card).toContainText('Kontakter');
  await card.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`kontakter/\\?(.+&)?markera=${encodeURIComponent(person.surname)}(&.+)?#${person.id}$`));
  const heading = page.getByRole('heading', { name: person.name });
  await expect(heading).toBeInViewport();
  await expect(heading.locator('mark')).toHaveText(person.surname);
});

test('an area finds its reception line on the contact list', ONCE, async ({ page }) => {
  const line = lineWithArea();
  await page.goto(`sok/?q=${encodeURIComponent(line.area)}`);
  await expect(result(page, line.name)).toContainText('Kontakter');
});

test("the guide's questions are not search results", ONCE, async ({ page }) => {
  const question = guideQuestionFound();
  await page.goto(`sok/?q=${encodeURIComponent(question)}`);
  await expect(status(page)).toContainText(`för ”${question}”`);
  // The question's words are the routines', so the search finds passages, and would find the guide too.
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('.search-result a[href*="guide/"]')).toHaveCount(0);
});

// Whether a broken index is told does not depend on the base path: the sub-path's working search is proved above.
test.describe('with parts of the search index missing (a copy of the build, served apart)', ONCE, () => {
  test.describe.configure({ mode: 'serial' });
  let copy: ServedCopy;

  test.beforeAll(async ({ baseURL }) => {
    copy = await serveCopy(baseURL!);
  });

  test.afterAll(async () => {
    await copy?.close();
  });

  test('one missing fragment: the other hits still show, and the page says part of the search failed', async ({ browser }) => {
    const first = await browser.newContext();
    const page = await first.newPage();
    const fragments = watchRequests(page, (request) => request.url().includes('/pagefind/fragment/'));
    await page.goto(`${copy.url}sok/?q=${encodeURIComponent(COMMON)}`);
    await expect(results(page)).toHaveCount(5);
    expect(fragments).toHaveLength(5);
    await first.close();

    rmSync(join(copy.dir, 'pagefind', 'fragment', new URL(fragments[0]!).pathname.split('/').pop()!));
    await copy.restart();
    const broken = await (await browser.newContext()).newPage();
    await broken.goto(`${copy.url}sok/?q=${encodeURIComponent(COMMON)}`);
    await expect(status(broken)).toContainText(PARTLY_FAILED);
    await expect(status(broken)).toContainText('1 träff kunde inte visas');
    await expect(results(broken)).toHaveCount(4);
    await expect(status(broken)).not.toContainText('Inga träffar');
    await broken.context().close();
  });

  test('the index missing: the page says the search could not run, not that nothing was found', async ({ page }) => {
    rmSync(join(copy.dir, 'pagefind', 'index'), { recursive: true });
    await copy.restart();
    await page.goto(`${copy.url}sok/?q=${encodeURIComponent(COMMON)}`);
    await expect(status(page)).toHaveText(new RegExp(`^${FAILED}`));
    await expect(results(page)).toHaveCount(0);
  });

  test('the search code missing: the page says the search could not run', async ({ page }) => {
    rmSync(join(copy.dir, 'pagefind', 'pagefind.js'));
    await copy.restart();
    await page.goto(`${copy.url}sok/?q=${encodeURIComponent(LOCAL.word)}`);
    await expect(status(page)).toHaveText(new RegExp(`^${FAILED}`));
  });
});

test.describe('a hit’s address with a broken fragment', () => {
  for (const fragment of ['#%', '#%E0%A4%A']) {
    test(`"?markera=<a word on the page>${fragment}": the routine page opens, marks nothing and throws nothing`, ONCE, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`rutiner/${CAPITALS.section.routine}/?markera=${encodeURIComponent(CAPITALS.term)}${fragment}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      await expect(page.getByRole('main').locator('mark')).toHaveCount(0);
    });
  }
});

test.describe('a search that cannot run says so and points to the routines (a copy of the build, broken one way each)', ONCE, () => {
  let copy: ServedCopy;

  test.beforeEach(async ({ baseURL }) => {
    copy = await serveCopy(baseURL!);
  });

  test.afterEach(async () => {
    await copy?.close();
  });

  /** Opens a search of the broken copy; the page's errors are collected. */
  async function search(page: Page, query: string): Promise<string[]> {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${copy.url}sok/?q=${encodeURIComponent(query)}`);
    return errors;
  }

  async function expectFailed(page: Page) {
    await expect(status(page)).toHaveText(`${FAILED}. Försök igen, eller läs rutinerna från startsidan.`);
    await expect(results(page)).toHaveCount(0);
  }

  test('Pagefind’s WebAssembly cut short', ONCE, async ({ page }) => {
    const wasm = readdirSync(join(copy.dir, 'pagefind')).filter((file) => file.startsWith('wasm.'));
    expect(wasm.length).toBeGreaterThan(0);
    for (const file of wasm) {
      const path = join(copy.dir, 'pagefind', file);
      writeFileSync(path, readFileSync(path).subarray(0, 1000));
    }
    const errors = await search(page, COMMON);
    await expectFailed(page);
    expect(errors).toEqual([]);
  });

  test('Pagefind’s pagefind-entry.json broken', ONCE, async ({ page }) => {
    writeFileSync(join(copy.dir, 'pagefind', 'pagefind-entry.json'), '{"version":"1.6.0","languages":{');
    const errors = await search(page, COMMON);
    await expectFailed(page);
    expect(errors).toEqual([]);
  });

  for (const { query, what } of [
    { query: COMMON, what: 'a word of the site' },
    { query: 'qxzvbnmlk', what: '"qxzvbnmlk"' },
  ]) {
    test(`the index and the word list both missing, searching ${what}`, ONCE, async ({ page }) => {
      rmSync(join(copy.dir, 'pagefind', 'index'), { recursive: true });
      rmSync(join(copy.dir, 'pagefind', 'ord.json'));
      await search(page, query);
      await expectFailed(page);
    });
  }

  test('the index missing, searching a word the site does not use: not "Inga träffar" either', ONCE, async ({ page }) => {
    rmSync(join(copy.dir, 'pagefind', 'index'), { recursive: true });
    await search(page, 'qxzvbnmlk');
    await expectFailed(page);
  });

  test('the search page’s own script missing', ONCE, async ({ page }) => {
    const html = readFileSync(join(copy.dir, 'sok', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]* src="[^"]*\/(_astro\/[^"]+\.js)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) rmSync(join(copy.dir, script));
    await search(page, LOCAL.word);
    const message = page.getByRole('main').getByText(FAILED);
    await expect(message).toBeVisible({ timeout: 10_000 });
    await expect(message.getByRole('link', { name: 'startsidan' })).toHaveAttribute('href', new URL(copy.url).pathname);
  });
});

test.describe('a search far longer than anyone types', ONCE, () => {
  const LIMIT = 'Sökrutan tar högst 200 tecken. Det som kommer efter söks inte.';
  const long = `${LOCAL.word} ${'x'.repeat(10_000)}`;

  test('pasted into the header’s field: the field keeps what it can send, and the results say the rest was not searched', ONCE, async ({ page }) => {
    await page.goto('rutiner/nordost/');
    const field = page.getByRole('banner').getByRole('searchbox', { name: 'Sök i rutinerna' });
    await field.fill(long);
    expect((await field.inputValue()).length).toBeLessThanOrEqual(200);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes('sok/?q=')), field.press('Enter')]);
    expect(response.status()).toBe(200);
    expect(new URL(response.url()).searchParams.get('q')!.length).toBeLessThanOrEqual(200);
    await expect(page.getByRole('main').getByText(LIMIT)).toBeVisible();
    await expect(status(page)).not.toHaveText(new RegExp(FAILED));
  });

  test('typed or pasted on the search page: it says so at once, and no more when the text is shortened', ONCE, async ({ page }) => {
    await page.goto('sok/');
    const field = page.getByRole('main').getByRole('searchbox');
    await field.fill(long);
    await expect(page.getByRole('main').getByText(LIMIT)).toBeVisible();
    await field.fill(LOCAL.word);
    await expect(page.getByRole('main').getByText(LIMIT)).toHaveCount(0);
  });

  test('in an address made by hand: the first 200 characters are searched, and the page says so', ONCE, async ({ page }) => {
    // Long, but short enough for the server to answer (an address over 8 KB gets its 414).
    const query = long.slice(0, 2_000);
    await page.goto(`sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('main').getByText(LIMIT)).toBeVisible();
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(query.slice(0, 200));
    await expect(status(page)).toContainText(`för ”${query.slice(0, 200)}”`);
  });
});

/**
 * Issue 18: the flowchart's list and the role pages repeat the routines'
 * text; a word of the routine finds the routine's own passage among the
 * first five hits (one screen of results), before those views, and the
 * glossary entry first for a term it explains. The routines' text and the
 * glossary's terms are read from content/.
 */
test.describe('issue 18: search finds the routine first', ONCE, () => {
  // Its header too: the page shows it (the document header, the model's spellings).
  const routines = siteContent().routines.map((routine) => ({ id: routine.id, text: `${JSON.stringify(routine.data)} ${routine.body}`.toLocaleLowerCase('sv') }));
  const glossary = siteContent().glossary;
  /** A word as the routines may inflect it: "utredningar" is "utredning", "utredningen" there. */
  const stem = (word: string) => word.toLocaleLowerCase('sv').slice(0, Math.max(4, word.length - 2));

  test('a word of a routine finds that routine among the first five hits, before the views that repeat it', ONCE, async ({ page }) => {
    await eachQuery(page, repeatedWords(8), async (query) => {
      await expect(results(page).first()).toBeVisible();
      const first = await Promise.all((await results(page).all()).slice(0, 5).map((hit) => target(hit.getByRole('link').first())));
      const saying = routines.filter((routine) => routine.text.includes(stem(query)));
      expect(saying.length, `a routine says "${query}"`).toBeGreaterThan(0);
      for (const routine of saying) {
        // The current text, not an earlier revision's page (/rutiner/<id>/<date>/).
        const at = first.findIndex((url) => new RegExp(`/rutiner/${routine.id}/(#|$)`).test(url));
        expect(at, `${routine.id} among ${first.join(', ')}`).toBeGreaterThanOrEqual(0);
        const view = first.findIndex((url) => /\/(flodesschema|roller)\//.test(url));
        if (view >= 0) expect(at, `${routine.id} before the views: ${first.join(', ')}`).toBeLessThan(view);
      }
      const entry = glossary.find((candidate) =>
        [...candidate.term.split(' / '), ...(candidate.former ?? [])].some((term) => term.toLocaleLowerCase('sv').split(/\s+/).includes(query.toLocaleLowerCase('sv'))),
      );
      if (entry) expect(first[0]).toMatch(new RegExp(`/ordlista/#${entry.id}$`));
    });
  });
});
