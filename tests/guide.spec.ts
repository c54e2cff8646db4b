import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// "Today" for every test: Monday 23 November 2026, in Swedish time.
const NOW = new Date('2026-11-23T10:00:00+01:00');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Answers the current question with the mouse. */
async function choose(page: Page, legend: string, option: string) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel(option, { exact: true }).check();
  await page.getByRole('button', { name: 'Nästa' }).click();
}

async function date(page: Page, value: string) {
  await page.getByLabel('När är den villkorliga frigivningen planerad?').fill(value);
  await page.getByRole('button', { name: 'Nästa' }).click();
}

const CONSENT = 'Har den enskilde gett skriftligt samtycke till samverkan mellan socialtjänst och frivård?';
const LATE = 'Initierades Insluss så nära inpå frigivningen att planeringen före frigivningen blir mindre omfattande?';

const steps = (page: Page) => page.locator('ol.guide__steps > li');
const stepTitled = (page: Page, title: string) => steps(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) });
/** Steps under a condition the guide does not ask about, listed apart from those that apply. */
const conditional = (page: Page) => page.getByRole('region', { name: 'Steg som gäller bara om något mer stämmer' });
const conditionalTitled = (page: Page, title: string) =>
  conditional(page).locator('li').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test('vuxenenhet in Nordost, the full case, answered with the mouse', async ({ page }) => {
  await page.goto('guide/');
  await expectNoAxeViolations(page);
  await choose(page, 'Vilken är din roll i ärendet?', 'Socialsekreterare på vuxenenheten');
  await expect(page.getByRole('group', { name: 'Vilken förvaltning handlägger ärendet?' }).locator('legend')).toBeFocused();
  await expectNoAxeViolations(page);
  await choose(page, 'Vilken förvaltning handlägger ärendet?', 'Socialförvaltningen Nordost');
  await choose(page, 'Vem tog den första kontakten med socialtjänsten?', 'Frivården');
  await choose(page, CONSENT, 'Ja');
  await expectNoAxeViolations(page);
  await date(page, '2027-03-03'); // in 100 days
  await choose(page, LATE, 'Nej');
  await choose(page, 'Behöver den enskilde försörjningsstöd och/eller sysselsättning?', 'Ja');
  await choose(page, 'Har den enskilde redan en upprättad kontakt på en enhet för ekonomiskt bistånd?', 'Nej');
  await choose(page, 'Har frivården redan från början signalerat att den enskilde har någon form av funktionsvariation?', 'Ja');
  await choose(page, 'Är den enskilde 18–24 år?', 'Ja');

  await expect(page.getByRole('heading', { name: 'Dina steg', exact: true })).toBeFocused();
  await expect(page.getByText('Planerad frigivning: onsdag 3 mars 2027 (2027-03-03, om 100 dagar).')).toBeVisible();
  for (const title of [
    'Första videosamtalet',
    'Kontakta mottagningsenheten för ekonomiskt bistånd',
    'Kontakta funktionsstöd (eller tvärtom) för samarbete från första mötet',
    'SIG (social insatsgrupp) för 18–24 år',
  ]) {
    const step = stepTitled(page, title);
    await expect(step, title).toHaveCount(1);
    await expect(step.getByText('Källa:').first()).toBeVisible();
    await expect(step.locator('blockquote').first()).not.toBeEmpty();
  }
  await expect(stepTitled(page, 'Kontakta den enskildes socialsekreterare på ekonomiskt bistånd')).toHaveCount(0);
  await expect(stepTitled(page, 'Inhämta skriftligt samtycke')).toContainText('Görs av frivårdsinspektör. Berör dig.');
  await expectNoAxeViolations(page);
});

/** On the question `legend`: Tab to its radios, pick option `index` with the arrow keys, Tab to Nästa, Enter. */
async function pickByKeyboard(page: Page, legend: string, index: number) {
  const group = page.getByRole('group', { name: legend });
  await expect(group).toBeVisible();
  const radio = group.getByRole('radio').first();
  for (let i = 0; i < 40 && !(await radio.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(radio).toBeFocused();
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio').nth(index)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Nästa' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Types the release date into the date question with the keyboard and goes on. */
async function dateByKeyboard(page: Page, value: string) {
  const field = page.getByLabel('När är den villkorliga frigivningen planerad?');
  await expect(field).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type(value);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

test('the vuxenenhet case by keyboard alone', async ({ page }) => {
  await page.goto('guide/');
  await pickByKeyboard(page, 'Vilken är din roll i ärendet?', 1); // Socialsekreterare på vuxenenheten
  await pickByKeyboard(page, 'Vilken förvaltning handlägger ärendet?', 0); // Nordost
  await pickByKeyboard(page, 'Vem tog den första kontakten med socialtjänsten?', 0); // Frivården
  await pickByKeyboard(page, CONSENT, 0);
  await dateByKeyboard(page, '2027-03-03');
  await pickByKeyboard(page, LATE, 1);
  await pickByKeyboard(page, 'Behöver den enskilde försörjningsstöd och/eller sysselsättning?', 0);
  await pickByKeyboard(page, 'Har den enskilde redan en upprättad kontakt på en enhet för ekonomiskt bistånd?', 1);
  await pickByKeyboard(page, 'Har frivården redan från början signalerat att den enskilde har någon form av funktionsvariation?', 0);
  await pickByKeyboard(page, 'Är den enskilde 18–24 år?', 0);
  await expect(page.getByRole('heading', { name: 'Dina steg', exact: true })).toBeFocused();
  for (const title of [
    'Första videosamtalet',
    'Kontakta mottagningsenheten för ekonomiskt bistånd',
    'Kontakta funktionsstöd (eller tvärtom) för samarbete från första mötet',
    'SIG (social insatsgrupp) för 18–24 år',
  ]) {
    await expect(stepTitled(page, title), title).toHaveCount(1);
  }
});

test('the other paths by keyboard: försörjningsstöd, no consent, outside Nordost, first contact, initiated late', async ({ page }) => {
  // Försörjningsstöd in Nordost, release in 60 days.
  await page.goto('guide/');
  await pickByKeyboard(page, 'Vilken är din roll i ärendet?', 2);
  await pickByKeyboard(page, 'Vilken förvaltning handlägger ärendet?', 0);
  await pickByKeyboard(page, 'Vem tog den första kontakten med socialtjänsten?', 0);
  await pickByKeyboard(page, CONSENT, 0);
  await dateByKeyboard(page, '2027-01-22');
  await pickByKeyboard(page, 'Har den enskilde redan en upprättad kontakt på en enhet för ekonomiskt bistånd?', 1);
  await expect(stepTitled(page, 'Nybesök på försörjningsstöd').locator('.guide__date')).toHaveText('Senast fredag 8 januari 2027');

  // Vuxenenheten outside Nordost; the person called first; release in 5 days, and the case came in late.
  await page.goto('guide/');
  await pickByKeyboard(page, 'Vilken är din roll i ärendet?', 1);
  await pickByKeyboard(page, 'Vilken förvaltning handlägger ärendet?', 1);
  await pickByKeyboard(page, 'Vem tog den första kontakten med socialtjänsten?', 1); // Personen själv: no funktionsstöd answer here
  await pickByKeyboard(page, CONSENT, 0);
  await dateByKeyboard(page, '2026-11-28');
  await expect(page.getByText('Rutinen anger ingen gräns i dagar eller veckor. Du avgör utifrån ärendet.')).toBeVisible();
  await pickByKeyboard(page, LATE, 0);
  await pickByKeyboard(page, 'Behöver den enskilde försörjningsstöd och/eller sysselsättning?', 1);
  await pickByKeyboard(page, 'Är den enskilde 18–24 år?', 1);
  await expect(stepTitled(page, 'Informera om modellen och hänvisa till frivårdsinspektören')).toHaveCount(1);
  await expect(stepTitled(page, 'Boka tid för fortsatt planering efter frigivningen')).toHaveCount(1);
  await expect(stepTitled(page, 'Kontakta ansvarig vuxenenhet')).toHaveCount(0);

  // No consent: change that answer from the summary, by keyboard.
  const change = page.getByRole('link', { name: 'Ändra samtycke' });
  await change.focus();
  await page.keyboard.press('Enter');
  await pickByKeyboard(page, CONSENT, 1);
  await expect(page.getByRole('heading', { name: 'Ingen samverkan enligt Insluss utan samtycke' })).toBeVisible();
  await expect(stepTitled(page, 'Första videosamtalet')).toHaveCount(0);
});

test('försörjningsstöd in Nordost, release in 60 days: the dates are shown', async ({ page }) => {
  await page.goto('guide/');
  await choose(page, 'Vilken är din roll i ärendet?', 'Socialsekreterare på ekonomiskt bistånd');
  await choose(page, 'Vilken förvaltning handlägger ärendet?', 'Socialförvaltningen Nordost');
  await choose(page, 'Vem tog den första kontakten med socialtjänsten?', 'Frivården');
  await choose(page, CONSENT, 'Ja');
  await date(page, '2027-01-22');
  await choose(page, 'Har den enskilde redan en upprättad kontakt på en enhet för ekonomiskt bistånd?', 'Nej');
  await expect(page.getByRole('heading', { name: 'Dina steg', exact: true })).toBeVisible();
  await expect(page.getByText('Planerad frigivning: fredag 22 januari 2027 (2027-01-22, om 60 dagar).')).toBeVisible();
  await expect(stepTitled(page, 'Nybesök på försörjningsstöd').locator('.guide__date')).toHaveText('Senast fredag 8 januari 2027');
  await expect(stepTitled(page, 'Utredningen om ekonomiskt bistånd är klar').locator('.guide__date')).toHaveText('Senast fredag 22 januari 2027');
  // Steps under a condition the guide does not ask about stand apart, under that condition.
  await expect(stepTitled(page, 'Identifiering utan ID-kort')).toHaveCount(0);
  await expect(conditionalTitled(page, 'Identifiering utan ID-kort')).toContainText('Gäller om den enskilde saknar ID-kort.');
  await expect(conditionalTitled(page, 'Identifiering utan ID-kort')).toContainText('Avsaknad av ID-kort utgör då inget hinder');
  await expect(conditionalTitled(page, 'Nödbistånd i form av akuta matpengar')).toHaveCount(1);
  // Tied to the release without a deadline: the routine's words and the date, not a bold date.
  const visit = conditionalTitled(page, 'Besök i omedelbar anslutning till frigivningen');
  await expect(visit).toContainText('Gäller om utredningen inte kan slutföras före frigivningen.');
  await expect(visit).toContainText('I omedelbar anslutning till frigivningen (fredag 22 januari 2027)');
  await expect(visit.locator('.guide__date')).toHaveCount(0);
  // Whose step the routine does not say.
  await expect(stepTitled(page, 'Nybesök på försörjningsstöd')).toContainText(
    'VemRutinen anger inte vem. Webbplatsens läsning: socialsekreterare på ekonomiskt bistånd.',
  );
});

test('no consent: no Insluss steps, and the reason', async ({ page }) => {
  await page.goto('guide/?roll=vuxenenheten&forvaltning=nordost&forstaKontakt=frivarden&samtycke=nej');
  await expect(page.getByRole('heading', { name: 'Ingen samverkan enligt Insluss utan samtycke' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ingen samverkan enligt Insluss utan samtycke' })).toContainText('En förutsättning till arbete enligt inkluss');
  for (const title of ['Första videosamtalet', 'Initiera ärendet hos socialtjänsten', 'Handlägga ärendet i mottagningsgrupp eller utredningsgrupp']) {
    await expect(stepTitled(page, title)).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
});

test('outside Nordost: no Nordost-only step', async ({ page }) => {
  await page.goto('guide/?roll=vuxenenheten&forvaltning=annan&forstaKontakt=frivarden&samtycke=ja&frigivning=2027-03-03&naraFrigivning=nej&behov=ja&befintligKontakt=nej&alder1824=nej');
  await expect(page.getByRole('heading', { name: 'Dina steg', exact: true })).toBeVisible();
  await expect(stepTitled(page, 'Första videosamtalet')).toHaveCount(1);
  for (const title of [
    'Kontakta ansvarig vuxenenhet',
    'Kontakta försörjningsstöd för ett gemensamt möte',
    'Kontakta funktionsstöd (eller tvärtom) för samarbete från första mötet',
    'SP eller SIP vid oklarheter om ansvaret',
  ]) {
    await expect(page.getByRole('heading', { name: title, exact: true })).toHaveCount(0);
  }
  await expect(stepTitled(page, 'Gemensamt besök med den enskilde och berörda enheter')).toHaveCount(1);
  await expect(page.locator('.guide__summary')).not.toContainText('Funktionsvariation');
});

test('the person called first: inform and refer to the frivårdsinspektör', async ({ page }) => {
  await page.goto('guide/?roll=vuxenenheten&forvaltning=annan&forstaKontakt=den-enskilde&samtycke=ja&frigivning=2027-03-03&naraFrigivning=nej&behov=nej&alder1824=nej');
  await expect(stepTitled(page, 'Informera om modellen och hänvisa till frivårdsinspektören')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Personen kontaktade socialtjänsten själv' })).toContainText('hänvisa till ansvarig frivårdsinspektör');
});

test('initiated close to the release is the worker\'s answer, not a count of days', async ({ page }) => {
  const base = 'guide/?roll=vuxenenheten&forvaltning=annan&forstaKontakt=frivarden&samtycke=ja&behov=nej&alder1824=nej';
  // Five weeks away, answered as late: the booked time, with its deadline before the release.
  await page.goto(`${base}&frigivning=2026-12-28&naraFrigivning=ja`);
  await expect(page.getByRole('region', { name: 'Insluss initierades nära inpå frigivningen' })).toBeVisible();
  const booking = stepTitled(page, 'Boka tid för fortsatt planering efter frigivningen');
  await expect(booking.locator('.guide__date')).toHaveText('Före måndag 28 december 2026');
  await expect(booking).toContainText('VemRutinen anger inte vem. Webbplatsens läsning: socialsekreterare på vuxenenheten.');
  // Five days away, started on time: nothing about "nära inpå".
  await page.goto(`${base}&frigivning=2026-11-28&naraFrigivning=nej`);
  await expect(page.getByRole('heading', { name: 'Dina steg', exact: true })).toBeVisible();
  await expect(stepTitled(page, 'Boka tid för fortsatt planering efter frigivningen')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Insluss initierades nära inpå frigivningen' })).toHaveCount(0);
  await expect(page.getByText('mindre omfattande')).toHaveCount(0);
});

test('dates: an earliest date that has come is open, an ongoing step never passes', async ({ page }) => {
  await page.goto('guide/?roll=vuxenenheten&forvaltning=annan&forstaKontakt=frivarden&samtycke=ja&frigivning=2026-11-13&naraFrigivning=nej&behov=nej&alder1824=nej');
  const initiate = stepTitled(page, 'Initiera ärendet hos socialtjänsten');
  await expect(initiate.locator('.guide__date')).toHaveText('Tidigast måndag 13 juli 2026');
  await expect(initiate).toContainText('datumet har kommit, så steget kan göras nu');
  await expect(initiate).not.toContainText('passerat');
  await expect(stepTitled(page, 'Samverka under hela övervakningstiden')).not.toContainText('passerat');
});

test('consent has three answers; "not yet" leads to the steps that get it, by keyboard', async ({ page }) => {
  await page.goto('guide/');
  await pickByKeyboard(page, 'Vilken är din roll i ärendet?', 1); // vuxenenheten
  await pickByKeyboard(page, 'Vilken förvaltning handlägger ärendet?', 1); // outside Nordost
  await pickByKeyboard(page, 'Vem tog den första kontakten med socialtjänsten?', 1); // Personen själv
  const consent = page.getByRole('group', { name: CONSENT });
  await expect(consent.getByRole('radio')).toHaveCount(3);
  await expect(consent.getByLabel('Inte ännu, eller vet inte')).toBeVisible();
  await pickByKeyboard(page, CONSENT, 2);
  await expect(page.getByRole('heading', { name: 'Dina steg', exact: true })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Samtycke finns inte ännu' })).toContainText('Frivårdsinspektören inhämtar skriftligt samtycke');
  await expect(stepTitled(page, 'Informera om modellen och hänvisa till frivårdsinspektören')).toContainText('i första hand');
  await expect(stepTitled(page, 'Inhämta skriftligt samtycke')).toHaveCount(1);
  await expect(stepTitled(page, 'Första videosamtalet')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Ingen samverkan enligt Insluss utan samtycke' })).toHaveCount(0);
  await expect(page.locator('.guide__summary')).toContainText('Inte ännu, eller vet inte');
  await expectNoAxeViolations(page);
});

test('frivården straight to funktionsstöd: offered in Nordost only; only then does vuxenenheten see funktionsstöd\'s contact', async ({ page }) => {
  await page.goto('guide/?roll=vuxenenheten&forvaltning=annan');
  await expect(page.getByRole('group', { name: 'Vem tog den första kontakten med socialtjänsten?' }).getByRole('radio')).toHaveCount(2);
  await page.goto('guide/?roll=vuxenenheten&forvaltning=nordost');
  await choose(page, 'Vem tog den första kontakten med socialtjänsten?', 'Frivården, direkt till funktionsstöd');
  await choose(page, CONSENT, 'Ja');
  await date(page, '2027-03-03');
  await choose(page, LATE, 'Nej');
  await choose(page, 'Behöver den enskilde försörjningsstöd och/eller sysselsättning?', 'Nej');
  await choose(page, 'Har frivården redan från början signalerat att den enskilde har någon form av funktionsvariation?', 'Nej');
  await choose(page, 'Är den enskilde 18–24 år?', 'Nej');
  const contact = conditionalTitled(page, 'Kontakta vuxenenheten vid behov, när frivården vänt sig direkt till funktionsstöd');
  await expect(contact).toContainText('Gäller om det finns behov av kontakt med vuxenenheten.');
  await page.getByRole('link', { name: 'Ändra första kontakten' }).click();
  await choose(page, 'Vem tog den första kontakten med socialtjänsten?', 'Frivården');
  await expect(page.getByRole('heading', { name: 'Dina steg', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kontakta vuxenenheten vid behov, när frivården vänt sig direkt till funktionsstöd' })).toHaveCount(0);
});

test('the page says it is a reading of the routines, near the top, linking to their text', async ({ page }) => {
  await page.goto('guide/');
  const note = page.locator('main .reading-note');
  await expect(note).toContainText('Sidan är webbplatsens läsning av rutinerna, inte rutinerna själva');
  await note.getByRole('link', { name: 'Göteborgs Stads rutin för samverkan enligt insluss' }).click();
  await expect(page).toHaveURL(/rutiner\/goteborgs-stad\/$/);
});

test('a release date already past says so', async ({ page }) => {
  await page.goto('guide/?roll=forsorjningsstod&forvaltning=nordost&forstaKontakt=frivarden&samtycke=ja&frigivning=2026-10-01&befintligKontakt=nej');
  await expect(page.getByRole('region', { name: 'Frigivningsdatumet har passerat' })).toBeVisible();
  await expect(stepTitled(page, 'Nybesök på försörjningsstöd')).toContainText('datumet har passerat');
});

test('the result reopens the same in a new tab, and each answer can be changed', async ({ page, context }) => {
  await page.goto('guide/?roll=forsorjningsstod&forvaltning=nordost&forstaKontakt=frivarden&samtycke=ja&frigivning=2027-01-22&befintligKontakt=nej');
  const titles = await steps(page).getByRole('heading').allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  const other = await context.newPage();
  await other.clock.setFixedTime(NOW);
  await other.goto(page.url());
  expect(await steps(other).getByRole('heading').allTextContents()).toEqual(titles);

  await page.getByRole('link', { name: 'Ändra planerad frigivning' }).click();
  await expect(page.getByLabel('När är den villkorliga frigivningen planerad?')).toHaveValue('2027-01-22');
  await date(page, '2027-02-05');
  await expect(stepTitled(page, 'Nybesök på försörjningsstöd').locator('.guide__date')).toHaveText('Senast fredag 22 januari 2027');
});

test('Tillbaka and the browser back button return to the previous question', async ({ page }) => {
  await page.goto('guide/');
  await choose(page, 'Vilken är din roll i ärendet?', 'Frivårdsinspektör');
  await choose(page, 'Vilken förvaltning handlägger ärendet?', 'Centrum, Hisingen eller Sydväst');
  await expect(page.getByRole('group', { name: 'Vem tog den första kontakten med socialtjänsten?' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('group', { name: 'Vilken förvaltning handlägger ärendet?' })).toBeVisible();
  await page.getByRole('link', { name: 'Tillbaka' }).click();
  const role = page.getByRole('group', { name: 'Vilken är din roll i ärendet?' });
  await expect(role.getByLabel('Frivårdsinspektör')).toBeChecked();
});

test('a date that does not exist is refused with a message', async ({ page }) => {
  await page.goto('guide/?roll=funktionsstod&forstaKontakt=frivarden&samtycke=ja');
  await page.getByLabel('När är den villkorliga frigivningen planerad?').fill('2027-02-30');
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByText('Skriv ett datum som finns, som ÅÅÅÅ-MM-DD')).toBeVisible();
  await expect(page.getByLabel('När är den villkorliga frigivningen planerad?')).toBeFocused();
  await expect(page.getByLabel('När är den villkorliga frigivningen planerad?')).toHaveAttribute('aria-invalid', 'true');
});

test('Nästa without an answer says what is missing', async ({ page }) => {
  await page.goto('guide/?roll=vuxenenheten');
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.getByText('Välj ett av svaren.')).toBeVisible();
  await expect(page.getByLabel('Socialförvaltningen Nordost')).toBeFocused();
  await expect(page).toHaveURL(/\?roll=vuxenenheten$/);
  await expectNoAxeViolations(page);
});

test('junk in the address is ignored with a note, never run', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const junk = `?roll=${encodeURIComponent('<img src=x onerror=alert(1)>')}&frigivning=2027-02-30&samtycke=kanske&x=${'y'.repeat(300)}`;
  await page.goto(`guide/${junk}`);
  await expect(page.getByText('Några uppgifter i adressen kunde inte användas och har hoppats över.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Vilken är din roll i ärendet?' })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  await page.goto(`guide/?roll=vuxenenheten&q=${'z'.repeat(5000)}`);
  await expect(page.getByText('Några uppgifter i adressen kunde inte användas')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Vilken är din roll i ärendet?' })).toBeVisible();
  expect(dialog).toBe(false);
});

test('nothing is stored and nothing is sent', async ({ page, baseURL }) => {
  const outside: string[] = [];
  const posted: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) outside.push(request.url());
    if (request.method() !== 'GET') posted.push(request.url());
  });
  await page.goto('guide/');
  await choose(page, 'Vilken är din roll i ärendet?', 'Frivårdsinspektör');
  await choose(page, 'Vilken förvaltning handlägger ärendet?', 'Socialförvaltningen Nordost');
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }));
  expect(stored).toEqual({ local: 0, session: 0, cookies: '' });
  expect(outside).toEqual([]);
  expect(posted).toEqual([]);
  await expect(page.getByText('Guiden frågar inte efter namn, personnummer eller andra personuppgifter')).toBeVisible();
});

test('the result prints as a clean checklist', async ({ page }) => {
  await page.goto('guide/?roll=forsorjningsstod&forvaltning=nordost&forstaKontakt=frivarden&samtycke=ja&frigivning=2027-01-22&befintligKontakt=nej');
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^Ändra/ }).first()).toBeHidden();
  await expect(stepTitled(page, 'Nybesök på försörjningsstöd')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide says it needs JavaScript and links to the same steps', async ({ page }) => {
    await page.goto('guide/');
    await expect(page.getByText('Guiden behöver JavaScript.')).toBeVisible();
    await page.getByRole('link', { name: 'sidorna för varje roll' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roller');
  });
});

test('axe finds nothing at any question of a full path, nor on its result', async ({ page }) => {
  const path: Array<[string, string]> = [
    ['roll', 'vuxenenheten'],
    ['forvaltning', 'nordost'],
    ['forstaKontakt', 'frivarden'],
    ['samtycke', 'ja'],
    ['frigivning', '2027-03-03'],
    ['naraFrigivning', 'nej'],
    ['behov', 'ja'],
    ['befintligKontakt', 'nej'],
    ['funktionsvariation', 'ja'],
    ['alder1824', 'ja'],
  ];
  for (let answered = 0; answered <= path.length; answered++) {
    const query = new URLSearchParams(path.slice(0, answered)).toString();
    await page.goto(`guide/${query ? `?${query}` : ''}`);
    const expected = answered < path.length ? page.locator('.guide__legend') : page.getByRole('heading', { name: 'Dina steg', exact: true });
    await expect(expected).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
