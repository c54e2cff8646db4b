import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactIndex, contactSectionOf, titleWithRole, type Person, type Unit } from './contacts.ts';
import { readContent } from '../content-pipeline/index.ts';
import { slugify } from './slug.ts';

// Fixtures: fictional units and people (PTS's series for fiction, 031-390 06 00–99);
// these tests are of the index's rules, not of content/kontakter.yaml.
const FIXTURE_PHONE = { written: '031-390 06 03', digits: '0313900603', e164: '+46313900603', display: '031-390 06 03', mobile: false };
const FIXTURE_UNITS: Unit[] = [
  {
    id: 'mottag-prov',
    namn: 'Mottag Prov',
    forvaltning: 'Socialförvaltningen Fiktiva',
    rutin: 'lokal',
    linjer: [{ id: 'mottag-prov-provangen', namn: 'Mottag Provängen', telefon: FIXTURE_PHONE }],
    sokord: [],
  },
  { id: 'stod-prov', namn: 'Stöd Prov', forvaltning: 'Förvaltningen Fiktiva', rutin: 'lokal', linjer: [], sokord: [] },
];
const FIXTURE_PEOPLE: Person[] = [
  { id: 'ester-provsson', namn: 'Ester Provsson', titel: 'enhetschef', enhet: 'stod-prov', telefon: [FIXTURE_PHONE], epost: 'e@example.com' },
  { id: 'nils-fiktiv', namn: 'Nils Fiktiv', titel: 'socialsekreterare', roll: 'kontaktperson i provärenden', enhet: 'stod-prov', telefon: [], epost: 'n@example.com' },
];

test('lookups by id', () => {
  const index = contactIndex(FIXTURE_UNITS, FIXTURE_PEOPLE);
  assert.equal(index.unit('stod-prov')?.namn, 'Stöd Prov');
  assert.equal(index.person('ester-provsson')?.titel, 'enhetschef');
  assert.equal(index.person('okand'), undefined);
  assert.deepEqual(index.peopleOf('stod-prov').map((p) => p.id), ['ester-provsson', 'nils-fiktiv']);
  assert.deepEqual(index.peopleOf('mottag-prov'), []);
  assert.equal(index.line('mottag-prov-provangen')?.unit.id, 'mottag-prov');
  assert.equal(index.line('mottag-prov'), undefined);
});

test('the title is written with the Insluss role the way the routine does', () => {
  assert.equal(titleWithRole(FIXTURE_PEOPLE[0]!), 'enhetschef');
  assert.equal(titleWithRole(FIXTURE_PEOPLE[1]!), 'socialsekreterare och kontaktperson i provärenden');
});

test('the section a routine shows its contacts in: the main heading above the first <Kontaktuppgifter />', () => {
  const body = ['## Bakgrund', '', 'Text.', '', '## Kontaktuppgifter', '', '### Mottag', '', '<Kontaktuppgifter enhet="mottag" />', '', '## Sist'].join('\n');
  assert.equal(contactSectionOf(body), 'kontaktuppgifter');
  assert.equal(contactSectionOf('## Bakgrund\n\nInga kontakter här.'), undefined);
});

test('every routine in content/ that shows contacts has them under one of its main headings', () => {
  const showing = readContent().routines.filter((routine) => /<Kontaktuppgifter\b/.test(routine.body));
  assert.ok(showing.length > 0, 'some routine shows contacts');
  for (const routine of showing) {
    const mainHeadings = [...routine.body.matchAll(/^#{1,2} (.+)$/gm)].map((match) => slugify(match[1]!.trim()));
    const section = contactSectionOf(routine.body);
    assert.ok(section && mainHeadings.includes(section), `${routine.file}: ${section} among ${mainHeadings.join(', ')}`);
  }
});
