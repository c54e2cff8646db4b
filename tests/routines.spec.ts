import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { routineBlocks } from '../src/lib/routine-text/blocks';
import { contactParagraphs } from '../src/lib/routine-text/contact-text';
import { sections } from '../src/lib/process/source-text';
import { siteContent } from './support/process';
import { decidedWords, headerRows, routineHeader } from './support/routine-header';
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
  // The units the section draws from content/kontakter.yaml (<Kontaktuppgifter enhet="…" />), and what their data holds.
  const shown = new Set(routineBlocks(siteContent().routines.find((routine) => routine.id === 'nordost')!.body).flatMap((block) => block.component?.attributes.enhet ?? []));
  const units = siteContent().contacts.units.filter((unit) => shown.has(unit.id));
  const people = siteContent().contacts.people.filter((person) => shown.has(person.enhet));
  const digits = (written: string) => written.replace(/\D/g, '');
  const data = {
    names: new Set(people.map((person) => person.namn)),
    phones: new Set([...units.flatMap((unit) => unit.linjer.map((line) => digits(line.telefon.written))), ...people.flatMap((person) => person.telefon.map((phone) => digits(phone.written)))]),
    emails: new Set([...units.flatMap((unit) => unit.linjer.flatMap((line) => line.funktionsbrevlada ?? [])), ...people.map((person) => person.epost)]),
  };
  // Data the owner checked after the routine was decided may be newer than the document (the content check
  // warns only about older data, src/content-pipeline/decided.ts); the page shows the data, and what the data
  // still holds as the document writes it.
  const newer = units.some((unit) => unit.kontrollerad && unit.kontrollerad >= routineHeader('nordost').senastReviderad);
  const held = {
    people: source.people.filter(({ name }) => data.names.has(name)),
    phones: source.phones.filter(({ digits: number }) => data.phones.has(number)),
    emails: source.emails.filter((address) => data.emails.has(address)),
    lines: source.lines.filter(({ name }) => units.some((unit) => unit.linjer.some((line) => line.namn === name))),
    hours: units.some((unit) => unit.oppettider && normalise(unit.oppettider.text) === source.hours) ? [source.hours] : [],
  };
  if (!newer) {
    // The source was read whole: as many people, numbers and addresses as the contact data of those units has, and the same.
    expect([source.people.length, source.phones.length, source.emails.length], 'people, numbers, addresses').toEqual([data.names.size, [...people.flatMap((p) => p.telefon), ...units.flatMap((u) => u.linjer)].length, data.emails.size]);
    expect(held).toEqual({ people: source.people, phones: source.phones, emails: source.emails, lines: source.lines, hours: [source.hours] });
  }
  await page.goto(pages.nordost);
  const main = page.getByRole('main');
  const text = normalise(await main.innerText());
  // The data's words as the content check reads them (src/lib/routine-text/contact-text.ts); a number's dash as the page writes it.
  const dashed = (words: string) => normalise(words).replace(/(\d)\s*[–-]\s*(\d)/g, '$1-$2');
  for (const unit of units) {
    for (const paragraph of contactParagraphs(unit, people)) expect(dashed(text), `${unit.id} in content/kontakter.yaml`).toContain(dashed(paragraph));
  }
  for (const { name, title } of held.people) expect(text, name).toContain(`${name}, ${title}`);
  for (const { name } of held.lines) expect(text, name).toContain(`${name}: `);
  for (const hours of held.hours) expect(text).toContain(hours);
  const inSource = new Set(source.phones.map((phone) => phone.digits));
  const tel = await main.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
  const telFromSource = tel.filter(([href]) => (newer ? inSource.has(href!.replace('tel:+46', '0')) : true));
  expect(telFromSource.map(([href]) => href!.replace('tel:+46', '0'))).toEqual(held.phones.map((phone) => phone.digits));
  expect(telFromSource.map(([, shownAs]) => shownAs!.replace(/\D/g, ''))).toEqual(held.phones.map((phone) => phone.digits));
  const mailto = await main.locator('a[href^="mailto:"]').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
  const mailFromSource = mailto.filter(([, address]) => (newer ? source.emails.includes(address!) : true));
  expect(mailFromSource).toEqual(held.emails.map((address) => [`mailto:${address}`, address]));
});

// The header's values are the frontmatter's (content/rutiner/<id>.mdx), and each is the decided document's own.
for (const id of routineIds) {
  test(`${id}: the document header shows every field of the source`, ONCE, async ({ page }) => {
    const rows = headerRows(id);
    const decided = decidedWords(id);
    for (const { term, values, inDocument } of rows) {
      if (inDocument) for (const value of values) expect(decided, `${term} in the decided document`).toContain(value);
    }
    await page.goto(pages[id]);
    const header = page.getByRole('region', { name: 'Dokumentuppgifter' });
    for (const { term, values } of rows) {
      const row = header.locator('.document-header__row').filter({ has: page.locator('dt', { hasText: term }) });
      await expect(row.locator('dd'), term).toHaveText(values);
    }
    await expect(header.locator('dt')).toHaveText(rows.map(({ term }) => term));
  });
}

// A routine whose owner keeps no earlier text: its history is the header's
// dates, and says that the earlier texts are not on the site. (Kept versions,
// their pages and comparisons: tests/revisions.spec.ts, over dist-versioner/.)
const keepsNoEarlierText = (id: string) => !siteContent().versions.some((version) => version.routine === id);
for (const id of routineIds.filter(keepsNoEarlierText)) {
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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(routineHeader('nordost').title);
  const order = await page.evaluate(() => {
    const header = document.querySelector('.document-header')!;
    const firstSection = document.querySelector('#bakgrund')!;
    return header.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
});

test('a section can be linked to by its Swedish slug', ONCE, async ({ page }) => {
  // The sections as the routine's MDX heads them; the steps cite them by these ids.
  const headed = sections(siteContent().routines.find((routine) => routine.id === 'goteborgs-stad')!.body).filter((section) => section.id);
  const swedish = headed.filter((section) => /[åäöÅÄÖ]/.test(section.heading));
  expect(swedish.length, 'a heading with å, ä or ö').toBeGreaterThan(0);
  const linked = swedish.at(-1)!;
  await page.goto(`${pages['goteborgs-stad']}#${linked.id}`);
  await expect(page.locator(`#${linked.id}`)).toBeInViewport();
  for (const { id, heading } of headed) {
    // Lower case, å, ä and ö without their marks, a hyphen between words.
    expect(id, heading).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
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
  const city = routineHeader(routineHeader('nordost').kompletterar!);
  // The routine's own link to the city's routine, as its MDX writes it ("[name](/rutiner/<id>/)").
  const body = siteContent().routines.find((routine) => routine.id === 'nordost')!.body;
  const ownLink = new RegExp(`\\[([^\\]]+)\\]\\(/rutiner/${routineHeader('nordost').kompletterar}/\\)`).exec(body)![1]!;
  await page.goto(pages.nordost);
  await page.getByText('Kompletterar').getByRole('link', { name: city.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(city.title);
  await page.goBack();
  await page.getByRole('link', { name: ownLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(city.title);
});

test('the template text of the city routine is there but folded away', ONCE, async ({ page }) => {
  // The template's summary and its longest paragraph, as the MDX writes them inside <details class="mall">.
  const mdx = readFileSync(`${process.env.INSLUSS_CONTENT_ROOT ?? '.'}/content/rutiner/goteborgs-stad.mdx`, 'utf8');
  const summary = /<details class="mall">\s*<summary>([^<]+)<\/summary>/.exec(mdx)![1]!;
  const paragraph = routineBlocks(mdx)
    .filter((block) => block.template && block.kind === 'text')
    .map((block) => block.text)
    .reduce((longest, text) => (text.length > longest.length ? text : longest), '');
  await page.goto(pages['goteborgs-stad']);
  const details = page.locator('details').filter({ has: page.locator('summary', { hasText: summary }) });
  await expect(details.getByText(paragraph)).toBeHidden();
  await details.locator('summary').click();
  await expect(details.getByText(paragraph)).toBeVisible();
});

test('the footer names the owner and the revision date of the routine shown', ONCE, async ({ page }) => {
  const [shown, other] = [routineHeader('nordost'), routineHeader('goteborgs-stad')];
  expect(other.dokumentansvarig).not.toBe(shown.dokumentansvarig);
  await page.goto(pages.nordost);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(shown.dokumentansvarig);
  await expect(footer).toContainText(shown.senastReviderad);
  await expect(footer).not.toContainText(other.dokumentansvarig);
});
