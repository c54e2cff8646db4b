import { expect, test } from '@playwright/test';
import { rolesInOrder } from '../src/lib/process/model.ts';
import { telHref } from '../src/lib/phone.ts';
import { escapeRegExp as escape } from './content/project';
import { first, flowchartPages, rolePagesOf, siteContent, stepsOfRole } from './support/process';

/**
 * What a role page links to, each read from content/ as the build reads it:
 * its contacts (content/kontakter.yaml), the guide with the role answered
 * (its next question, content/process/fragor.yaml), a step's source in the
 * routine's text (content/rutiner/) and the next step on the flowchart.
 * These are the parts of a role page a document owner's revision changes,
 * so npm test runs this spec over the owner's revision too (scripts/test.mjs);
 * the steps a role page lists and how: tests/roles.spec.ts.
 */
const content = siteContent();
const model = content.process;
const ROLES = rolesInOrder(model);
const stepById = (id: string) => model.steps.find((step) => step.id === id)!;

test('a role page shows its contacts from the contact data, numbers and addresses linked', async ({ page }) => {
  const { units, people } = content.contacts;
  const withContacts = ROLES.filter((role) => role.kontakter.length > 0);
  expect(withContacts.length).toBeGreaterThan(0);
  // A contact comes from its unit's routine: a page lists those of its view's routines only.
  const routineOf = (id: string) => units.find((unit) => unit.id === (people.find((person) => person.id === id)?.enhet ?? id))!.rutin;
  for (const role of withContacts) {
    const listed = new Set<string>();
    for (const rolePage of rolePagesOf(role.id)) {
      await page.goto(rolePage.path);
      const section = page.getByRole('region', { name: /^Kontakter i / });
      const inView = role.kontakter.filter((id) => rolePage.scopes.includes(routineOf(id)));
      if (inView.length === 0) await expect(section, rolePage.path).toHaveCount(0);
      for (const id of role.kontakter) {
        const unit = units.find((candidate) => candidate.id === id);
        const shown = unit ? [...unit.linjer, ...people.filter((person) => person.enhet === unit.id)] : people.filter((person) => person.id === id);
        expect(shown.length, `${role.id}: ${id}`).toBeGreaterThan(0);
        if (!inView.includes(id)) {
          for (const contact of shown) await expect(page.getByRole('main').getByRole('heading', { name: contact.namn, exact: true }), `${rolePage.path}: ${contact.namn}`).toHaveCount(0);
          continue;
        }
        listed.add(id);
        for (const contact of shown) {
          await expect(section.getByRole('heading', { name: contact.namn, exact: true }), `${rolePage.path}: ${contact.namn}`).toHaveCount(1);
          const phones = 'linjer' in contact ? [] : Array.isArray(contact.telefon) ? contact.telefon : [contact.telefon];
          for (const phone of phones) await expect(section.getByRole('link', { name: phone.display, exact: true }).first()).toHaveAttribute('href', telHref(phone));
          const email = 'epost' in contact ? contact.epost : contact.funktionsbrevlada;
          if (email) await expect(section.getByRole('link', { name: email, exact: true }).first()).toHaveAttribute('href', `mailto:${email}`);
        }
      }
    }
    // Every contact the role names is on one of its pages.
    expect([...listed].sort(), role.id).toEqual([...role.kontakter].sort());
  }
});

test('a role page leads to the guide with the role chosen', async ({ page }) => {
  const role = ROLES.find((candidate) => stepsOfRole(candidate.id).own.length > 0)!;
  const firstCaseQuestion = first('guide question after the role', model.questions.filter((question) => question.typ !== 'roll'));
  await page.goto(`roller/${role.id}/`);
  await page.getByRole('link', { name: 'Räkna ut dina datum i guiden' }).click();
  await expect(page).toHaveURL(new RegExp(`guide/#roll=${role.id}$`));
  // The role is answered: the guide asks the first question about the case.
  await expect(page.getByRole('group', { name: firstCaseQuestion.fraga })).toBeVisible();
  await expect(page.getByText('Fråga 2')).toBeVisible();
});

/** The flowchart page of a role page's view: the one for the same administration. */
const flowchartOf = (administration: string | undefined) => flowchartPages().find((chartPage) => chartPage.administration === administration)!;

/** A step of a role with a source in a routine, and a step after it in the same view, with the role page that shows it. */
const quoted = first(
  'step with a source in a routine and a following step',
  ROLES.flatMap((role) =>
    rolePagesOf(role.id).flatMap((rolePage) =>
      // The view's steps keep only the arrows within the view.
      rolePage.steps.filter((step) => step.roller.includes(role.id)).map((step) => ({ role, step, path: rolePage.path, administration: rolePage.administration })),
    ),
  ).filter(({ step }) => step.kallor.some((source) => source.avsnitt && source.citat) && step.nasta.length > 0),
);

test('a source link on a role page leads to the quoted section', async ({ page }) => {
  const source = quoted.step.kallor.find((candidate) => candidate.avsnitt && candidate.citat)!;
  const routine = content.routines.find((candidate) => candidate.id === source.dokument)!;
  await page.goto(quoted.path);
  await page
    .locator(`#steg-${quoted.step.id}`)
    .getByRole('link', { name: new RegExp(`^${escape(routine.data.title)}, avsnittet ”`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`rutiner/${routine.id}/#${source.avsnitt}$`));
  // The quote's first words are there, in the routine's text.
  const opening = source.citat!.split(/\s+/).slice(0, 6).join(' ');
  await expect(page.getByRole('main').getByText(opening).first()).toBeVisible();
});

test('the steps that follow link to their place in the flowchart', async ({ page }) => {
  const next = stepById(quoted.step.nasta[0]!.till);
  await page.goto(quoted.path);
  await page.locator(`#steg-${quoted.step.id}`).getByRole('link', { name: next.titel, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${flowchartOf(quoted.administration).path}#steg-${next.id}$`));
  await expect(page.locator(`#steg-${next.id}`)).toBeInViewport();
});
