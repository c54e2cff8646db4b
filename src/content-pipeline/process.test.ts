import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateModel } from './process.ts';
import { formatProblem, type Problem } from './problems.ts';
import { ROUTINE, smallModel, step } from '../lib/process/test-fixtures.ts';
import type { ProcessModel } from '../lib/process/model.ts';

const context = { routines: [ROUTINE], contactIds: ['vuxen-mottag'] };

function problems(change: (model: ProcessModel) => void): Array<Omit<Problem, 'message'> & { message: string }> {
  const model = smallModel();
  change(model);
  return validateModel(model, context);
}

test('the small model is valid', () => assert.deepEqual(validateModel(smallModel(), context), []));

const cases: Array<{ name: string; change: (model: ProcessModel) => void; entry: string; field: string; message: RegExp }> = [
  {
    name: 'an unknown owning role',
    change: (m) => (m.steps[0]!.roller = ['vuxenenhet']),
    entry: 'mote',
    field: 'roller',
    message: /rollen "vuxenenhet" finns inte/,
  },
  {
    name: 'an unknown concerned role',
    change: (m) => (m.steps[0]!.berorda = ['x']),
    entry: 'mote',
    field: 'berorda',
    message: /rollen "x" finns inte/,
  },
  {
    name: 'an unknown role to contact',
    change: (m) => (m.steps[0]!.kontaktar = ['forsorjningsstod']),
    entry: 'mote',
    field: 'kontaktar',
    message: /rollen "forsorjningsstod" finns inte/,
  },
  { name: 'an unknown phase', change: (m) => (m.steps[0]!.fas = 'fas9'), entry: 'mote', field: 'fas', message: /fasen "fas9" finns inte/ },
  {
    name: 'a local step standing in for an unknown step (ersatter)',
    change: (m) => (m.steps[0]!.ersatter = ['saknas']),
    entry: 'mote',
    field: 'ersatter',
    message: /steget "saknas" finns inte/,
  },
  {
    name: 'a step standing in for itself',
    change: (m) => (m.steps[0]!.ersatter = [m.steps[0]!.id]),
    entry: 'mote',
    field: 'ersatter',
    message: /kan inte ersätta sig självt/,
  },
  {
    name: 'an edge to an unknown step',
    change: (m) => m.steps[0]!.nasta.push({ till: 'saknas' }),
    entry: 'mote',
    field: 'nasta',
    message: /steget "saknas" finns inte/,
  },
  {
    name: 'an unknown contact on a role',
    change: (m) => (m.roles[1]!.kontakter = ['vuxen-mottagning']),
    entry: 'vuxen',
    field: 'kontakter',
    message: /kontakten "vuxen-mottagning" finns inte/,
  },
  {
    name: 'an unknown routine',
    change: (m) => (m.steps[0]!.kallor[0]!.dokument = 'goteborg'),
    entry: 'mote',
    field: 'kallor[1].dokument',
    message: /rutinen "goteborg" finns inte/,
  },
  {
    name: 'an unknown section anchor',
    change: (m) => (m.steps[0]!.kallor[0]!.avsnitt = 'modell'),
    entry: 'mote',
    field: 'kallor[1].avsnitt',
    message: /avsnittet "modell" finns inte.*Avsnitten heter: rutin, modellen, malgrupp/,
  },
  {
    name: 'a quote not in the routine',
    change: (m) => (m.steps[0]!.kallor[0]!.citat = 'Kontakten ska initieras av socialtjänsten.'),
    entry: 'mote',
    field: 'kallor[1].citat',
    // The routine's sentence whole, and the words that differ.
    message: /citatet står inte ordagrant i rutinen "stad"\. Rutinen säger nu: ”Kontakten ska initieras av frivården\.” Skillnad mot citatet: borttaget: ”socialtjänsten\.”; tillagt: ”frivården\.”\./,
  },
  {
    name: 'a quote from another section',
    change: (m) => (m.steps[0]!.kallor[0]!.avsnitt = 'malgrupp'),
    entry: 'mote',
    field: 'kallor[1].citat',
    message: /står i rutinen "stad" men inte i avsnittet "malgrupp"/,
  },
  {
    name: 'an unreachable step',
    change: (m) => m.steps.push(step('ensam')),
    entry: 'ensam',
    field: 'nasta',
    message: /går inte att nå från något startsteg/,
  },
  {
    name: 'a condition on an unknown question',
    change: (m) => (m.steps[0]!.villkor = { text: 'x', nar: { alder: 'ja' } }),
    entry: 'mote',
    field: 'villkor.nar',
    message: /"alder" är ingen fråga i guiden/,
  },
  {
    name: 'a condition with an unknown answer in a list',
    change: (m) => (m.steps[0]!.villkor = { text: 'x', nar: { samtycke: ['ja', 'kanske'] } }),
    entry: 'mote',
    field: 'villkor.nar',
    message: /"samtycke: kanske" är inget giltigt svar. Använd någon av: ja, nej, inte-annu/,
  },
  {
    name: 'a condition with an unknown answer',
    change: (m) => (m.steps[0]!.villkor = { text: 'x', nar: { samtycke: 'kanske' } }),
    entry: 'mote',
    field: 'villkor.nar',
    message: /"samtycke: kanske" är inget giltigt svar/,
  },
  {
    name: 'a role the guide\'s questions imply answers for that does not exist',
    change: (m) => (m.questions[0]!.foljerAvRollen = { vuxenenhet: { behov: 'ja' } }),
    entry: 'roll',
    field: 'foljerAvRollen.vuxenenhet',
    message: /rollen "vuxenenhet" finns inte i content\/process\/roller\.yaml/,
  },
  {
    name: 'an implied answer to a question that does not exist',
    change: (m) => (m.questions[0]!.foljerAvRollen = { vuxen: { behovet: 'ja' } }),
    entry: 'roll',
    field: 'foljerAvRollen.vuxen',
    message: /"behovet" är ingen fråga i guiden \(content\/process\/fragor\.yaml\)/,
  },
  {
    name: 'an implied answer the question does not offer',
    change: (m) => (m.questions[0]!.foljerAvRollen = { vuxen: { behov: 'kanske' } }),
    entry: 'roll',
    field: 'foljerAvRollen.vuxen',
    message: /"behov: kanske" är inget giltigt svar. Använd någon av: ja, nej/,
  },
  {
    name: 'a presupposed answer the question does not offer',
    change: (m) => (m.questions.find((q) => q.id === 'samtycke')!.forutsatter = 'jo'),
    entry: 'samtycke',
    field: 'forutsatter',
    message: /"jo" är inget av frågans svar/,
  },
  {
    name: 'a question to choose from with one answer',
    change: (m) => (m.questions.find((q) => q.id === 'behov')!.alternativ.length = 1),
    entry: 'behov',
    field: 'alternativ',
    message: /minst två svar/,
  },
  {
    name: 'a second date question',
    change: (m) => m.questions.push({ id: 'dom', typ: 'datum', fraga: 'Domen?', svarsrubrik: 'Dom', alternativ: [] }),
    entry: '(alla frågor)',
    field: 'typ',
    message: /exakt en fråga om frigivningsdatumet \(typ: datum\), men filen har 2/,
  },
];

for (const { name, change, entry, field, message } of cases) {
  test(`${name} is reported with file, entry and field`, () => {
    const found = problems(change);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]!.entry, entry);
    assert.equal(found[0]!.field, field);
    assert.match(found[0]!.message, message);
    assert.match(found[0]!.file, /^content\/process\/(steg|roller|fragor)\.yaml$/);
  });
}

test('a model without a start says so', () => {
  const found = problems((m) => m.steps.forEach((s) => (s.start = false)));
  assert.ok(found.some((p) => p.field === 'start' && /ingen början/.test(p.message)));
});

test('a quote may differ from the routine in whitespace and Markdown marks only', () => {
  assert.deepEqual(problems((m) => (m.steps[0]!.kallor[0]!.citat = 'Kontakten  ska initieras av\nfrivården.')), []);
});

test('a problem reads as one line naming file, entry and field', () => {
  assert.equal(
    formatProblem({ file: 'content/process/steg.yaml', entry: 'mote', field: 'fas', message: 'fasen "x" finns inte.' }),
    'content/process/steg.yaml → mote, fältet fas: fasen "x" finns inte.',
  );
});

test('a condition may list several answers the guide knows', () => {
  assert.deepEqual(problems((m) => (m.steps[0]!.villkor = { text: 'x', nar: { samtycke: ['ja', 'inte-annu'], forstaKontakt: 'frivarden-funktionsstod' } })), []);
});
