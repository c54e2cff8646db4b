import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answersToKeep,
  applies,
  caseFacts,
  guideResult,
  nextPage,
  nextQuestion,
  pageProgress,
  pageToChange,
  possiblePages,
  questionToChange,
  readGroupForm,
  relevantAnswers,
  relevantQuestions,
  timingStatus,
} from './engine.ts';
import type { Answers } from './guide-questions.ts';
import type { ProcessModel } from '../process/model.ts';
import { groups, questions, step } from '../process/test-fixtures.ts';

const TODAY = '2026-11-23';

/** A model shaped like the real one: consent first, then conditions on the guide's facts. */
const model: ProcessModel = {
  roles: ['frivarden', 'vuxenenheten', 'forsorjningsstod', 'funktionsstod', 'den-enskilde'].map((id, index) => ({
    id,
    kortnamn: id,
    namn: `Roll ${id}`,
    organisation: '',
    beskrivning: '',
    kontakter: [],
    ordning: index,
  })),
  phases: [{ id: 'p', namn: 'P', ordning: 1 }],
  questions: questions(),
  groups: groups(),
  routines: [],
  steps: [
    step('hanvisa', { roller: ['vuxenenheten', 'forsorjningsstod'], villkor: { text: '', nar: { forstaKontakt: 'den-enskilde' } } }),
    step('samtycke', { roller: ['frivarden'], berorda: ['vuxenenheten', 'forsorjningsstod'], start: true }),
    step('ingen', { typ: 'utfall', roller: ['frivarden'], berorda: ['vuxenenheten', 'forsorjningsstod'], villkor: { text: '', nar: { samtycke: 'nej' } } }),
    step('initiera', { roller: ['frivarden'], berorda: ['vuxenenheten'], tid: { text: '', manader: -4, typ: 'tidigast' }, villkor: { text: '', nar: { samtycke: 'ja' } } }),
    step('nordost-start', { roller: ['frivarden'], berorda: ['vuxenenheten'], omfattning: 'nordost', tid: { text: '', manader: -4, tillManader: -3, typ: 'cirka' }, villkor: { text: '', nar: { samtycke: 'ja' } } }),
    step('video', { roller: ['vuxenenheten'], tid: { text: 'i god tid', typ: 'utan-datum' }, villkor: { text: '', nar: { samtycke: 'ja' } } }),
    step('sig', { roller: ['vuxenenheten'], villkor: { text: '', nar: { samtycke: 'ja', alder1824: 'ja' } } }),
    step('eb', { roller: ['vuxenenheten'], berorda: ['forsorjningsstod'], villkor: { text: '', nar: { samtycke: 'ja', behov: 'ja', befintligKontakt: 'nej' } } }),
    step('eb-befintlig', { roller: ['vuxenenheten'], villkor: { text: '', nar: { samtycke: 'ja', behov: 'ja', befintligKontakt: 'ja' } } }),
    step('fs-start', { roller: ['vuxenenheten', 'funktionsstod'], omfattning: 'nordost', villkor: { text: '', nar: { samtycke: 'ja', funktionsvariation: 'ja' } } }),
    step('nybesok', { roller: ['forsorjningsstod'], omfattning: 'nordost', tid: { text: '', dagar: -14, typ: 'senast' }, villkor: { text: '', nar: { samtycke: 'ja', behov: 'ja' } } }),
    step('klar', { roller: ['forsorjningsstod'], omfattning: 'nordost', tid: { text: '', dagar: 0, typ: 'senast' }, villkor: { text: '', nar: { samtycke: 'ja', behov: 'ja' } } }),
    step('efter', { roller: ['vuxenenheten'], berorda: ['frivarden'], villkor: { text: '', nar: { samtycke: 'ja', naraFrigivning: 'ja' } } }),
  ],
};

const ids = (answers: Answers) => guideResult(model, answers, TODAY).steps.map((s) => s.step.id);
const asks = (answers: Answers) => nextQuestion(model, answers)?.id;

// Question by question: what is asked next after each answer.
const nextCases: Array<[string, Answers, string | undefined]> = [
  ['nothing answered: the role', {}, 'roll'],
  ['vuxenenheten: the förvaltning', { roll: 'vuxenenheten' }, 'forvaltning'],
  ['then who called first', { roll: 'vuxenenheten', forvaltning: 'nordost' }, 'forstaKontakt'],
  ['then consent', { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden' }, 'samtycke'],
  ['no consent: nothing more to ask', { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'nej' }, undefined],
  ['consent: the release date', { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja' }, 'frigivning'],
  ['then whether Insluss started close to the release', { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-03-03' }, 'naraFrigivning'],
  ['then the need', { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-03-03', naraFrigivning: 'nej' }, 'behov'],
  ['a need: an existing contact?', { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-03-03', naraFrigivning: 'nej', behov: 'ja' }, 'befintligKontakt'],
  ['no need: no question on contact', { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-03-03', naraFrigivning: 'nej', behov: 'nej' }, 'funktionsvariation'],
  ['outside Nordost: no question on funktionsvariation', { roll: 'vuxenenheten', forvaltning: 'annan', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-03-03', naraFrigivning: 'nej', behov: 'nej' }, 'alder1824'],
  ['consent not yet: nothing more to ask', { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'den-enskilde', samtycke: 'inte-annu' }, undefined],
  ['försörjningsstöd: no question on need, it is implied', { roll: 'forsorjningsstod', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja' }, 'frigivning'],
  ['funktionsstöd: Nordost is implied', { roll: 'funktionsstod' }, 'samtycke'],
  ['frivården: no question on who called first', { roll: 'frivarden', forvaltning: 'nordost' }, 'samtycke'],
];
for (const [name, answers, expected] of nextCases) {
  test(`next question: ${name}`, () => assert.equal(asks(answers), expected));
}

const FULL: Answers = { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-03-03', naraFrigivning: 'nej', behov: 'ja', befintligKontakt: 'nej', funktionsvariation: 'ja', alder1824: 'ja' };

// Answer by answer: which steps a case gets.
const stepCases: Array<[string, Answers, string[]]> = [
  ['vuxenenheten, the full Nordost case', FULL, ['samtycke', 'initiera', 'nordost-start', 'video', 'sig', 'eb', 'fs-start']],
  ['an existing contact at ekonomiskt bistånd', { ...FULL, befintligKontakt: 'ja' }, ['samtycke', 'initiera', 'nordost-start', 'video', 'sig', 'eb-befintlig', 'fs-start']],
  ['no need', { ...FULL, behov: 'nej', befintligKontakt: undefined }, ['samtycke', 'initiera', 'nordost-start', 'video', 'sig', 'fs-start']],
  ['outside Nordost: no Nordost step', { ...FULL, forvaltning: 'annan' }, ['samtycke', 'initiera', 'video', 'sig', 'eb']],
  ['over 24: no SIG', { ...FULL, alder1824: 'nej' }, ['samtycke', 'initiera', 'nordost-start', 'video', 'eb', 'fs-start']],
  ['no consent: no Insluss steps', { ...FULL, samtycke: 'nej' }, ['samtycke', 'ingen']],
  ['the person called first', { ...FULL, forstaKontakt: 'den-enskilde' }, ['hanvisa', 'samtycke', 'initiera', 'nordost-start', 'video', 'sig', 'eb', 'fs-start']],
  ['initiated close to the release, by the worker\'s answer: planning after release', { ...FULL, naraFrigivning: 'ja' }, ['samtycke', 'initiera', 'nordost-start', 'video', 'sig', 'eb', 'fs-start', 'efter']],
  ['release in 5 days but not initiated late: no booking step', { ...FULL, frigivning: '2026-11-28' }, ['samtycke', 'initiera', 'nordost-start', 'video', 'sig', 'eb', 'fs-start']],
  ['försörjningsstöd in Nordost', { roll: 'forsorjningsstod', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-01-22' }, ['samtycke', 'eb', 'nybesok', 'klar']],
  ['no role yet: no steps', {}, []],
];
for (const [name, answers, expected] of stepCases) {
  test(`steps: ${name}`, () => assert.deepEqual(ids(answers), expected));
}

test('own steps and steps that concern the role are told apart', () => {
  const result = guideResult(model, FULL, TODAY);
  assert.equal(result.steps.find((s) => s.step.id === 'video')?.relation, 'egen');
  assert.equal(result.steps.find((s) => s.step.id === 'initiera')?.relation, 'berör');
});

test('dates: four calendar months, a window, two weeks before, the day itself', () => {
  const result = guideResult(model, { roll: 'forsorjningsstod', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-06-30' }, TODAY);
  const byId = Object.fromEntries(result.steps.map((s) => [s.step.id, s]));
  assert.equal(byId.nybesok?.date, '2027-06-16');
  assert.equal(byId.klar?.date, '2027-06-30');
  const vuxen = guideResult(model, { ...FULL, frigivning: '2027-06-30' }, TODAY);
  const vById = Object.fromEntries(vuxen.steps.map((s) => [s.step.id, s]));
  // Issue 18, point 8: 28 February is four months and two days before 30 June; the earliest day is 1 March.
  assert.equal(vById.initiera?.date, '2027-03-01');
  assert.deepEqual([vById['nordost-start']?.date, vById['nordost-start']?.until], ['2027-03-01', '2027-03-30']);
  assert.equal(vById.video?.date, undefined);
  assert.equal(vuxen.release, '2027-06-30');
  assert.equal(vuxen.daysToRelease, 219);
});

test('an earliest date behind us means the step is open, not passed', () => {
  const result = guideResult(model, { ...FULL, frigivning: '2027-01-10' }, TODAY);
  assert.equal(result.steps.find((s) => s.step.id === 'initiera')?.status, 'oppen');
  assert.equal(result.steps.find((s) => s.step.id === 'initiera')?.date, '2026-09-10');
  // An approximate window behind us is never "passed": less time is left than it, and the guide says how much.
  const window = result.steps.find((s) => s.step.id === 'nordost-start');
  assert.equal(window?.status, 'mindre-kvar');
  assert.equal(window?.daysToRelease, 48);
});

const statuses: Array<[string, Parameters<typeof timingStatus>, ReturnType<typeof timingStatus>]> = [
  ['tidigast, ahead', ['tidigast', '2026-12-01', undefined, TODAY], 'kommande'],
  ['tidigast, today', ['tidigast', TODAY, undefined, TODAY], 'oppen'],
  ['tidigast, behind', ['tidigast', '2026-10-01', undefined, TODAY], 'oppen'],
  ['senast, today', ['senast', TODAY, undefined, TODAY], 'kommande'],
  ['senast, behind', ['senast', '2026-11-22', undefined, TODAY], 'passerad'],
  ['före, today', ['fore', TODAY, undefined, TODAY], 'passerad'],
  ['före, tomorrow', ['fore', '2026-11-24', undefined, TODAY], 'kommande'],
  ['cirka, inside the window', ['cirka', '2026-11-01', '2026-12-01', TODAY], 'pagar'],
  ['cirka, after the window: less left, never passed', ['cirka', '2026-10-01', '2026-11-01', TODAY], 'mindre-kvar'],
  ['senast cirka, today', ['senast-cirka', TODAY, undefined, TODAY], 'kommande'],
  ['senast cirka, behind: less left, never passed', ['senast-cirka', '2026-11-22', undefined, TODAY], 'mindre-kvar'],
  ['samma dag, behind', ['samma-dag', '2026-11-01', undefined, TODAY], 'passerad'],
  ['efter, behind: never passed', ['efter', '2026-11-01', undefined, TODAY], undefined],
  ['kring frigivningen, behind: never passed', ['kring-frigivningen', '2026-11-01', undefined, TODAY], undefined],
];
for (const [name, args, expected] of statuses) {
  test(`timing status: ${name}`, () => assert.equal(timingStatus(...args), expected));
}

const noteCases: Array<[string, Answers, string[]]> = [
  ['the normal path', FULL, []],
  ['no consent', { ...FULL, samtycke: 'nej' }, ['ingen-samverkan']],
  ['the person called first', { ...FULL, forstaKontakt: 'den-enskilde' }, ['forsta-kontakt']],
  ['initiated close to the release', { ...FULL, naraFrigivning: 'ja' }, ['nara-frigivning']],
  ['release in 3 days, not initiated late: no note from the date', { ...FULL, frigivning: '2026-11-26' }, []],
  ['consent not yet', { ...FULL, forstaKontakt: 'den-enskilde', samtycke: 'inte-annu' }, ['samtycke-saknas', 'forsta-kontakt']],
  ['release already past', { ...FULL, frigivning: '2026-11-01' }, ['frigivning-passerad']],
];
for (const [name, answers, expected] of noteCases) {
  test(`cases outside the normal path: ${name}`, () => assert.deepEqual(guideResult(model, answers, TODAY).notes, expected));
}

test('an answer left over from another role is dropped', () => {
  const kept = relevantAnswers(model, { roll: 'funktionsstod', forvaltning: 'annan', samtycke: 'ja', behov: 'ja' });
  assert.deepEqual(kept, { roll: 'funktionsstod', samtycke: 'ja' });
});

test('the summary lists the questions asked, in order', () => {
  assert.deepEqual(
    relevantQuestions(model, FULL).map((q) => q.id),
    ['roll', 'forvaltning', 'forstaKontakt', 'samtycke', 'frigivning', 'naraFrigivning', 'behov', 'befintligKontakt', 'funktionsvariation', 'alder1824'],
  );
});

test('a condition on a fact not asked does not rule a step out', () => {
  assert.equal(applies(model, model.steps.find((s) => s.id === 'sig')!, { samtycke: 'ja' }), true);
  assert.equal(applies(model, model.steps.find((s) => s.id === 'sig')!, { samtycke: 'ja', alder1824: 'nej' }), false);
});

test('the role implies facts; closeness never comes from the date', () => {
  assert.deepEqual(caseFacts(model, { roll: 'forsorjningsstod', frigivning: '2026-11-30' }), { behov: 'ja' });
});

test('a condition may accept any of several answers', () => {
  const either = step('x', { villkor: { text: '', nar: { samtycke: ['ja', 'inte-annu'] } } });
  assert.equal(applies(model, either, { samtycke: 'inte-annu' }), true);
  assert.equal(applies(model, either, { samtycke: 'nej' }), false);
});

test('a question reopened for a change offers what the answers before it allow', () => {
  const withNordostOnly: ProcessModel = {
    ...model,
    steps: [...model.steps, step('via-fs', { roller: ['vuxenenheten'], omfattning: 'nordost', villkor: { text: '', nar: { forstaKontakt: 'frivarden-funktionsstod' } } })],
  };
  const values = (forvaltning: string) =>
    questionToChange(withNordostOnly, 'forstaKontakt', { roll: 'vuxenenheten', forvaltning, forstaKontakt: 'frivarden', samtycke: 'ja' }).options.map((o) => o.value);
  assert.deepEqual(values('nordost'), ['frivarden', 'frivarden-funktionsstod', 'den-enskilde']);
  assert.deepEqual(values('annan'), ['frivarden', 'den-enskilde']);
});

test('a changed answer keeps the others: only the question it makes relevant is asked again', () => {
  const noNeed: Answers = { ...FULL, behov: 'nej', befintligKontakt: undefined };
  const changed = answersToKeep(model, { ...noNeed, behov: 'ja' });
  assert.deepEqual(changed, { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-03-03', naraFrigivning: 'nej', behov: 'ja', funktionsvariation: 'ja', alder1824: 'ja' });
  assert.equal(nextQuestion(model, changed)?.id, 'befintligKontakt');
  assert.equal(nextQuestion(model, { ...changed, befintligKontakt: 'nej' }), undefined);
});

test('a changed answer drops the answers that cannot matter any more', () => {
  assert.deepEqual(answersToKeep(model, { ...FULL, behov: 'nej' }).befintligKontakt, undefined);
  assert.deepEqual(answersToKeep(model, { ...FULL, forvaltning: 'annan' }).funktionsvariation, undefined);
  assert.deepEqual(answersToKeep(model, { ...FULL, roll: 'funktionsstod' }), { roll: 'funktionsstod', samtycke: 'ja', funktionsvariation: 'ja' });
});

test('a local step standing in for a city step (ersatter) is shown instead of it where it surely applies, and only there', () => {
  const replacing: ProcessModel = { ...model, steps: model.steps.map((s) => (s.id === 'nordost-start' ? { ...s, ersatter: ['initiera'] } : s)) };
  const shown = (answers: Answers) => guideResult(replacing, answers, TODAY).steps.map((s) => s.step.id);
  const frivarden: Answers = { roll: 'frivarden', forvaltning: 'nordost', samtycke: 'ja', frigivning: '2027-03-03', naraFrigivning: 'nej' };
  assert.ok(shown(frivarden).includes('nordost-start'));
  assert.ok(!shown(frivarden).includes('initiera'));
  // Elsewhere the city's step, and not the local one.
  assert.ok(shown({ ...frivarden, forvaltning: 'annan' }).includes('initiera'));
  assert.ok(!shown({ ...frivarden, forvaltning: 'annan' }).includes('nordost-start'));
  // Before the administration is known, nothing is replaced yet: the questions stay those of both.
  assert.deepEqual(
    relevantQuestions(replacing, { roll: 'frivarden' }).map((q) => q.id),
    relevantQuestions(model, { roll: 'frivarden' }).map((q) => q.id),
  );
});

/** Pages as a line: a question's id, or a group's with the questions it shows. */
const pagesLine = (answers: Answers) =>
  possiblePages(model, answers)
    .map((page) => (page.group ? `${page.id}[${page.questions.map((q) => q.id).join(',')}]` : page.id))
    .join(' ');

// Issue 21: which of a group's questions its page shows, and when the group is one question or none.
const pageCases: Array<[string, Answers, string]> = [
  ['before the role: the longest way of any role', {}, 'roll forvaltning forstaKontakt samtycke frigivning omArendet[naraFrigivning,behov,befintligKontakt,funktionsvariation,alder1824]'],
  ['vuxenenheten: every fact on one page', { roll: 'vuxenenheten' }, 'roll forvaltning forstaKontakt samtycke frigivning omArendet[naraFrigivning,behov,befintligKontakt,funktionsvariation,alder1824]'],
  ['outside Nordost: no signalled disability on the page', { roll: 'vuxenenheten', forvaltning: 'annan' }, 'roll forvaltning forstaKontakt samtycke frigivning omArendet[naraFrigivning,behov,befintligKontakt,alder1824]'],
  ['försörjningsstöd: the need is implied, the one fact left is asked alone', { roll: 'forsorjningsstod' }, 'roll forvaltning forstaKontakt samtycke frigivning befintligKontakt'],
  ['frivården: only the closeness to the release, alone', { roll: 'frivarden' }, 'roll forvaltning samtycke frigivning naraFrigivning'],
  ['funktionsstöd: Nordost implied, no date, one fact', { roll: 'funktionsstod' }, 'roll samtycke funktionsvariation'],
  ['no consent: nothing after it is possible', { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'nej' }, 'roll forvaltning forstaKontakt samtycke'],
];
for (const [name, answers, expected] of pageCases) {
  test(`pages: ${name}`, () => assert.equal(pagesLine(answers), expected));
}

const BEFORE_FACTS: Answers = { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: '2027-03-03' };
const progressCases: Array<[string, Answers, string]> = [
  ['the first page, of the longest way', {}, 'roll 1/6'],
  ['the role answered', { roll: 'vuxenenheten' }, 'forvaltning 2/6'],
  ['försörjningsstöd: the need implied, still six pages', { roll: 'forsorjningsstod' }, 'forvaltning 2/6'],
  ['the person called first: consent still asked', { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'den-enskilde' }, 'samtycke 4/6'],
  ['the facts, last', BEFORE_FACTS, 'omArendet 6/6'],
  ['funktionsstöd: three pages in all', { roll: 'funktionsstod', samtycke: 'ja' }, 'funktionsvariation 3/3'],
];
for (const [name, answers, expected] of progressCases) {
  test(`"Fråga N av M": ${name}`, () => {
    const page = nextPage(model, answers)!;
    const progress = pageProgress(model, page, answers);
    assert.equal(`${page.id} ${progress.number}/${progress.of}`, expected);
  });
}

test('"Fråga N av M" on a page reopened to change it counts as when it was first asked; Tillbaka leads to the page before', () => {
  const all = { ...BEFORE_FACTS, naraFrigivning: 'nej', behov: 'ja', befintligKontakt: 'nej', funktionsvariation: 'nej', alder1824: 'nej' };
  const page = pageToChange(model, 'alder1824', all);
  assert.deepEqual(page.questions.map((q) => q.id), ['naraFrigivning', 'behov', 'befintligKontakt', 'funktionsvariation', 'alder1824']);
  const progress = pageProgress(model, page, all);
  assert.deepEqual([progress.number, progress.of, progress.previous?.id], [6, 6, 'frigivning']);
  assert.equal(pageToChange(model, 'forvaltning', all).id, 'forvaltning');
});

test('a group\'s page is answered as a whole; an answer there can settle a later question of it', () => {
  assert.equal(nextPage(model, BEFORE_FACTS)?.id, 'omArendet');
  // One fact missing (an old link, or a changed answer made it matter): only it is asked, alone, the others kept.
  const partial = { ...BEFORE_FACTS, naraFrigivning: 'nej', behov: 'ja', befintligKontakt: 'nej', funktionsvariation: 'nej' };
  const alone = nextPage(model, partial)!;
  assert.deepEqual([alone.id, alone.group, alone.questions.map((q) => q.id)], ['alder1824', undefined, ['alder1824']]);
  assert.equal(nextQuestion(model, partial)?.id, 'alder1824');
  const progress = pageProgress(model, alone, partial);
  assert.deepEqual([progress.number, progress.of], [6, 6]);
  // Two missing: the group's page with those two.
  const { funktionsvariation: _, ...twoOpen } = partial;
  assert.deepEqual(nextPage(model, twoOpen)?.questions.map((q) => q.id), ['funktionsvariation', 'alder1824']);
  // "No need" settles the existing contact in these fixtures: not needed, and not kept.
  const noNeed = { ...BEFORE_FACTS, naraFrigivning: 'nej', behov: 'nej', funktionsvariation: 'nej', alder1824: 'nej' };
  assert.equal(nextPage(model, noNeed), undefined);
  assert.equal(relevantAnswers(model, { ...noNeed, befintligKontakt: 'ja' }).befintligKontakt, undefined);
});

// Reading a group's checkboxes: checked is ja, the rest nej; "none of these" is nej to all.
const formCases: Array<[string, string[], boolean, ReturnType<typeof readGroupForm>]> = [
  ['one checked', ['behov'], false, { answers: { naraFrigivning: 'nej', behov: 'ja', alder1824: 'nej' } }],
  ['two checked', ['behov', 'alder1824'], false, { answers: { naraFrigivning: 'nej', behov: 'ja', alder1824: 'ja' } }],
  ['none of these', [], true, { answers: { naraFrigivning: 'nej', behov: 'nej', alder1824: 'nej' } }],
  ['nothing ticked', [], false, { problem: 'inget-svar' }],
  ['none of these beside a checked one', ['behov'], true, { problem: 'motsagelse' }],
  ['a box of a question not shown is not read', ['funktionsvariation'], false, { problem: 'inget-svar' }],
];
for (const [name, checked, none, expected] of formCases) {
  test(`a group's form: ${name}`, () => assert.deepEqual(readGroupForm(['naraFrigivning', 'behov', 'alder1824'], checked, none), expected));
}
