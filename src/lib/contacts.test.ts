import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contactIndex, contactSectionOf, titleWithRole, type Person, type Unit } from './contacts.ts';

const phone = { written: '031-365 33 85', digits: '0313653385', e164: '+46313653385', display: '031-365 33 85', mobile: false };
const units: Unit[] = [
  {
    id: 'vuxen-mottag',
    namn: 'Vuxen Mottag',
    forvaltning: 'Socialförvaltningen Nordost',
    rutin: 'lokal',
    linjer: [{ id: 'vuxen-mottag-kortedala', namn: 'Mottag Kortedala', telefon: phone }],
    sokord: [],
  },
  { id: 'funktionsstod', namn: 'Funktionsstöd', forvaltning: 'FFS', rutin: 'lokal', linjer: [], sokord: [] },
];
const people: Person[] = [
  { id: 'nina-sunnerfjell', namn: 'Nina Sunnerfjell', titel: 'enhetschef', enhet: 'funktionsstod', telefon: [phone], epost: 'n@x.se' },
  { id: 'hamideh-daniali', namn: 'Hamideh Daniali', titel: 'socialsekreterare', roll: 'kontaktperson i Insluss-ärenden', enhet: 'funktionsstod', telefon: [], epost: 'h@x.se' },
];

test('lookups by id', () => {
  const index = contactIndex(units, people);
  assert.equal(index.unit('funktionsstod')?.namn, 'Funktionsstöd');
  assert.equal(index.person('nina-sunnerfjell')?.titel, 'enhetschef');
  assert.equal(index.person('okand'), undefined);
  assert.deepEqual(index.peopleOf('funktionsstod').map((p) => p.id), ['nina-sunnerfjell', 'hamideh-daniali']);
  assert.deepEqual(index.peopleOf('vuxen-mottag'), []);
  assert.equal(index.line('vuxen-mottag-kortedala')?.unit.id, 'vuxen-mottag');
  assert.equal(index.line('vuxen-mottag'), undefined);
});

test('the title is written with the Insluss role the way the routine does', () => {
  assert.equal(titleWithRole(people[0]!), 'enhetschef');
  assert.equal(titleWithRole(people[1]!), 'socialsekreterare och kontaktperson i Insluss-ärenden');
});

test('the section a routine shows its contacts in: the main heading above the first <Kontaktuppgifter />', () => {
  const body = ['## Bakgrund', '', 'Text.', '', '## Kontaktuppgifter', '', '### Mottag', '', '<Kontaktuppgifter enhet="mottag" />', '', '## Sist'].join('\n');
  assert.equal(contactSectionOf(body), 'kontaktuppgifter');
  assert.equal(contactSectionOf('## Bakgrund\n\nInga kontakter här.'), undefined);
  assert.equal(contactSectionOf(readFileSync('content/rutiner/nordost.mdx', 'utf8')), 'kontaktuppgifter');
});
