import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactIndex, type Person, type Unit } from '../contacts.ts';
import { stepContacts } from './step-contacts.ts';
import { smallModel } from './test-fixtures.ts';

const unit = (id: string, namn: string, rutin: string): Unit => ({ id, namn, forvaltning: 'Förvaltningen', rutin, sokord: [], linjer: [] });
const person = (id: string, namn: string, enhet: string, roll?: string): Person => ({ id, namn, titel: 'socialsekreterare', enhet, roll, telefon: [], epost: `${id}@example.se` });

const contacts = contactIndex(
  [unit('vuxen-mottag', 'Vuxen Mottag', 'lokal'), unit('stod', 'Stödet', 'stad')],
  [person('anna', 'Anna A', 'stod', 'kontaktperson i Insluss-ärenden'), person('bo', 'Bo B', 'stod')],
);

function model(kontakter: Record<string, string[]>) {
  const small = smallModel();
  return { ...small, roles: small.roles.map((role) => ({ ...role, kontakter: kontakter[role.id] ?? [] })) };
}

test('a step that contacts a role links that role\'s contacts, a person with their Insluss role, each with where its routine applies', () => {
  const contacted = stepContacts(model({ vuxen: ['vuxen-mottag', 'anna', 'bo'] }), { kontaktar: ['vuxen'] }, contacts);
  assert.deepEqual(contacted, [
    { id: 'vuxen-mottag', name: 'Vuxen Mottag', districts: ['Norr'] },
    { id: 'anna', name: 'Anna A, kontaktperson i Insluss-ärenden', districts: ['Norr', 'Syd'] },
    { id: 'bo', name: 'Bo B', districts: ['Norr', 'Syd'] },
  ]);
});

test('two roles that share a contact name it once', () => {
  const contacted = stepContacts(model({ vuxen: ['stod'], frivarden: ['stod', 'anna'] }), { kontaktar: ['vuxen', 'frivarden'] }, contacts);
  assert.deepEqual(
    contacted.map((contact) => contact.id),
    ['stod', 'anna'],
  );
});

test('nothing is linked where the step names no role to contact, or the role has no contacts', () => {
  assert.deepEqual(stepContacts(model({ vuxen: ['vuxen-mottag'] }), { kontaktar: [] }, contacts), []);
  assert.deepEqual(stepContacts(model({}), { kontaktar: ['frivarden'] }, contacts), []);
});

test('on a view’s page, only the contacts its routines give: a person by their unit’s routine', () => {
  const kontakter = model({ vuxen: ['vuxen-mottag', 'anna'] });
  assert.deepEqual(
    stepContacts(kontakter, { kontaktar: ['vuxen'] }, contacts, ['stad']).map((contact) => contact.id),
    ['anna'],
  );
  assert.deepEqual(
    stepContacts(kontakter, { kontaktar: ['vuxen'] }, contacts, ['stad', 'lokal']).map((contact) => contact.id),
    ['vuxen-mottag', 'anna'],
  );
});
