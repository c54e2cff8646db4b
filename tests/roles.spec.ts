import { expect, test } from '@playwright/test';
import { siteContent } from './support/process';

const ROLES = {
  frivarden: 'Frivårdsinspektör',
  vuxenenheten: 'Socialsekreterare på vuxenenheten',
  forsorjningsstod: 'Socialsekreterare på ekonomiskt bistånd',
  funktionsstod: 'Funktionsstöd',
  'den-enskilde': 'Den enskilde',
} as const;

test('the role list leads to a page for each role', async ({ page }) => {
  await page.goto('roller/');
  for (const [id, name] of Object.entries(ROLES)) {
    await page.getByRole('main').getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`roller/${id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await page.goBack();
  }
});

/** What each role page must cover (issue 4), as step titles and timings the page shows. */
const COVERS: Record<keyof typeof ROLES, string[]> = {
  forsorjningsstod: [
    'Nybesök på försörjningsstöd',
    'senast cirka två veckor före frigivningen',
    'Utredningen om ekonomiskt bistånd är klar',
    'senast samma dag som frigivningen',
    'Identifiering utan ID-kort',
    'Nödbistånd i form av akuta matpengar',
  ],
  vuxenenheten: ['Inhämta skriftligt samtycke', 'Första videosamtalet', 'Kontakta mottagningsenheten för ekonomiskt bistånd'],
  funktionsstod: [siteContent().process.steps.find((step) => step.id === 'funktionsstod-fran-start')!.titel, 'signalerar en funktionsvariation'],
  frivarden: ['Inhämta skriftligt samtycke', 'tidigast fyra månader före villkorlig frigivning', 'Bistå med personutredning och verkställighetsplan'],
  'den-enskilde': ['Samtycka till samverkan', 'Första videosamtalet'],
};

for (const [id, texts] of Object.entries(COVERS)) {
  test(`the ${id} page covers its steps, each with a source`, async ({ page }) => {
    await page.goto(`roller/${id}/`);
    const main = page.getByRole('main');
    for (const text of texts) await expect(main.getByText(text, { exact: false }).first(), text).toBeVisible();
    const steps = main.locator('ol.steps > li');
    expect(await steps.count()).toBeGreaterThan(0);
    for (const step of await steps.all()) {
      await expect(step.getByText('Källa:').first()).toBeVisible();
      await expect(step.getByText(/^(Vem|När)$/).first()).toBeVisible();
    }
  });
}

test('the role page separates my steps from others\' steps that concern me', async ({ page }) => {
  await page.goto('roller/vuxenenheten/');
  const own = page.getByRole('region', { name: 'Dina steg' });
  const context = page.getByRole('region', { name: 'Andras steg som berör dig' });
  await expect(own.getByRole('heading', { name: /Första videosamtalet$/ })).toBeVisible();
  await expect(context.getByRole('heading', { name: /Inhämta skriftligt samtycke$/ })).toBeVisible();
  await expect(own.getByRole('heading', { name: /Inhämta skriftligt samtycke$/ })).toHaveCount(0);
});

test('a role page numbers its steps: those of every case first, then those that hang on a condition, under it', async ({ page }) => {
  await page.goto('roller/vuxenenheten/');
  const own = page.getByRole('region', { name: 'Dina steg' });
  // The numbers are drawn before each title and read with it; they run on from one list to the next.
  const count = await own.locator('.step__title').count();
  expect(count).toBeGreaterThan(10);
  for (let number = 1; number <= count; number++) {
    await expect(own.locator('.step__title').nth(number - 1), `step ${number}`).toHaveText(new RegExp(`^${number}\\. `));
  }
  const always = own.locator('h3:text-is("I varje Insluss-ärende") + ol > li');
  const sometimes = own.locator('h3:text-is("Bara i vissa ärenden") ~ ol > li');
  const video = page.getByRole('heading', { name: /^\d+\. Första videosamtalet$/ });
  await expect(always.filter({ has: video })).toHaveCount(1);
  await expect(sometimes.filter({ has: video })).toHaveCount(0);
  const sig = sometimes.filter({ has: page.getByRole('heading', { name: /SIG \(social insatsgrupp\) för 18–24 år$/ }) });
  await sig.scrollIntoViewIfNeeded();
  await expect(sig.locator('.step__condition')).toHaveText('Villkor: Om den enskilde är 18–24 år');
  // A step of the supplement only: the district is its condition.
  const nordost = sometimes.filter({ has: page.getByRole('heading', { name: /Kontakta försörjningsstöd för ett gemensamt möte$/ }) });
  await expect(nordost.locator('.step__condition')).toHaveText('Villkor: Utifrån den enskildes behov av försörjningsstöd, i ärenden hos Socialförvaltningen Nordost');
  const firstSometimes = await sometimes.first().evaluate((element) => element.getBoundingClientRect().top);
  const lastAlways = await always.last().evaluate((element) => element.getBoundingClientRect().top);
  expect(lastAlways).toBeLessThan(firstSometimes);
});

test('a role page leads to the guide with the role chosen', async ({ page }) => {
  await page.goto('roller/forsorjningsstod/');
  await page.getByRole('link', { name: 'Räkna ut dina datum i guiden' }).click();
  await expect(page).toHaveURL(/guide\/#roll=forsorjningsstod$/);
  // The role is answered: the guide asks the first question about the case.
  await expect(page.getByRole('group', { name: 'Vilken förvaltning handlägger ärendet?' })).toBeVisible();
  await expect(page.getByText('Fråga 2')).toBeVisible();
});

test('a source link on a role page leads to the quoted section', async ({ page }) => {
  await page.goto('roller/forsorjningsstod/');
  const nybesok = page.locator('#steg-nybesok');
  await nybesok.getByRole('link', { name: /Lokal rutin Insluss, avsnittet ”Arbetsätt försörjningsstöd”/ }).click();
  await expect(page).toHaveURL(/rutiner\/nordost\/#arbetsatt-forsorjningsstod$/);
  await expect(page.getByText('Ett nybesök genomförs senast cirka två veckor före frigivning.')).toBeVisible();
});

test('the steps that follow link to their place in the flowchart', async ({ page }) => {
  await page.goto('roller/forsorjningsstod/');
  await page.locator('#steg-nybesok').getByRole('link', { name: 'Utredningen om ekonomiskt bistånd är klar' }).click();
  await expect(page).toHaveURL(/flodesschema\/#steg-utredning-klar$/);
  await expect(page.locator('#steg-utredning-klar')).toBeInViewport();
});

test('a role page shows its contacts from the contact data, linked', async ({ page }) => {
  await page.goto('roller/funktionsstod/');
  const section = page.getByRole('region', { name: 'Kontakter i Nordost' });
  await expect(section.getByRole('heading', { name: 'Hamideh Daniali' })).toHaveCount(1);
  await expect(section.getByRole('link', { name: '031-365 33 59' })).toHaveAttribute('href', 'tel:+46313653359');
  await expect(section.getByRole('link', { name: 'hamideh.daniali@funktionsstod.goteborg.se' })).toHaveAttribute('href', 'mailto:hamideh.daniali@funktionsstod.goteborg.se');
  await expect(section.getByRole('heading', { name: 'Nina Sunnerfjell' })).toHaveCount(1);
  await page.goto('roller/vuxenenheten/');
  await expect(page.getByRole('region', { name: 'Kontakter i Nordost' }).getByRole('link', { name: '031-365 47 14' })).toHaveAttribute('href', 'tel:+46313654714');
});

test('a role page says it is a reading of the routines, near the top, linking to both', async ({ page }) => {
  await page.goto('roller/forsorjningsstod/');
  const note = page.locator('main .reading-note');
  await expect(note).toContainText('Sidan är webbplatsens läsning av rutinerna, inte rutinerna själva: det är rutinernas text som gäller');
  await expect(note.getByRole('link', { name: 'Lokal rutin Insluss' })).toHaveAttribute('href', /rutiner\/nordost\/$/);
  // Near the top: before the first step.
  const [noteTop, firstStepTop] = await Promise.all([note.evaluate((el) => el.getBoundingClientRect().top), page.locator('ol.steps > li').first().evaluate((el) => el.getBoundingClientRect().top)]);
  expect(noteTop).toBeLessThan(firstStepTop);
});

test('the role list says it is a reading of the routines too, above the role summaries', async ({ page }) => {
  await page.goto('roller/');
  const note = page.locator('main .reading-note');
  await expect(note).toContainText('Sidan är webbplatsens läsning av rutinerna, inte rutinerna själva: det är rutinernas text som gäller');
  await expect(note.getByRole('link', { name: 'Göteborgs Stads rutin för samverkan enligt insluss' })).toHaveAttribute('href', /rutiner\/goteborgs-stad\/$/);
  await expect(note.getByRole('link', { name: 'Lokal rutin Insluss' })).toHaveAttribute('href', /rutiner\/nordost\/$/);
  const [noteTop, firstCardTop] = await Promise.all([note.evaluate((el) => el.getBoundingClientRect().top), page.locator('.card').first().evaluate((el) => el.getBoundingClientRect().top)]);
  expect(noteTop).toBeLessThan(firstCardTop);
});

/** Steps whose owner the routines do not name, by the roles of the site's reading (read from content/process/). */
const unnamed = siteContent().process.steps.filter((step) => step.vem?.rutinenAnger === 'nej');

test('every step whose owner the routines do not name says so, under each role of the reading', async ({ page }) => {
  expect(unnamed.map((step) => step.id)).toEqual(expect.arrayContaining(['videosamtal', 'planering-efter-frigivning', 'sig', 'nybesok', 'sp-eller-sip']));
  for (const role of Object.keys(ROLES)) {
    const mine = unnamed.filter((step) => step.roller.includes(role));
    if (mine.length === 0) continue;
    await page.goto(`roller/${role}/`);
    for (const step of mine) {
      const item = page.getByRole('region', { name: 'Dina steg' }).locator(`#steg-${step.id}`);
      await expect(item.getByRole('definition').first(), `${step.id} on ${role}`).toHaveText(/^Rutinen anger inte vem\. Webbplatsens läsning: /);
    }
  }
  await page.goto('roller/frivarden/');
  await expect(page.locator('#steg-videosamtal')).toContainText(
    'VemRutinen anger inte vem. Webbplatsens läsning: frivårdsinspektör och socialsekreterare på vuxenenheten.',
  );
});

test.describe('issue 18', () => {
  test('14: the den enskilde page says whom each routine covers; 15: funktionsstöd\'s own step reads from its side', async ({ page }) => {
    const model = siteContent().process;
    const person = model.roles.find((role) => role.id === 'den-enskilde')!;
    await page.goto('roller/den-enskilde/');
    await expect(page.locator('.role__organisation')).toContainText(person.organisation);
    await page.goto('roller/funktionsstod/');
    const own = page.getByRole('region', { name: 'Dina steg' });
    const kortnamn = model.roles.find((role) => role.id === 'funktionsstod')!.kortnamn;
    await expect(own.getByRole('heading', { name: new RegExp(`Kontakta ${kortnamn}`, 'i') })).toHaveCount(0);
    await expect(own.getByRole('heading', { name: model.steps.find((step) => step.id === 'funktionsstod-fran-start')!.titel })).toBeVisible();
  });
});
