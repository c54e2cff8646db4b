import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith } from './project.ts';

const STEPS = 'content/process/steg.yaml';

/** Replaces the first occurrence of `from` in the file's text. */
const replace = (from: string, to: string) => (text: string) => text.replace(from, to);

test('a step without a source is refused, naming file, entry and field', () => {
  const { errors, output } = checkWith({
    [STEPS]: replace(
      '  kallor:\n    - dokument: goteborgs-stad\n      avsnitt: inkluss-modellen\n      citat: Om en frihetsberövad person',
      '  kalla:\n    - dokument: goteborgs-stad\n      avsnitt: inkluss-modellen\n      citat: Om en frihetsberövad person',
    ),
  });
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.match(output, /content\/process\/steg\.yaml → informera-och-hanvisa: Okänt fält "kalla"/);
  assert.match(output, /content\/process\/steg\.yaml → informera-och-hanvisa, fältet kallor: Ange minst en källa med ett ordagrant citat \(kallor\)\./);
});

test('an unknown role and a quote not in the routine are refused with one line each', () => {
  // Checked with the content, before any page is built.
  const { errors, output } = checkWith({
    [STEPS]: (text) =>
      text
        .replace('  roller: [kontaktperson-anstalt]', '  roller: [kontaktperson]')
        .replace('citat: Ett nybesök genomförs senast cirka två veckor före frigivning.', 'citat: Ett nybesök genomförs senast två veckor före frigivning.'),
  });
  assert.ok(errors.length > 0, 'the content should have been refused');
  // The role is the step's own word too: changed, the step is to be read again (in the same run).
  assert.equal(errors.length, 3, output);
  assert.match(output, /content\/process\/steg\.yaml → kontakt-via-anstalten, fältet roller: rollen "kontaktperson" finns inte/);
  assert.match(output, /content\/process\/steg\.yaml → kontakt-via-anstalten, fältet roller: stegets egna ord har ändrats sedan steget granskades \(borttaget: ”kontaktperson-anstalt”; tillagt: ”kontaktperson”\)/);
  assert.match(output, /content\/process\/steg\.yaml → nybesok, fältet kallor\[1\]\.citat: citatet står inte ordagrant i rutinen "nordost"/);
});

test('two steps with the same id are both named', () => {
  const { errors, output } = checkWith({ [STEPS]: replace('- id: nybesok', '- id: utredning-klar') });
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.match(
    output,
    /content\/process\/steg\.yaml → post nummer \d+ \(Utredningen om ekonomiskt bistånd är klar\), fältet id: id "utredning-klar" används också av post nummer \d+ \(Nybesök på försörjningsstöd\)\./,
  );
});

test("a role or a question that the guide's questions name but that does not exist is refused, one line each", () => {
  const { errors, output } = checkWith({
    'content/process/fragor.yaml': (text) =>
      text.replace('    forsorjningsstod: { behov: ja }', '    forsorjningstod: { behov: ja }').replace('    funktionsstod: { forvaltning: nordost }', '    funktionsstod: { forvaltningen: nordost }'),
  });
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.equal(errors.length, 2, output);
  assert.match(output, /content\/process\/fragor\.yaml → roll, fältet foljerAvRollen\.forsorjningstod: rollen "forsorjningstod" finns inte i content\/process\/roller\.yaml\./);
  assert.match(output, /content\/process\/fragor\.yaml → roll, fältet foljerAvRollen\.funktionsstod: "forvaltningen" är ingen fråga i guiden \(content\/process\/fragor\.yaml\)/);
});

test("a question's misspelt field is refused, naming file, entry and field", () => {
  const { errors, output } = checkWith({ 'content/process/fragor.yaml': (text) => text.replace('  svarsrubrik: Samtycke', '  svarsrubriken: Samtycke') });
  assert.ok(errors.length > 0, 'the content should have been refused');
  assert.match(output, /content\/process\/fragor\.yaml → samtycke: Okänt fält "svarsrubriken"/);
  assert.match(output, /content\/process\/fragor\.yaml → samtycke, fältet svarsrubrik: Fyll i hur svaret rubriceras under Dina svar \(svarsrubrik\)\./);
});
