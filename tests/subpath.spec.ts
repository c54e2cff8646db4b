import { expect, test } from '@playwright/test';
import { guideLink } from './support/guide';
import { siteContent } from './support/process';

// Runs only in the "undermapp" project, against the build with
// BASE_PATH=/rutiner/insluss/ (routines, search and links run there too).
// Names and titles come from content/ (the local routine, a person).
const content = siteContent();
const local = content.routines.find((routine) => routine.data.kompletterar)!;
const person = content.contacts.people.at(-1)!;
const surname = person.namn.split(' ').at(-1)!;

test('pages, styles and navigation work under the sub-path', async ({ page, baseURL }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('');
  expect(new URL(page.url()).pathname).toBe('/rutiner/insluss/');
  const background = await page.getByRole('banner').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background, 'the stylesheet loaded').not.toBe('rgba(0, 0, 0, 0)');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: local.data.kortnamn }).click();
  await expect(page).toHaveURL(`${baseURL}rutiner/${local.id}/`);
  await page.getByRole('navigation', { name: 'Du är här' }).getByRole('link', { name: 'Start' }).click();
  await expect(page).toHaveURL(baseURL!);
  expect(failed).toEqual([]);
});

test('the header search form sends to the search page under the sub-path', async ({ page, baseURL }) => {
  await page.goto('tillganglighet/');
  await page.getByRole('banner').getByRole('searchbox').fill(surname);
  await page.getByRole('banner').getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(`${baseURL}sok/?q=${surname}`);
  await expect(page.locator(`.search-result a[href^="/rutiner/insluss/kontakter/?"][href$="#${person.id}"]`)).toBeVisible();
  for (const href of await page.locator('.search-result a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/rutiner\/insluss\//);
  }
});

test('the sub-path without its trailing slash, and a page without one, redirect as nginx does', async ({ page, baseURL }) => {
  await page.goto(baseURL!.replace(/\/$/, ''));
  expect(page.url()).toBe(baseURL);
  await page.goto(`${baseURL}rutiner/${local.id}?fran=intranatet`);
  expect(page.url()).toBe(`${baseURL}rutiner/${local.id}/?fran=intranatet`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(local.data.title);
});

/** A vuxenenhet's case in Nordost, answered in full by the guide's own rules over content/process/. */
const CASE = guideLink({ roll: 'vuxenenheten', forvaltning: 'nordost', samtycke: 'ja', naraFrigivning: 'nej', behov: 'nej' });

test('the guide under //rutiner/insluss/guide/ keeps every link and form target on the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // A page address starting with "//" makes a link written from location.pathname lead to the host "rutiner".
  await page.goto(`${origin}/${new URL(baseURL!).pathname}${CASE}`);
  expect(new URL(page.url()).pathname).toBe('//rutiner/insluss/guide/');
  await expect(page.getByRole('heading', { name: 'Mina steg', exact: true })).toBeVisible();
  const targets = await page.evaluate(() =>
    [...document.querySelectorAll('a[href], form[action]')].map((element) => new URL(element.getAttribute('href') ?? element.getAttribute('action')!, document.baseURI).href),
  );
  expect(targets.filter((target) => new URL(target).origin !== origin)).toEqual([]);
  expect(targets).toContain(`${baseURL}${CASE}&andra=roll`);
  await page.getByRole('link', { name: 'Ändra roll' }).click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}guide/#roll=vuxenenheten&.*andra=roll$`));
  await expect(page.getByRole('group', { name: content.process.questions.find((question) => question.typ === 'roll')!.fraga })).toBeVisible();
  const form = await page.locator('form.guide__form').evaluate((element: HTMLFormElement) => element.action);
  expect(form).toBe(`${baseURL}guide/`);
});

test('the flowchart under //rutiner/insluss/flodesschema/: "Alla roller" goes back to the page\'s own address under the sub-path', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${new URL(baseURL!).origin}/${new URL(baseURL!).pathname}flodesschema/#roll=forsorjningsstod`);
  expect(new URL(page.url()).pathname).toBe('//rutiner/insluss/flodesschema/');
  await expect(page.getByLabel('Visa steg för')).toHaveValue('forsorjningsstod');
  await page.getByLabel('Visa steg för').selectOption({ label: 'Alla roller' });
  await expect(page).toHaveURL(`${baseURL}flodesschema/`);
  expect(errors).toEqual([]);
});
