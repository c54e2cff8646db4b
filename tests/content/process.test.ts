import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { aStepQuote, checkWith, escapeRegExp, oneWordChanged, replaceInEntry, type Edits } from './project.ts';

const STEPS = 'content/process/steg.yaml';
const QUESTIONS = 'content/process/fragor.yaml';

// Today's steps and questions as written, so that each edit below breaks
// what the owner has there now, never a copy of a title, role or quote.
const steps = load(readFileSync(STEPS, 'utf8')) as Array<{ id: string; titel: string; roller?: string[]; kallor?: unknown[] }>;
const questions = load(readFileSync(QUESTIONS, 'utf8')) as Array<{ id: string; svarsrubrik?: string; grupp?: string; foljerAvRollen?: Record<string, Record<string, unknown>> }>;

const sourced = steps.find((step) => step.kallor?.length)!;
const quoted = aStepQuote();
const quoteChange = oneWordChanged(quoted.quote);
const oneRole = steps.find((step) => step.roller?.length === 1 && step.id !== quoted.step)!;
const role = oneRole.roller![0]!;
const [first, second] = steps as [(typeof steps)[number], (typeof steps)[number]];
const withRoles = questions.find((question) => question.foljerAvRollen && Object.keys(question.foljerAvRollen).length >= 2)!;
const [[roleKey], [otherRole, condition]] = Object.entries(withRoles.foljerAvRollen!) as [[string, unknown], [string, Record<string, unknown>], ...unknown[]];
const conditionQuestion = Object.keys(condition!)[0]!;
const headed = questions.find((question) => question.svarsrubrik && !question.grupp)!;

/** Broken process content: the number of errors when exact, and what the messages must say, each on a line of its own. */
const cases: Array<{ name: string; edits: Edits; count?: number; says: RegExp[] }> = [
  {
    name: 'a step without a source is refused, naming file, entry and field',
    edits: { [STEPS]: replaceInEntry(sourced.id, '  kallor:\n', '  kalla:\n') },
    says: [
      new RegExp(`content/process/steg\\.yaml → ${sourced.id}: Okänt fält "kalla"`),
      new RegExp(`content/process/steg\\.yaml → ${sourced.id}, fältet kallor: Ange minst en källa med ett ordagrant citat \\(kallor\\)\\.`),
    ],
  },
  {
    // Checked with the content, before any page is built. The role is the step's own word
    // too: changed, the step is to be read again (in the same run).
    name: 'an unknown role and a quote not in the routine are refused with one line each',
    edits: { [STEPS]: (text) => replaceInEntry(oneRole.id, `roller: [${role}]`, 'roller: [finns-inte]')(text).replace(`citat: ${quoted.quote}\n`, `citat: ${quoteChange.changed}\n`) },
    // Not a third line asking to read the steps again for the words of their own mistakes (tests/content/mistakes.test.ts).
    count: 2,
    says: [
      new RegExp(`content/process/steg\\.yaml → ${oneRole.id}, fältet roller: rollen "finns-inte" finns inte`),
      new RegExp(`content/process/steg\\.yaml → ${quoted.step}, fältet kallor\\[${quoted.source}\\]\\.citat: citatet står inte ordagrant i rutinen "${quoted.routine}"`),
    ],
  },
  {
    name: 'two steps with the same id are both named',
    edits: { [STEPS]: replaceInEntry(first.id, `- id: ${first.id}`, `- id: ${second.id}`) },
    says: [
      new RegExp(
        `content/process/steg\\.yaml → post nummer 2 \\(${escapeRegExp(second.titel)}\\), fältet id: id "${escapeRegExp(second.id)}" används också av post nummer 1 \\(${escapeRegExp(first.titel)}\\)\\.`,
      ),
    ],
  },
  {
    name: "a role or a question that the guide's questions name but that does not exist is refused, one line each",
    edits: {
      [QUESTIONS]: (text) =>
        replaceInEntry(withRoles.id, new RegExp(`^(\\s+)${roleKey}:`, 'm'), `$1${roleKey}x:`)(
          replaceInEntry(withRoles.id, new RegExp(`(^\\s+${otherRole}:[\\s{]*)${conditionQuestion}:`, 'm'), `$1${conditionQuestion}x:`)(text),
        ),
    },
    count: 2,
    says: [
      new RegExp(`content/process/fragor\\.yaml → ${withRoles.id}, fältet foljerAvRollen\\.${roleKey}x: rollen "${roleKey}x" finns inte i content/process/roller\\.yaml\\.`),
      new RegExp(`content/process/fragor\\.yaml → ${withRoles.id}, fältet foljerAvRollen\\.${otherRole}: "${conditionQuestion}x" är ingen fråga i guiden \\(content/process/fragor\\.yaml\\)`),
    ],
  },
  {
    name: "a question's misspelt field is refused, naming file, entry and field",
    edits: { [QUESTIONS]: replaceInEntry(headed.id, '  svarsrubrik:', '  svarsrubriken:') },
    says: [
      new RegExp(`content/process/fragor\\.yaml → ${headed.id}: Okänt fält "svarsrubriken"`),
      new RegExp(`content/process/fragor\\.yaml → ${headed.id}, fältet svarsrubrik: Fyll i hur svaret rubriceras under Dina svar \\(svarsrubrik\\)\\.`),
    ],
  },
  {
    name: "a group of the guide's questions missing its texts, or a grouped question without its statement, is refused, one line each",
    // The group's "none of these", and the statement of the group's last question.
    edits: { [QUESTIONS]: (text) => text.replace(/^ {2}ingetAvDetta: .*\n/m, '').replace(/^ {2}kryssruta: .*\n(?![\s\S]*^ {2}kryssruta: )/m, '') },
    count: 2,
    says: [
      /content\/process\/fragor\.yaml → \w+, fältet ingetAvDetta: Skriv texten vid den sista kryssrutan/,
      /content\/process\/fragor\.yaml → \w+, fältet kryssruta: En fråga i en grupp visas som ett påstående vid en kryssruta/,
    ],
  },
  {
    name: 'a question whose group is misspelt is refused, naming the groups there are',
    edits: { [QUESTIONS]: (text) => text.replace(/^( {2}grupp: \w+)$/m, '$1x') },
    count: 1,
    says: [/content\/process\/fragor\.yaml → \w+, fältet grupp: gruppen "\w+x" finns inte i filen\. Använd någon av: \w+\./],
  },
];

for (const { name, edits, count, says } of cases) {
  test(name, () => {
    const { errors, output } = checkWith(edits);
    if (count === undefined) assert.ok(errors.length > 0, 'the content should have been refused');
    else assert.equal(errors.length, count, output);
    for (const message of says) assert.match(output, message);
  });
}
