import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { STORAGE_KEYS } from '../src/lib/seen-revisions.ts';
import { expectNoAxeViolations } from './support/axe';
import { sections } from '../src/lib/process/source-text.ts';
import { answerText, guideGroup, guideQuestion, modelRoles, modelSteps, siteContent } from './support/process';
import { routines } from './support/offline';
import { NOTES } from '../src/lib/guide/notes.ts';
import { nextPage, offeredOptions, type NoteId } from '../src/lib/guide/engine.ts';
import { guideModel } from '../src/lib/guide/guide-model.ts';
import { question } from '../src/lib/guide/guide-questions.ts';
import { readState } from '../src/lib/guide/url-state.ts';

// "Today" for every test: Monday 23 November 2026, in Swedish time.
const NOW = new Date('2026-11-23T10:00:00+01:00');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

/** The guide's address for a set of answers: the state after "#", never in the query. */
const guide = (answers: Record<string, string>) => `guide/#${new URLSearchParams(answers)}`;

const VUXEN_NORDOST = {
  roll: 'vuxenenheten',
  forvaltning: 'nordost',
  forstaKontakt: 'frivarden',
  samtycke: 'ja',
  frigivning: '2027-03-03',
  naraFrigivning: 'nej',
  behov: 'ja',
  befintligKontakt: 'nej',
  funktionsvariation: 'ja',
  alder1824: 'ja',
};
const VUXEN_STAD = { roll: 'vuxenenheten', forvaltning: 'sydvast', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-03-03', naraFrigivning: 'nej', behov: 'nej', befintligKontakt: 'nej', alder1824: 'nej' };
const FS_NORDOST = { roll: 'forsorjningsstod', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-01-22', befintligKontakt: 'nej' };
/** The case: vuxenenheten, Nordost, release in three months, need, no contact, no disability, not 18–24. */
const THREE_MONTHS = { ...VUXEN_NORDOST, frigivning: '2027-02-23', funktionsvariation: 'nej', alder1824: 'nej' };

/** Answers the current question with the mouse. */
async function choose(page: Page, legend: string, option: string) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel(option, { exact: true }).check();
  await page.getByRole('button', { name: 'Nästa' }).click();
}

const DATE_QUESTION = guideQuestion('frigivning').fraga;

async function date(page: Page, value: string) {
  await page.getByLabel(DATE_QUESTION).fill(value);
  await page.getByRole('button', { name: 'Nästa' }).click();
}

// The questions as content/process/fragor.yaml words them.
const ROLE = guideQuestion('roll').fraga;
const ADMINISTRATION = guideQuestion('forvaltning').fraga;
const FIRST_CONTACT = guideQuestion('forstaKontakt').fraga;
const CONSENT = guideQuestion('samtycke').fraga;
/** The page that asks the yes/no facts of the case together, and its last, exclusive box. */
const FACTS = guideGroup('omArendet').fraga;
const NONE = guideGroup('omArendet').ingetAvDetta;
/** A fact's checkbox: the question as a statement. */
const statement = (id: string) => guideQuestion(id).kryssruta!;

/** Answers the facts of the case with the mouse: the questions `yes` checked, or "none of these". */
async function facts(page: Page, yes: string[]) {
  const group = page.getByRole('group', { name: FACTS });
  for (const id of yes) await group.getByLabel(statement(id), { exact: true }).check();
  if (yes.length === 0) await group.getByLabel(NONE, { exact: true }).check();
  await page.getByRole('button', { name: 'Nästa' }).click();
}

/** A step's title, after its number where it has one ("3. " and the title). */
const exactly = (text: string) => new RegExp(`^(\\d+\\. )?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
/** A step's detail, wherever it is listed (my steps, under a condition, others'); folded ones too. */
const stepTitled = (page: Page, title: string) => page.locator('.guide__step').filter({ has: page.locator('.step__title', { hasText: exactly(title) }) });
/** A line of "Mina steg". */
const lineFor = (page: Page, title: string) => page.locator('.checklist__item').filter({ has: page.getByRole('link', { name: title, exact: true }) });
const mine = (page: Page) => page.getByRole('region', { name: 'Mina steg i detalj' });
const others = (page: Page) => page.getByRole('region', { name: 'Andras steg som berör dig' });
/** Steps under a condition the guide does not ask about, listed apart from those that apply. */
const conditional = (page: Page) => page.getByRole('region', { name: 'Steg som gäller bara om något mer stämmer' });
const result = (page: Page) => page.getByRole('heading', { name: 'Mina steg', exact: true });
/** A step as content/process/steg.yaml writes it, by its id (a stable key; its title and words are the owner's). */
const stepOf = (id: string) => modelSteps().find((step) => step.id === id)!;
/** A step's title as content/process/steg.yaml writes it. */
const titleOf = (id: string) => stepOf(id).titel;
/** A role's name as content/process/roller.yaml writes it: the role question's answer and its page's heading. */
const roleName = (id: string) => modelRoles().find((role) => role.id === id)!.namn;
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
/** A routine's header as content/rutiner/ writes it. */
const routineOf = (id: string) => siteContent().routines.find((routine) => routine.id === id)!.data;
/** The "Ändra …" link of an answer under "Dina svar", by the question's svarsrubrik. */
const changeLink = (id: string) => `Ändra ${guideQuestion(id).svarsrubrik!.toLocaleLowerCase('sv')}`;
/** A step's first source as a calendar event names it (comma escaped): "<routine's title>\\, avsnittet ”<heading>”". */
const calendarSource = (id: string) => {
  const source = stepOf(id).kallor[0]!;
  const routine = siteContent().routines.find((candidate) => candidate.id === source.dokument)!;
  const heading = sections(routine.body).find((section) => section.id === source.avsnitt)!.heading;
  const escaped = (text: string) => text.replace(/([\\;,])/g, '\\$1');
  return `${escaped(routine.data.title)}\\, avsnittet ”${escaped(heading)}”`;
};

test('vuxenenhet in Nordost, the full case, with the mouse: my steps first, dated; no request carries an answer', async ({ page, baseURL }) => {
  // Seven questions answered and axe three times: on a loaded machine, more than one page load's worth.
  test.slow();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  await page.goto('guide/');
  await expectNoAxeViolations(page);
  await choose(page, ROLE, roleName('vuxenenheten'));
  await expect(page.getByRole('group', { name: ADMINISTRATION }).locator('legend')).toBeFocused();
  await choose(page, ADMINISTRATION, answerText('forvaltning', 'nordost'));
  await choose(page, FIRST_CONTACT, answerText('forstaKontakt', 'frivarden'));
  await choose(page, CONSENT, answerText('samtycke', 'ja'));
  await expectNoAxeViolations(page);
  await date(page, '2027-03-03'); // in 100 days
  await facts(page, ['behov', 'funktionsvariation', 'alder1824']);

  await expect(result(page)).toBeFocused();
  await expect(page.getByText('Planerad frigivning: onsdag 3 mars 2027, om 100 dagar räknat från måndag 23 november 2026.')).toBeVisible();
  // "Mina steg": one line per own step, with its timing, linked to its detail.
  await expect(lineFor(page, titleOf('videosamtal'))).toContainText(stepOf('videosamtal').tid!.text);
  await expect(lineFor(page, titleOf('samverkan-under-overvakningen'))).toContainText('från onsdag 3 mars 2027');
  await expect(lineFor(page, titleOf('inleda-utredning'))).toContainText('rutinen anger ingen tid');
  for (const title of [
    titleOf('videosamtal'),
    titleOf('kontakta-ekonomiskt-bistand'),
    titleOf('funktionsstod-fran-start'),
    titleOf('sig'),
  ]) {
    const step = mine(page).locator('.guide__step').filter({ has: page.locator('.step__title', { hasText: exactly(title) }) });
    await expect(step, title).toHaveCount(1);
    // The summary is shown; the routine's words wait behind "Rutinens text".
    await expect(step.locator('.step__description')).toBeVisible();
    await expect(step.getByText('Gäller', { exact: true })).toBeVisible();
    await expect(step.locator('blockquote').first()).toBeHidden();
    await step.getByText('Rutinens text').click();
    await expect(step.locator('blockquote').first()).toBeVisible();
    await expect(step.getByText('Källa:').first()).toBeVisible();
  }
  await expect(stepTitled(page, titleOf('kontakta-befintlig-handlaggare'))).toHaveCount(0);
  // Others' steps that concern me: folded, then opened.
  const consent = others(page).locator('.guide__step').filter({ hasText: titleOf('samtycke') });
  await expect(consent).toBeHidden();
  await others(page).getByText(/^Visa \d+ steg som andra gör$/).click();
  await expect(consent).toBeVisible();
  await expect(consent).toContainText(`Vem${roleName('frivarden')}`);
  await expectNoAxeViolations(page);

  // The whole run: the answers are in the fragment, and no request carried one.
  expect(page.url()).toBe(`${baseURL}guide/#${new URLSearchParams(VUXEN_NORDOST)}`);
  const answered = ['vuxenenheten', 'nordost', 'frivarden', '2027-03-03', '20270303', 'samtycke', 'frigivning', 'behov', 'alder1824', 'roll=', '#'];
  const carrying = requests.filter((line) => answered.some((value) => line.includes(value)) || !line.startsWith('GET ') || line.includes('?'));
  expect(carrying).toEqual([]);
  expect(requests.length).toBeGreaterThan(2);
  // Nor are they stored, and the page says exactly that. The device keeps only which revision of each
  // routine it last showed (the change line, src/lib/seen-revisions.ts): the routines' own dates, no answer.
  const stored = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie }));
  expect(stored.cookies).toBe('');
  const revisions = Object.fromEntries(routines().map((routine) => [routine.id, routine.senastReviderad]));
  expect(Object.keys(stored.local)).toEqual([STORAGE_KEYS.device]);
  expect(JSON.parse(stored.local[STORAGE_KEYS.device]!)).toEqual(revisions);
  expect(Object.keys(stored.session)).toEqual([STORAGE_KEYS.visit]);
  expect(JSON.parse(stored.session[STORAGE_KEYS.visit]!)).toEqual(revisions);
  await expect(page.locator('.privacy')).toContainText('Guiden frågar inte efter personuppgifter och sparar eller skickar inga svar');
  await expect(page.locator('.privacy')).toContainText('de står bara efter # i adressen, den del som webbläsaren inte skickar');
  await expect(page.locator('.privacy')).toContainText('De finns kvar i webbläsarens historik och i länkar du kopierar eller delar.');
});

/**
 * On the question `id`: Tab to its radios, pick the answer `value` with the arrow keys, Tab to Nästa, Enter.
 * How far down it is the model's to say: its place among the answers the guide offers after those in the
 * address, in content/process/fragor.yaml's (or the roles', the administrations') order.
 */
async function pickByKeyboard(page: Page, id: string, value: string) {
  const group = page.getByRole('group', { name: guideQuestion(id).fraga });
  await expect(group).toBeVisible();
  // The guide is ready once "Nästa" can be used (it loads once the page is drawn).
  await expect(page.getByRole('button', { name: 'Nästa' })).toBeEnabled();
  const model = guideModel(siteContent().process);
  const { answers } = readState(new URL(page.url()).hash, model);
  const index = offeredOptions(model, question(model, id), answers).findIndex((option) => option.value === value);
  if (index < 0) throw new Error(`The guide's question "${id}" offers no answer "${value}" after ${JSON.stringify(answers)} (content/process/)`);
  const radio = group.getByRole('radio').first();
  for (let i = 0; i < 40 && !(await radio.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(radio).toBeFocused();
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio').nth(index)).toBeChecked();
  await expect(group.getByLabel(id === 'roll' ? roleName(value) : answerText(id, value), { exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Nästa' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Types the release date into the date question with the keyboard and goes on. */
async function dateByKeyboard(page: Page, value: string) {
  const field = page.getByLabel(DATE_QUESTION);
  await expect(field).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nästa' })).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type(value);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

/** On the facts' page: Tab through its checkboxes, Space on those of `yes` (or on "none of these"), Tab to Nästa, Enter. */
async function factsByKeyboard(page: Page, yes: string[]) {
  const group = page.getByRole('group', { name: FACTS });
  await expect(group).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nästa' })).toBeEnabled();
  const boxes = group.getByRole('checkbox');
  const labels = await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels![0]!.textContent!.trim()));
  const wanted = yes.length ? yes.map(statement) : [NONE];
  for (let i = 0; i < 40 && !(await boxes.first().evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  for (const [index, label] of labels.entries()) {
    await expect(boxes.nth(index)).toBeFocused();
    if (wanted.includes(label)) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  for (const label of wanted) await expect(group.getByLabel(label, { exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Nästa' })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('the vuxenenhet case by keyboard alone', async ({ page }) => {
  await page.goto('guide/');
  await pickByKeyboard(page, 'roll', 'vuxenenheten');
  await pickByKeyboard(page, 'forvaltning', 'nordost');
  await pickByKeyboard(page, 'forstaKontakt', 'frivarden');
  await pickByKeyboard(page, 'samtycke', 'ja');
  await dateByKeyboard(page, '2027-03-03');
  await factsByKeyboard(page, ['behov', 'funktionsvariation', 'alder1824']);
  await expect(result(page)).toBeFocused();
  for (const title of [titleOf('videosamtal'), titleOf('kontakta-ekonomiskt-bistand'), titleOf('sig')]) {
    await expect(lineFor(page, title), title).toHaveCount(1);
  }
  // A line of "Mina steg" leads to its detail, and the answers stay in the address.
  const url = page.url();
  const link = lineFor(page, titleOf('videosamtal')).getByRole('link');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(stepTitled(page, titleOf('videosamtal'))).toBeInViewport();
  await expect(page).toHaveURL(url);
  await expect(lineFor(page, titleOf('videosamtal'))).toHaveCount(1);
});

test('the other paths by keyboard: försörjningsstöd, no consent, outside Nordost, first contact, initiated late', async ({ page }) => {
  // Försörjningsstöd in Nordost, release in 60 days.
  await page.goto('guide/');
  await pickByKeyboard(page, 'roll', 'forsorjningsstod');
  await pickByKeyboard(page, 'forvaltning', 'nordost');
  await pickByKeyboard(page, 'forstaKontakt', 'frivarden');
  await pickByKeyboard(page, 'samtycke', 'ja');
  await dateByKeyboard(page, '2027-01-22');
  await pickByKeyboard(page, 'befintligKontakt', 'nej');
  await expect(stepTitled(page, titleOf('nybesok')).locator('.guide__date')).toHaveText('Senast cirka fredag 8 januari 2027');

  // Vuxenenheten outside Nordost; the person called first; release in 5 days, and the case came in late.
  await page.goto('guide/');
  await pickByKeyboard(page, 'roll', 'vuxenenheten');
  await pickByKeyboard(page, 'forvaltning', 'sydvast'); // outside Nordost
  await pickByKeyboard(page, 'forstaKontakt', 'den-enskilde'); // the person first: no funktionsstöd answer here
  await pickByKeyboard(page, 'samtycke', 'ja');
  await dateByKeyboard(page, '2026-11-28');
  await expect(page.getByText(guideQuestion('naraFrigivning').hjalp!)).toBeVisible();
  // An existing contact at ekonomiskt bistånd is asked with or without a need (issue 18, point 2); no signalled disability outside Nordost.
  const asked = await page.getByRole('group', { name: FACTS }).getByRole('checkbox').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
  expect(asked).toEqual(['naraFrigivning', 'behov', 'befintligKontakt', 'alder1824', 'omArendet-inget']);
  await factsByKeyboard(page, ['naraFrigivning']);
  await expect(lineFor(page, titleOf('informera-och-hanvisa'))).toHaveCount(1);
  await expect(lineFor(page, titleOf('planering-efter-frigivning'))).toContainText('före lördag 28 november 2026');
  await expect(stepTitled(page, titleOf('kontakt-ansvarig-vuxenenhet'))).toHaveCount(0);

  // No consent: change that answer from the summary, by keyboard.
  const change = page.getByRole('link', { name: changeLink('samtycke') });
  await change.focus();
  await page.keyboard.press('Enter');
  await pickByKeyboard(page, 'samtycke', 'nej');
  await expect(page.getByRole('heading', { name: NOTES['ingen-samverkan'].heading })).toBeVisible();
  await expect(stepTitled(page, titleOf('videosamtal'))).toHaveCount(0);
});

test('försörjningsstöd in Nordost, release in 60 days, one result: the dates, the conditions apart, whose step; the calendar file; the printout', async ({ page, baseURL }) => {
  await page.goto(guide(FS_NORDOST));
  await expect(result(page)).toBeVisible();
  await test.step('the dates, the conditions apart, whose step the routine does not say', async () => {
    await expect(page.getByText('Planerad frigivning: fredag 22 januari 2027, om 60 dagar räknat från måndag 23 november 2026.')).toBeVisible();
    await expect(lineFor(page, titleOf('nybesok'))).toContainText('senast cirka fredag 8 januari 2027');
    await expect(stepTitled(page, titleOf('nybesok')).locator('.guide__date')).toHaveText('Senast cirka fredag 8 januari 2027');
    // The routine's "klar senast samma dag" as the release: a purpose, tied to the release, not a bold deadline (issue 18).
    const done = stepTitled(page, titleOf('utredning-klar'));
    await expect(done.locator('.guide__date')).toHaveCount(0);
    await expect(done).toContainText('(fredag 22 januari 2027)');
    // Steps under a condition the guide does not ask about stand apart, under that condition.
    await expect(mine(page).locator('.guide__step').filter({ hasText: titleOf('identifiering') })).toHaveCount(0);
    const identification = conditional(page).locator('.guide__step').filter({ hasText: titleOf('identifiering') });
    await expect(identification).toBeHidden();
    await conditional(page).getByText(/^Visa \d+ steg som hänger på ett villkor/).click();
    await expect(identification).toContainText(`Gäller om ${stepOf('identifiering').villkor!.gallerOm}.`);
    await expect(identification).toContainText(stepOf('identifiering').beskrivning);
    await expect(conditional(page).locator('.guide__step').filter({ hasText: titleOf('akuta-matpengar') })).toHaveCount(1);
    // Tied to the release without a deadline: the routine's words and the date, not a bold date.
    const visit = stepTitled(page, titleOf('besok-vid-frigivningen'));
    await expect(visit).toContainText(`Gäller om ${stepOf('besok-vid-frigivningen').villkor!.gallerOm}.`);
    await expect(visit).toContainText(`${upperFirst(stepOf('besok-vid-frigivningen').tid!.text)} (fredag 22 januari 2027)`);
    await expect(visit.locator('.guide__date')).toHaveCount(0);
    // The one step renderer: the guide shows "Gäller" too, and says whose step the routine does not name.
    // Where the local routine applies, as its frontmatter names the administrations.
    await expect(stepTitled(page, titleOf('nybesok'))).toContainText(`GällerBara ${routineOf(stepOf('nybesok').omfattning).forvaltningar.join(' och ')} (lokal rutin)`);
    await expect(stepTitled(page, titleOf('nybesok'))).toContainText(
      `VemRutinen anger inte vem. Webbplatsens läsning: ${lowerFirst(roleName('forsorjningsstod'))}.`,
    );
  });
  await test.step('the calendar file holds one all-day event per dated step of mine, the dates on the page, the same UIDs twice', async () => {
    const shown = await page.locator('[data-slot="own-lines"] time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(shown).toEqual(['2027-01-08', '2027-01-22']);
    const download = async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lägg till i kalendern (.ics)' }).click()]);
      expect(file.suggestedFilename()).toBe('insluss-2027-01-22.ics');
      return readFileSync((await file.path())!, 'utf8');
    };
    const ics = await download();
    await expect(page.getByRole('status')).toContainText('Kalenderfilen insluss-2027-01-22.ics är hämtad, med 2 datum');
    // RFC 5545: CRLF lines of at most 75 octets, folded lines joined by CRLF + space.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    const values = (name: string) => lines.filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`)).map((line) => line.slice(line.indexOf(':') + 1));
    expect(values('BEGIN')).toEqual(['VCALENDAR', 'VEVENT', 'VEVENT']);
    expect(values('DTSTART')).toEqual(['20270108', '20270122']);
    expect(values('DTEND')).toEqual(['20270109', '20270123']);
    expect(lines.filter((line) => line.startsWith('DTSTART'))).toEqual(['DTSTART;VALUE=DATE:20270108', 'DTSTART;VALUE=DATE:20270122']);
    expect(values('SUMMARY')).toEqual([
      `Senast cirka: ${titleOf('nybesok')} – rutinen anger inte vem (${calendarSource('nybesok')})`,
      `${titleOf('utredning-klar')} – rutinen: ${stepOf('utredning-klar').vem!.rutinenAnger} (${calendarSource('utredning-klar')})`,
    ]);
    const uids = values('UID');
    expect(uids).toEqual(['nybesok-20270122@insluss-guiden', 'utredning-klar-20270122@insluss-guiden']);
    const again = await download();
    expect(again.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line.startsWith('UID:'))).toEqual(uids.map((uid) => `UID:${uid}`));
  });
  await test.step('the printout: the address of the result, the print date, the routines\' revisions, the answers, dates in full', async () => {
    await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
    await expect(page.getByRole('link', { name: /^Ändra/ }).first()).toBeHidden();
    await expect(lineFor(page, titleOf('nybesok'))).toContainText('senast cirka fredag 8 januari 2027');
    await expect(stepTitled(page, titleOf('nybesok'))).toBeVisible();
    const about = page.getByRole('region', { name: 'Om utskriften' });
    await expect(about).toBeVisible();
    await expect(about).toContainText(`Resultatets adress: ${baseURL}guide/#${new URLSearchParams(FS_NORDOST)}`);
    await expect(about).toContainText('Utskriven måndag 23 november 2026.');
    await expect(about).toContainText(`${routineOf('goteborgs-stad').title}, senast reviderad ${routineOf('goteborgs-stad').senastReviderad}`);
    await expect(about).toContainText(`${routineOf('nordost').title}, senast reviderad ${routineOf('nordost').senastReviderad}`);
    await expect(page.locator('.guide__answer').filter({ hasText: guideQuestion('frigivning').svarsrubrik! })).toContainText('fredag 22 januari 2027');
    // A count of days only beside the day it counts from.
    await expect(page.getByText('om 60 dagar räknat från måndag 23 november 2026')).toBeVisible();
  });
});

/**
 * The cases outside the normal path, each with its note. Which steps and
 * notes a case gives, and its dates, are proved on the engine
 * (src/lib/guide/real-model.test.ts); here, what only the page shows: each
 * note drawn as a region named by its heading, with its text and the
 * routine's words behind "Rutinens text", a date line as written, and axe.
 */
test('the cases outside the normal path: each note a region with its words and the routine\'s, the date lines as written', async ({ page }) => {
  async function expectNote(id: NoteId) {
    const note = NOTES[id];
    const region = page.getByRole('region', { name: note.heading });
    await expect(region.getByRole('heading')).toHaveText(note.heading);
    await expect(region).toContainText(note.text);
    if (!note.sourceStep) return;
    const quote = region.locator('blockquote').first();
    await expect(quote).toBeHidden();
    await region.getByText('Rutinens text').click();
    await expect(quote).toBeVisible();
    await expect(region).toContainText(stepOf(note.sourceStep).kallor[0]!.citat);
  }

  await test.step('no consent: the reason, and no steps of my own to list or put in a calendar', async () => {
    await page.goto(guide({ roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'nej' }));
    await expectNote('ingen-samverkan');
    await expect(page.getByText('Rutinerna ger inte din roll några egna steg med de här svaren.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lägg till i kalendern (.ics)' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  await test.step('the person called first, and the case initiated close to a release five weeks ahead: both notes; the booking\'s deadline', async () => {
    await page.goto(guide({ ...VUXEN_STAD, forstaKontakt: 'den-enskilde', frigivning: '2026-12-28', naraFrigivning: 'ja' }));
    await expect(result(page)).toBeVisible();
    await expectNote('forsta-kontakt');
    await expectNote('nara-frigivning');
    await expect(stepTitled(page, titleOf('planering-efter-frigivning')).locator('.guide__date')).toHaveText('Före måndag 28 december 2026');
  });

  await test.step('a release date already past: said; an earliest date that has come is open', async () => {
    await page.goto(guide({ ...VUXEN_STAD, frigivning: '2026-11-13' }));
    await expect(result(page)).toBeVisible();
    await expectNote('frigivning-passerad');
    await expect(page.getByText('för 10 dagar sedan räknat från måndag 23 november 2026')).toBeVisible();
    const initiate = stepTitled(page, titleOf('initiera-arendet'));
    await expect(initiate.locator('.guide__date')).toHaveText('Tidigast måndag 13 juli 2026');
    await expect(initiate).toContainText('datumet har kommit, så steget kan göras nu');
  });
});

test('consent has three answers; "not yet" leads to the steps that get it, by keyboard', async ({ page }) => {
  await page.goto('guide/');
  await pickByKeyboard(page, 'roll', 'vuxenenheten');
  await pickByKeyboard(page, 'forvaltning', 'sydvast'); // outside Nordost
  await pickByKeyboard(page, 'forstaKontakt', 'den-enskilde');
  const consent = page.getByRole('group', { name: CONSENT });
  await expect(consent.getByRole('radio')).toHaveCount(3);
  await expect(consent.getByLabel(answerText('samtycke', 'inte-annu'))).toBeVisible();
  await pickByKeyboard(page, 'samtycke', 'inte-annu');
  await expect(result(page)).toBeFocused();
  await expect(page.getByRole('region', { name: NOTES['samtycke-saknas'].heading })).toContainText(NOTES['samtycke-saknas'].text);
  await expect(stepTitled(page, titleOf('informera-och-hanvisa'))).toContainText(stepOf('informera-och-hanvisa').beskrivning);
  await expect(stepTitled(page, titleOf('samtycke'))).toHaveCount(1);
  await expect(stepTitled(page, titleOf('videosamtal'))).toHaveCount(0);
  await expect(page.getByRole('heading', { name: NOTES['ingen-samverkan'].heading })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Dina svar' })).toContainText(answerText('samtycke', 'inte-annu'));
  await expectNoAxeViolations(page);
});

test('frivården straight to funktionsstöd: offered in Nordost only; only then does vuxenenheten see funktionsstöd\'s contact', async ({ page }) => {
  await page.goto(guide({ roll: 'vuxenenheten', forvaltning: 'sydvast' }));
  await expect(page.getByRole('group', { name: FIRST_CONTACT }).getByRole('radio')).toHaveCount(2);
  await page.goto(guide({ roll: 'vuxenenheten', forvaltning: 'nordost' }));
  await choose(page, FIRST_CONTACT, answerText('forstaKontakt', 'frivarden-funktionsstod'));
  await choose(page, CONSENT, answerText('samtycke', 'ja'));
  await date(page, '2027-03-03');
  await facts(page, []);
  // Funktionsstöd's step, concerning vuxenenheten, under the condition the guide does not ask.
  const contact = others(page).locator('.guide__step').filter({ hasText: titleOf('funktionsstod-kontaktar-vuxenenheten') });
  await expect(contact).toContainText(`Gäller om ${stepOf('funktionsstod-kontaktar-vuxenenheten').villkor!.gallerOm}.`);
  await page.getByRole('link', { name: changeLink('forstaKontakt') }).click();
  await choose(page, FIRST_CONTACT, answerText('forstaKontakt', 'frivarden'));
  await expect(result(page)).toBeVisible();
  await expect(stepTitled(page, titleOf('funktionsstod-kontaktar-vuxenenheten'))).toHaveCount(0);
});

test('a changed answer keeps the others: only the question it makes relevant is asked', async ({ page }) => {
  // Outside Nordost no one asks about a signalled disability; moving the case to Nordost does.
  const { funktionsvariation: _, ...elsewhere } = THREE_MONTHS;
  await page.goto(guide({ ...elsewhere, forvaltning: 'sydvast' }));
  await expect(result(page)).toBeVisible();
  await page.getByRole('link', { name: changeLink('forvaltning') }).click();
  await expect(page.getByRole('group', { name: ADMINISTRATION }).getByLabel(answerText('forvaltning', 'sydvast'), { exact: true })).toBeChecked();
  await choose(page, ADMINISTRATION, answerText('forvaltning', 'nordost'));
  // The one question the change makes relevant, and then the result again with every other answer kept.
  // One question left of the facts' page: asked alone, as a plain yes/no question.
  await expect(page.getByRole('group', { name: FACTS })).toHaveCount(0);
  await choose(page, guideQuestion('funktionsvariation').fraga, answerText('funktionsvariation', 'nej'));
  await expect(result(page)).toBeFocused();
  await expect(lineFor(page, titleOf('forsta-motet-pa-egen-hand'))).toHaveCount(1);
  expect(new URL(page.url()).hash).toBe(`#${new URLSearchParams(THREE_MONTHS)}`);
});

test('the page says it is a reading of the routines, near the top, linking to their text', async ({ page }) => {
  await page.goto('guide/');
  const note = page.locator('main .reading-note');
  await expect(note).toContainText('Sidan är webbplatsens läsning av rutinerna, inte rutinerna själva');
  await note.getByRole('link', { name: routineOf('goteborgs-stad').title }).click();
  await expect(page).toHaveURL(/rutiner\/goteborgs-stad\/$/);
});

test('"Kopiera länk" copies the result\'s address, which reopens the same result in a new browser', async ({ page, context, browser, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(guide(FS_NORDOST));
  await expect(result(page)).toBeVisible();
  const titles = await page.locator('.checklist__item > a').allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Kopiera länk' }).click();
  await expect(page.getByRole('status')).toHaveText('Länken är kopierad. Den innehåller dina svar, men inga uppgifter om klienten.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}guide/#${new URLSearchParams(FS_NORDOST)}`);

  const elsewhere = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const other = await elsewhere.newPage();
  await other.clock.setFixedTime(NOW);
  await other.goto(copied);
  await expect(other.getByRole('heading', { name: 'Mina steg', exact: true })).toBeVisible();
  expect(await other.locator('.checklist__item > a').allTextContents()).toEqual(titles);
  await elsewhere.close();

  await page.getByRole('link', { name: changeLink('frigivning') }).click();
  await expect(page.getByLabel(DATE_QUESTION)).toHaveValue('2027-01-22');
  await date(page, '2027-02-05');
  await expect(stepTitled(page, titleOf('nybesok')).locator('.guide__date')).toHaveText('Senast cirka fredag 22 januari 2027');
});

test('with the clipboard blocked, the link is shown as text to copy', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Blocked', 'NotAllowedError')) } });
  });
  await page.goto(guide(FS_NORDOST));
  await page.getByRole('button', { name: 'Kopiera länk' }).click();
  await expect(page.getByRole('status')).toContainText('Webbläsaren tillät inte att länken kopierades');
  const field = page.getByLabel('Kopiera länken här:');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${baseURL}guide/#${new URLSearchParams(FS_NORDOST)}`);
});

test('Tillbaka and the browser back button return to the previous question', async ({ page }) => {
  await page.goto('guide/');
  await choose(page, ROLE, roleName('frivarden'));
  await choose(page, ADMINISTRATION, answerText('forvaltning', 'sydvast'));
  await expect(page.getByRole('group', { name: FIRST_CONTACT })).toBeVisible();
  await page.goBack();
  const administration = page.getByRole('group', { name: ADMINISTRATION });
  await expect(administration).toBeVisible();
  await expect(administration.locator('legend')).toBeFocused();
  await expect(administration.getByLabel(answerText('forvaltning', 'sydvast'))).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('group', { name: FIRST_CONTACT })).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'Tillbaka' }).click();
  const role = page.getByRole('group', { name: ROLE });
  await expect(role.getByLabel(roleName('frivarden'))).toBeChecked();
});

test('dates typed as people type them are read back in words; a date that does not exist is refused', async ({ page }) => {
  await page.goto(guide({ roll: 'funktionsstod', forstaKontakt: 'frivarden', samtycke: 'ja' }));
  const field = page.getByLabel(DATE_QUESTION);
  // No numeric keypad: it has no hyphen on many phones.
  await expect(field).not.toHaveAttribute('inputmode', /.+/);
  const readback = page.locator('.guide__readback');
  for (const typed of ['2027-03-15', '20270315', '2027-3-15', '15/3 2027', '  2027-03-15  ']) {
    await field.fill(typed);
    await expect(readback, typed).toHaveText('Guiden läser datumet som måndag 15 mars 2027.');
  }
  await field.fill('2027-02-30');
  await expect(readback).toHaveText('');
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByText('Det finns ingen 30 februari 2027. Skriv ett datum som finns, till exempel 2027-03-15.')).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // Corrected, only the current reading is said: the error goes with the first keystroke (issue 21).
  await field.fill('15/3 2027');
  await expect(readback).toHaveText('Guiden läser datumet som måndag 15 mars 2027.');
  await expect(page.getByText(/Det finns ingen 30 februari 2027/)).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid', /.*/);
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page).toHaveURL(/#roll=funktionsstod&forstaKontakt=frivarden&samtycke=ja&frigivning=2027-03-15$/);
});

test('Nästa without an answer says what is missing', async ({ page }) => {
  await page.goto(guide({ roll: 'vuxenenheten' }));
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByText('Välj ett av svaren.')).toBeVisible();
  // The first answer: the first administration the city's routine names.
  const model = guideModel(siteContent().process);
  const first = question(model, 'forvaltning').options[0]!.value;
  await expect(page.getByLabel(answerText('forvaltning', first))).toBeFocused();
  await expect(page).toHaveURL(/guide\/#roll=vuxenenheten$/);
  await expectNoAxeViolations(page);
});

test('junk in the address is ignored with a note, never run; an old query link is read once and moved into the fragment', async ({ page, baseURL }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const junk = `#roll=${encodeURIComponent('<img src=x onerror=alert(1)>')}&frigivning=2027-02-30&samtycke=kanske&x=${'y'.repeat(300)}`;
  await page.goto(`guide/${junk}`);
  await expect(page.getByText('Några uppgifter i adressen kunde inte användas och har hoppats över.')).toBeVisible();
  await expect(page.getByRole('group', { name: ROLE })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  await page.goto(`guide/#roll=vuxenenheten&q=${'z'.repeat(5000)}`);
  await expect(page.getByText('Några uppgifter i adressen kunde inte användas')).toBeVisible();
  await expect(page.getByRole('group', { name: ROLE })).toBeVisible();
  expect(dialog).toBe(false);

  // A link from before the answers moved into the fragment.
  await page.goto(`guide/?${new URLSearchParams(FS_NORDOST)}`);
  await expect(page.getByRole('heading', { name: 'Mina steg', exact: true })).toBeVisible();
  expect(page.url()).toBe(`${baseURL}guide/#${new URLSearchParams(FS_NORDOST)}`);
  await expect(page.getByText('Några uppgifter i adressen kunde inte användas')).toBeHidden();
});

test('under a path like //guide/, every link and form target stays on the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const targets = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('a[href], form[action]')].map((element) => new URL(element.getAttribute('href') ?? element.getAttribute('action')!, document.baseURI).origin),
    );
  // The browser resolves "//guide/…" against this page as the host "guide".
  await page.goto(`${origin}//guide/#roll=vuxenenheten&forvaltning=nordost`);
  await expect(page.getByRole('group', { name: FIRST_CONTACT })).toBeVisible();
  expect(new Set(await targets())).toEqual(new Set([origin]));
  await page.goto(`${origin}//guide/#${new URLSearchParams(FS_NORDOST)}`);
  await expect(result(page)).toBeVisible();
  expect(new Set(await targets())).toEqual(new Set([origin]));
  await page.getByRole('link', { name: changeLink('samtycke') }).click();
  await choose(page, CONSENT, answerText('samtycke', 'nej'));
  expect(new URL(page.url()).origin).toBe(origin);
  await expect(page.getByRole('heading', { name: NOTES['ingen-samverkan'].heading })).toBeVisible();
});

test('on a 375 × 812 phone the page, down to "Dina svar", fits in six screens before anything is opened; my steps come first, with dates', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(guide(THREE_MONTHS));
  await expect(result(page)).toBeVisible();
  // What the reader scrolls: from the top of the page to the end of the answers and their "Börja om" (README.md gives the figure).
  const restart = page.getByRole('region', { name: 'Dina svar' }).getByRole('link', { name: 'Börja om' });
  await expect(restart).toBeVisible();
  const scrolled = await restart.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
  expect(scrolled).toBeLessThanOrEqual(6 * 812);
  const [linesTop, detailsTop] = await Promise.all([
    page.locator('.checklist').first().evaluate((element) => element.getBoundingClientRect().top),
    mine(page).evaluate((element) => element.getBoundingClientRect().top),
  ]);
  expect(linesTop).toBeLessThan(detailsTop);
  await expect(lineFor(page, titleOf('samverkan-under-overvakningen'))).toContainText('från tisdag 23 februari 2027');
  await expect(page.locator('.guide__step blockquote').first()).toBeHidden();
  await expect(others(page).locator('.guide__step').first()).toBeHidden();
});

/** Records the page's layout shifts that no input caused, from its first paint. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts so far, read two frames on, once the browser has measured what was just drawn. */
async function layoutShift(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  return shifts.reduce((sum, value) => sum + value, 0);
}

for (const [name, viewport] of [
  ['a desktop', { width: 1350, height: 940 }],
  ['a phone', { width: 375, height: 812 }],
] as const) {
  test(`the guide does not move as its script starts, nor as it loads and draws itself, on ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await recordShifts(page);
    await page.goto('guide/');
    await expect(page.getByRole('button', { name: 'Nästa' })).toBeEnabled();
    await page.waitForLoadState('networkidle');
    expect(await layoutShift(page)).toBeLessThan(0.05);
    // The worker reaches for the first question: the guide fetches its script and templates and draws that question itself.
    const templates = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/guide/mallar/'));
    await page.getByRole('group', { name: ROLE }).hover();
    await (await templates).finished();
    await page.waitForLoadState('networkidle');
    expect(await layoutShift(page)).toBeLessThan(0.05);
  });

  test(`a result opened from its link does not move as the guide draws it, on ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await recordShifts(page);
    await page.goto(guide(THREE_MONTHS));
    await expect(result(page)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await layoutShift(page)).toBeLessThan(0.05);
  });
}

test('when the guide cannot fetch its questions and steps, it says so', async ({ page }) => {
  await page.route('**/guide/mallar/', (route) => route.abort('internetdisconnected'));
  await page.goto('guide/');
  await choose(page, ROLE, roleName('frivarden'));
  await expect(page.getByRole('alert')).toHaveText(/Guiden kunde inte hämta sina frågor och steg\. Ladda om sidan, eller läs stegen på sidan för din roll\./);
  await expect(page.getByRole('alert').getByRole('link', { name: 'sidan för din roll' })).toHaveAttribute('href', /roller\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide says it needs JavaScript and links to the role pages', async ({ page }) => {
    await page.goto('guide/');
    await expect(page.getByText('Guiden räknar ut dina steg och datum i webbläsaren och behöver därför JavaScript.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nästa' })).toBeHidden();
    await page.getByRole('link', { name: roleName('forsorjningsstod') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(roleName('forsorjningsstod'));
  });
});

// The first question, an error and the result are in tests/accessibility.spec.ts, in both schemes.
test('axe finds nothing on each kind of question along a full path: choices, a date, checkboxes', async ({ page }) => {
  const model = guideModel(siteContent().process);
  const path = Object.entries(VUXEN_NORDOST);
  // The first page of each kind along the path, as the engine lays the path out: only those are loaded.
  const firstOfKind = new Map<string, Record<string, string>>();
  for (let answered = 0; answered < path.length; answered++) {
    const answers = Object.fromEntries(path.slice(0, answered));
    const next = nextPage(model, answers)!;
    const kind = next.group ? 'group' : next.questions[0]!.kind === 'datum' ? 'date' : 'choice';
    if (!firstOfKind.has(kind)) firstOfKind.set(kind, answers);
  }
  const types = new Set<string>();
  for (const answers of firstOfKind.values()) {
    // From another document: going to the guide again with only its fragment changed would not load it anew.
    await page.goto('about:blank');
    await page.goto(guide(answers));
    // The server's page holds the first question until the script has read the address: wait for the one the engine asks.
    const input = page.locator(`.guide__body input[name="${nextPage(model, answers)!.questions[0]!.id}"]`).first();
    await expect(input).toBeVisible();
    types.add((await input.getAttribute('type')) ?? 'none');
    await expectNoAxeViolations(page);
  }
  expect([...types].sort()).toEqual(['checkbox', 'radio', 'text']);
});

/**
 * Issue 18: what a new hire takes away (the "Mina steg" line and the
 * calendar file) says only what the routines say. Titles, times and the
 * routine's words on who are read from content/process/steg.yaml.
 */
test.describe('issue 18: the checklist and the calendar say only what the routines say', () => {
  const steps = modelSteps();
  const step = (id: string) => steps.find((candidate) => candidate.id === id)!;
  const line = (page: Page, id: string) => lineFor(page, step(id).titel);
  /** The calendar file the result offers, as logical lines (folded lines joined). */
  async function calendar(page: Page): Promise<string[]> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lägg till i kalendern (.ics)' }).click()]);
    return readFileSync((await file.path())!, 'utf8').replace(/\r\n[ \t]/g, '').split('\r\n');
  }
  /** The value of a property of the event whose UID begins with the step's id. */
  const eventValue = (lines: string[], id: string, name: string) => {
    const start = lines.indexOf(lines.find((entry) => entry.startsWith(`UID:${id}-`))!);
    const end = lines.indexOf('END:VEVENT', start);
    const begin = lines.lastIndexOf('BEGIN:VEVENT', start);
    const found = lines.slice(begin, end).find((entry) => entry.startsWith(`${name}:`) || entry.startsWith(`${name};`));
    return found?.slice(found.indexOf(':') + 1).replace(/\\([\\;,])/g, '$1');
  };
  const ownerNote = (id: string) => (step(id).vem!.rutinenAnger === 'nej' ? 'rutinen anger inte vem' : `rutinen: ${step(id).vem!.rutinenAnger}`);

  test('1, 7: a line of mine whose owner the routine does not name says so, heard too; the event says it, on a day the step can be done', async ({ page }) => {
    // The result, axe over it and a download: more than one page load's worth.
    test.slow();
    // Initiated close to a release five weeks ahead: the booked time, the video call, the collaboration.
    await page.goto(guide({ ...VUXEN_STAD, frigivning: '2026-12-28', naraFrigivning: 'ja' }));
    await expect(result(page)).toBeVisible();
    const own = page.locator('[data-slot="own-lines"] > .checklist__item');
    const titles = await own.getByRole('link').allTextContents();
    expect(titles.length).toBeGreaterThan(3);
    let unnamed = 0;
    for (const title of titles) {
      const model = steps.find((candidate) => candidate.titel === title)!;
      const item = lineFor(page, title);
      if (model.vem) {
        unnamed++;
        await expect(item).toContainText(`(${ownerNote(model.id)})`);
        // In the accessibility tree, as a screen reader reads the line.
        expect(await item.ariaSnapshot()).toContain(ownerNote(model.id));
      } else {
        await expect(item).not.toContainText(/rutinen anger inte vem|rutinen:/);
      }
    }
    expect(unnamed).toBeGreaterThan(1);
    await expect(line(page, 'planering-efter-frigivning')).toBeVisible();
    await expectNoAxeViolations(page);

    const ics = await calendar(page);
    for (const id of ['planering-efter-frigivning', 'samverkan-under-overvakningen']) {
      expect(step(id).vem).toBeDefined();
      expect(eventValue(ics, id, 'SUMMARY')).toContain(`${step(id).titel} – ${ownerNote(id)}`);
      expect(eventValue(ics, id, 'DESCRIPTION')).toContain('Vem: Rutinen anger inte vem. Webbplatsens läsning:');
    }
    // "Före frigivningen": on the day before the release, the last day it can be done, not on the release day.
    expect(step('planering-efter-frigivning').tid!.typ).toBe('fore');
    expect(eventValue(ics, 'planering-efter-frigivning', 'DTSTART')).toBe('20261227');
    expect(eventValue(ics, 'planering-efter-frigivning', 'SUMMARY')).toMatch(/^Före måndag 28 december 2026: /);
  });

  test('6: an approximate time behind us is never called passed: the line, the detail and the event say what is true', async ({ page }) => {
    // Release in 8 days: the nybesök's approximate time, about two weeks before, is behind.
    await page.goto(guide({ ...FS_NORDOST, frigivning: '2026-12-01' }));
    await expect(result(page)).toBeVisible();
    const nybesok = step('nybesok');
    expect(nybesok.tid!.text).toMatch(/cirka/);
    await expect(line(page, 'nybesok')).toContainText('senast cirka tisdag 17 november 2026 (nu 8 dagar kvar till frigivningen)');
    await expect(line(page, 'nybesok')).not.toContainText('passerat');
    await expect(stepTitled(page, nybesok.titel)).toContainText(`Senast cirka tisdag 17 november 2026 (${nybesok.tid!.text}; nu 8 dagar kvar till frigivningen)`);
    expect(eventValue(await calendar(page), 'nybesok', 'SUMMARY')).toMatch(new RegExp(`^Senast cirka: ${nybesok.titel} – `));

    // Frivården in Nordost, three weeks before the release: the approximate window of three to four months is behind.
    await page.goto(guide({ roll: 'frivarden', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2026-12-14', naraFrigivning: 'nej', behov: 'nej', funktionsvariation: 'nej' }));
    await expect(result(page)).toBeVisible();
    const window = step('kontakt-ansvarig-vuxenenhet');
    expect(window.tid!.typ).toBe('cirka');
    await expect(line(page, window.id)).toContainText('(nu 21 dagar kvar till frigivningen)');
    await expect(page.locator('[data-slot="own-lines"]')).not.toContainText('passerat');
  });

  test('8: "tidigast fyra månader" before a release on 30 June is 1 March, not the last day of February', async ({ page }) => {
    await page.goto(guide({ roll: 'frivarden', forvaltning: 'sydvast', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-06-30', naraFrigivning: 'nej', behov: 'nej' }));
    await expect(result(page)).toBeVisible();
    const initiation = step('initiera-arendet');
    expect(initiation.tid).toMatchObject({ typ: 'tidigast', manader: -4 });
    const date = line(page, initiation.id).locator('time');
    await expect(date).toHaveAttribute('datetime', '2027-03-01');
    await expect(line(page, initiation.id)).toContainText('tidigast måndag 1 mars 2027');
    await expect(stepTitled(page, initiation.titel)).toContainText('Tidigast måndag 1 mars 2027');
  });
});

test.describe('issue 21: the facts of the case on one page', () => {
  const BEFORE_FACTS = { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-02-23' };

  test('"none of these" excludes the others; nothing ticked says what is missing; each fact is its own key in the address', async ({ page }) => {
    await page.goto(guide(BEFORE_FACTS));
    const group = page.getByRole('group', { name: FACTS });
    await expect(group.locator('legend')).toBeFocused();
    await expect(page.getByText('Fråga 6 av 6')).toBeVisible();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect(page.getByText(`Kryssa i det som stämmer, eller ”${NONE}”.`)).toBeVisible();
    await group.getByLabel(statement('behov'), { exact: true }).check();
    await expect(page.getByText(`Kryssa i det som stämmer, eller ”${NONE}”.`)).toBeHidden();
    await group.getByLabel(NONE, { exact: true }).check();
    await expect(group.getByLabel(statement('behov'), { exact: true })).not.toBeChecked();
    await group.getByLabel(statement('alder1824'), { exact: true }).check();
    await expect(group.getByLabel(NONE, { exact: true })).not.toBeChecked();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect(result(page)).toBeFocused();
    expect(new URL(page.url()).hash).toBe(`#${new URLSearchParams({ ...BEFORE_FACTS, naraFrigivning: 'nej', behov: 'nej', befintligKontakt: 'nej', funktionsvariation: 'nej', alder1824: 'ja' })}`);
    await expectNoAxeViolations(page);
  });

  test('"Ändra" on a fact returns to the facts\' page with the answers ticked; Tillbaka goes to the date', async ({ page }) => {
    await page.goto(guide(THREE_MONTHS));
    await expect(result(page)).toBeVisible();
    await page.getByRole('link', { name: `Ändra ${guideQuestion('alder1824').svarsrubrik!.toLocaleLowerCase('sv')}` }).click();
    const group = page.getByRole('group', { name: FACTS });
    await expect(group.getByLabel(statement('behov'), { exact: true })).toBeChecked();
    await expect(group.getByLabel(statement('alder1824'), { exact: true })).not.toBeChecked();
    await expect(group.getByLabel(NONE, { exact: true })).not.toBeChecked();
    await expect(page.getByText('Fråga 6 av 6')).toBeVisible();
    await group.getByLabel(statement('alder1824'), { exact: true }).check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await expect(result(page)).toBeFocused();
    expect(new URL(page.url()).hash).toBe(`#${new URLSearchParams({ ...THREE_MONTHS, alder1824: 'ja' })}`);
    await page.getByRole('link', { name: `Ändra ${guideQuestion('behov').svarsrubrik!.toLocaleLowerCase('sv')}` }).click();
    await page.getByRole('link', { name: 'Tillbaka' }).click();
    await expect(page.getByLabel(DATE_QUESTION)).toHaveValue('2027-02-23');
  });
});
