import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURE_ROUTINES } from '../lib/glossary-fixture.ts';
import type { GlossaryEntry } from './schemas.ts';
import { validateGlossary } from './glossary.ts';
import { formatProblem } from './problems.ts';

const routines = FIXTURE_ROUTINES;

const entry = (overrides: Partial<GlossaryEntry>): GlossaryEntry => ({ id: 'sig', term: 'SIG', former: [], forklaring: [], ...overrides });

const context = { routines, contactIds: ['vuxen-mottag'] };

test('a term explained, expanded and used as the routines do is valid', () => {
  assert.deepEqual(
    validateGlossary(
      [
        entry({
          utskrivning: 'social insatsgrupp',
          forklaring: [{ dokument: 'stad', avsnitt: 'inkluss-modellen', citat: 'För målgruppen 18-24 år kan SIG (social insatsgrupp) vara en hjälpsam insats.' }],
        }),
        entry({ id: 'treserva', term: 'Treserva', kontakt: 'vuxen-mottag' }),
        entry({ id: 'ffs-like', term: 'Vuxen Mottag', utskrivningTolkning: 'Socialförvaltningens mottagning' }),
      ],
      context,
    ),
    [],
  );
});

const cases: Array<{ name: string; entry: GlossaryEntry; field: string; message: RegExp }> = [
  {
    name: 'a quote not in the routine',
    entry: entry({ forklaring: [{ dokument: 'stad', avsnitt: 'inkluss-modellen', citat: 'SIG är en grupp.' }] }),
    field: 'forklaring[1].citat',
    message: /citatet står inte ordagrant i rutinen "stad"/,
  },
  {
    name: 'a quote in another section',
    entry: entry({ forklaring: [{ dokument: 'stad', avsnitt: 'bakgrund', citat: 'kan SIG (social insatsgrupp) vara' }] }),
    field: 'forklaring[1].citat',
    message: /står i rutinen "stad" men inte i avsnittet "bakgrund"/,
  },
  {
    name: 'an unknown section',
    entry: entry({ forklaring: [{ dokument: 'stad', avsnitt: 'malgrupp', citat: 'SIG' }] }),
    field: 'forklaring[1].avsnitt',
    message: /avsnittet "malgrupp" finns inte i rutinen "stad"/,
  },
  {
    name: 'a quote that does not name the term',
    entry: entry({ forklaring: [{ dokument: 'stad', avsnitt: 'inkluss-modellen', citat: 'Samverkan fortgår under hela övervakningstiden.' }] }),
    field: 'forklaring[1].citat',
    message: /citatet nämner inte termen \(letade efter: SIG\)/,
  },
  {
    name: 'an expansion the routines do not write beside the term',
    entry: entry({ utskrivning: 'särskild insatsgrupp' }),
    field: 'utskrivning',
    message: /"särskild insatsgrupp" står inte i något avsnitt av rutinerna tillsammans med termen.*utskrivningTolkning/,
  },
  {
    name: 'both an expansion and a reading of it',
    entry: entry({ utskrivning: 'social insatsgrupp', utskrivningTolkning: 'social insatsgrupp' }),
    field: 'utskrivningTolkning',
    message: /skriv antingen utskrivning .* eller utskrivningTolkning/,
  },
  {
    name: 'a term the routines do not use',
    entry: entry({ id: 'sis', term: 'SiS' }),
    field: 'former',
    message: /termen används inte i rutinerna \(letade efter: SiS\)/,
  },
  {
    name: 'an unknown contact',
    entry: entry({ kontakt: 'vuxenmottag' }),
    field: 'kontakt',
    message: /kontakten "vuxenmottag" finns inte/,
  },
];
for (const { name, entry: broken, field, message } of cases) {
  test(`${name} is reported with file, entry and field`, () => {
    const problems = validateGlossary([broken], context);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assert.equal(problems[0]!.field, field);
    assert.equal(problems[0]!.entry, broken.id);
    assert.match(formatProblem(problems[0]!), new RegExp(`^content/ordlista\\.yaml → ${broken.id}, fältet ${field.replace(/[[\].]/g, '\\$&')}: `));
    assert.match(problems[0]!.message, message);
  });
}

