import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepEvent } from './calendar.ts';
import { addDays, addMonths } from './dates.ts';
import { applies, caseFacts, guideResult, nextQuestion, relation, relevantQuestions, type DatedStep } from './engine.ts';
import type { Answers } from './guide-questions.ts';
import { datesText, PREFIX, standingShort, standingText } from './timing.ts';
import { readContent } from '../../content-pipeline/index.ts';
import { acceptedAnswers, edgeNote, NOT_NAMED, ownerLine, ownerMark, roleById, rolesInOrder, type Step } from '../process/model.ts';

/**
 * The guide against the real process model in content/process/, case by
 * case, with the steps each case must get written from the two routines.
 * When a routine or the model changes, these cases say what a worker
 * would now be told.
 */
const model = readContent().process;
const TODAY = '2026-11-23';

/** The release relative to today (23 November 2026). */
const RELEASE = {
  /** 282 days ahead: before the four months. */
  far: '2027-09-01',
  /** 100 days ahead: inside Nordost's three to four months. */
  window: '2027-03-03',
  /** 21 days ahead. */
  late: '2026-12-14',
  /** 10 days ago. */
  passed: '2026-11-13',
} as const;

interface Case {
  name: string;
  answers: Answers;
  /** The questions asked, in order. */
  asked?: string[];
  /** Steps that apply, in order (own and concerning the role). */
  steps: string[];
  /** Steps that apply only under a condition the guide does not ask. */
  conditional?: string[];
  notes?: string[];
}

const VUXEN_STAD: Answers = { roll: 'vuxenenheten', forvaltning: 'centrum', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: RELEASE.window, naraFrigivning: 'nej', behov: 'ja', befintligKontakt: 'nej', alder1824: 'nej' };
const VUXEN_NORDOST: Answers = { ...VUXEN_STAD, forvaltning: 'nordost', funktionsvariation: 'ja', alder1824: 'ja' };
const FS_NORDOST: Answers = { roll: 'forsorjningsstod', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: RELEASE.window, befintligKontakt: 'nej' };

const CASES: Case[] = [
  // One per role.
  {
    name: 'vuxenenheten outside Nordost, need, no contact at ekonomiskt bistånd',
    answers: VUXEN_STAD,
    asked: ['roll', 'forvaltning', 'forstaKontakt', 'samtycke', 'frigivning', 'naraFrigivning', 'behov', 'befintligKontakt', 'alder1824'],
    steps: ['samtycke', 'initiera-arendet', 'inleda-samverkan-oavsett-tid', 'handlagga-initialt', 'inleda-utredning', 'personutredning', 'videosamtal', 'kontakta-ekonomiskt-bistand', 'gemensamt-besok', 'samverkan-under-overvakningen'],
    conditional: ['fortsatta-videomoten'],
  },
  {
    name: 'vuxenenheten in Nordost, the full case: signalled disability, 18–24, need; concerned by försörjningsstöd\'s dated steps',
    answers: VUXEN_NORDOST,
    asked: ['roll', 'forvaltning', 'forstaKontakt', 'samtycke', 'frigivning', 'naraFrigivning', 'behov', 'befintligKontakt', 'funktionsvariation', 'alder1824'],
    // Issue 18, point 5: in Nordost frivården's contact with the ansvarig vuxenenhet is the initiation, shown once.
    steps: [
      'samtycke', 'inleda-samverkan-oavsett-tid', 'kontakt-ansvarig-vuxenenhet', 'handlagga-initialt', 'funktionsstod-fran-start',
      'inleda-utredning', 'personutredning', 'videosamtal', 'sig', 'kontakta-ekonomiskt-bistand', 'kontakta-forsorjningsstod-nordost',
      'fordela-till-lopande-enhet', 'gemensamt-mote', 'gemensamt-besok', 'nybesok', 'utredning-klar', 'samverkan-under-overvakningen',
    ],
    conditional: ['fortsatta-videomoten', 'sp-eller-sip'],
  },
  {
    name: 'vuxenenheten in Nordost, no disability signalled: the first meeting alone, funktionsstöd later if one emerges',
    answers: { ...VUXEN_NORDOST, funktionsvariation: 'nej', behov: 'nej', alder1824: 'nej' },
    steps: ['samtycke', 'inleda-samverkan-oavsett-tid', 'kontakt-ansvarig-vuxenenhet', 'handlagga-initialt', 'forsta-motet-pa-egen-hand', 'inleda-utredning', 'personutredning', 'videosamtal', 'samverkan-under-overvakningen'],
    conditional: ['fortsatta-videomoten', 'funktionsstod-senare', 'sp-eller-sip'],
  },
  {
    name: 'frivården in Nordost, inside the three to four months',
    answers: { roll: 'frivarden', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: RELEASE.window, naraFrigivning: 'nej', behov: 'ja', funktionsvariation: 'ja' },
    asked: ['roll', 'forvaltning', 'forstaKontakt', 'samtycke', 'frigivning', 'naraFrigivning', 'behov', 'funktionsvariation'],
    steps: ['samtycke', 'samtycker', 'inleda-samverkan-oavsett-tid', 'kontakt-ansvarig-vuxenenhet', 'funktionsstod-fran-start', 'inleda-utredning', 'personutredning', 'videosamtal', 'gemensamt-mote', 'samverkan-under-overvakningen'],
    conditional: ['fortsatta-videomoten', 'identifiering'],
  },
  {
    name: 'försörjningsstöd in Nordost, no earlier contact: Mottag hands the case on, nybesök, investigation done by the release',
    answers: FS_NORDOST,
    asked: ['roll', 'forvaltning', 'forstaKontakt', 'samtycke', 'frigivning', 'befintligKontakt'],
    // Issue 18, point 12: Mottag hands the case on and the appointed worker plans the meeting before the joint visit.
    steps: [
      'samtycke', 'kontakta-ekonomiskt-bistand', 'kontakta-forsorjningsstod-nordost', 'fordela-till-lopande-enhet', 'gemensamt-mote', 'gemensamt-besok',
      'utredning-och-behovsbedomning', 'nybesok', 'som-vilket-annat-arende', 'utredning-klar', 'samverkan-under-overvakningen',
    ],
    conditional: ['fortsatta-videomoten', 'sp-eller-sip', 'identifiering', 'besok-vid-frigivningen', 'akuta-matpengar'],
  },
  {
    name: 'funktionsstöd, frivården came straight to funktionsstöd, disability signalled',
    answers: { roll: 'funktionsstod', forstaKontakt: 'frivarden-funktionsstod', samtycke: 'ja', frigivning: RELEASE.window, funktionsvariation: 'ja' },
    asked: ['roll', 'forstaKontakt', 'samtycke', 'frigivning', 'funktionsvariation'],
    steps: ['funktionsstod-fran-start'],
    conditional: ['funktionsstod-kontaktar-vuxenenheten', 'fortsatta-videomoten', 'ratt-enhet-inom-funktionsstod', 'sp-eller-sip'],
  },
  {
    name: 'den enskilde, 18–24, outside Nordost, no need',
    answers: { roll: 'den-enskilde', forvaltning: 'centrum', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: RELEASE.far, behov: 'nej', alder1824: 'ja' },
    asked: ['roll', 'forvaltning', 'forstaKontakt', 'samtycke', 'frigivning', 'behov', 'alder1824'],
    steps: ['samtycke', 'samtycker', 'videosamtal', 'sig', 'samverkan-under-overvakningen'],
  },
  {
    name: 'kontaktperson på anstalten, the person called first',
    answers: { roll: 'kontaktperson-anstalt', forstaKontakt: 'den-enskilde' },
    asked: ['roll', 'forstaKontakt'],
    steps: ['kontakt-via-anstalten'],
    notes: ['forsta-kontakt'],
  },
  {
    name: 'kontaktperson på anstalten, frivården made the contact: nothing to do, and the guide says so',
    answers: { roll: 'kontaktperson-anstalt', forstaKontakt: 'frivarden' },
    steps: [],
    notes: ['inga-steg'],
  },

  // Issue 9, point 1: "nära inpå" is the worker's answer, not a count of days.
  {
    name: '1: initiated five weeks before the release, answered as late: the booked time after release',
    answers: { ...VUXEN_STAD, frigivning: '2026-12-28', naraFrigivning: 'ja', behov: 'nej' },
    steps: ['samtycke', 'initiera-arendet', 'inleda-samverkan-oavsett-tid', 'handlagga-initialt', 'inleda-utredning', 'personutredning', 'videosamtal', 'planering-efter-frigivning', 'samverkan-under-overvakningen'],
    conditional: ['fortsatta-videomoten'],
    notes: ['nara-frigivning'],
  },
  {
    name: '1: a case started on time, looked up ten days before the release: no booking step, no "mindre omfattande"',
    answers: { ...VUXEN_STAD, frigivning: '2026-12-03', behov: 'nej' },
    steps: ['samtycke', 'initiera-arendet', 'inleda-samverkan-oavsett-tid', 'handlagga-initialt', 'inleda-utredning', 'personutredning', 'videosamtal', 'samverkan-under-overvakningen'],
    conditional: ['fortsatta-videomoten'],
  },
  // Point 2: consent has three answers.
  {
    name: '2: the person called first, consent not yet: inform and refer, frivården obtains consent',
    answers: { roll: 'vuxenenheten', forvaltning: 'centrum', forstaKontakt: 'den-enskilde', samtycke: 'inte-annu' },
    asked: ['roll', 'forvaltning', 'forstaKontakt', 'samtycke'],
    steps: ['informera-och-hanvisa', 'samtycke'],
    notes: ['samtycke-saknas', 'forsta-kontakt'],
  },
  {
    name: '2: frivården, consent not yet: obtain it, the person consents',
    answers: { roll: 'frivarden', forvaltning: 'centrum', forstaKontakt: 'frivarden', samtycke: 'inte-annu' },
    steps: ['samtycke', 'samtycker'],
    notes: ['samtycke-saknas'],
  },
  {
    name: '2: consent refused: no collaboration',
    answers: { roll: 'vuxenenheten', forvaltning: 'centrum', forstaKontakt: 'frivarden', samtycke: 'nej' },
    asked: ['roll', 'forvaltning', 'forstaKontakt', 'samtycke'],
    steps: ['samtycke', 'ingen-samverkan'],
    notes: ['ingen-samverkan'],
  },
  {
    name: '2: consent refused in Nordost: no collaboration there either',
    answers: { roll: 'vuxenenheten', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'nej' },
    asked: ['roll', 'forvaltning', 'forstaKontakt', 'samtycke'],
    steps: ['samtycke', 'ingen-samverkan'],
    notes: ['ingen-samverkan'],
  },
  {
    name: '2: the person called first and consented, initiated close to the release: inform and refer, then the path with the booked time',
    answers: { ...VUXEN_STAD, forstaKontakt: 'den-enskilde', frigivning: '2026-12-28', naraFrigivning: 'ja' },
    steps: [
      'informera-och-hanvisa', 'samtycke', 'initiera-arendet', 'inleda-samverkan-oavsett-tid', 'handlagga-initialt', 'inleda-utredning',
      'personutredning', 'videosamtal', 'kontakta-ekonomiskt-bistand', 'gemensamt-besok', 'planering-efter-frigivning', 'samverkan-under-overvakningen',
    ],
    conditional: ['fortsatta-videomoten'],
    notes: ['forsta-kontakt', 'nara-frigivning'],
  },
  // Point 4: an existing handläggare at ekonomiskt bistånd. Issue 18, point 3: the Nordost text
  // states the nybesök, "klar senast samma dag" and the visit at the release without an exception.
  {
    name: '4: försörjningsstöd in Nordost, the person already has a handläggare: no Mottag, but the nybesök and what follows',
    answers: { ...FS_NORDOST, befintligKontakt: 'ja' },
    steps: ['samtycke', 'kontakta-befintlig-handlaggare', 'kontakta-forsorjningsstod-nordost', 'gemensamt-mote', 'utredning-och-behovsbedomning', 'nybesok', 'som-vilket-annat-arende', 'utredning-klar', 'samverkan-under-overvakningen'],
    conditional: ['fortsatta-videomoten', 'sp-eller-sip', 'identifiering', 'besok-vid-frigivningen', 'akuta-matpengar'],
  },
  // Issue 18, point 2: the existing handläggare is contacted whether or not there is a need.
  {
    name: 'issue 18, 2: vuxenenheten in Centrum, no need, an existing contact: the "ska" contact with that socialsekreterare',
    answers: { ...VUXEN_STAD, behov: 'nej', befintligKontakt: 'ja' },
    asked: ['roll', 'forvaltning', 'forstaKontakt', 'samtycke', 'frigivning', 'naraFrigivning', 'behov', 'befintligKontakt', 'alder1824'],
    steps: ['samtycke', 'initiera-arendet', 'inleda-samverkan-oavsett-tid', 'handlagga-initialt', 'inleda-utredning', 'personutredning', 'videosamtal', 'kontakta-befintlig-handlaggare', 'samverkan-under-overvakningen'],
    conditional: ['fortsatta-videomoten'],
  },
  // Issue 18, point 4: "Utredning och behovsbedömning ska genomföras enligt socialtjänstprocessen" names no unit.
  {
    name: 'issue 18, 4: ekonomiskt bistånd in Hisingen with an existing contact has a step of its own',
    answers: { ...FS_NORDOST, forvaltning: 'hisingen', befintligKontakt: 'ja' },
    steps: ['samtycke', 'kontakta-befintlig-handlaggare', 'utredning-och-behovsbedomning', 'samverkan-under-overvakningen'],
    conditional: ['fortsatta-videomoten'],
  },
  // Point 7: ekonomiskt bistånd outside Nordost has steps of its own.
  {
    name: '7: försörjningsstöd outside Nordost: the joint visit',
    answers: { ...FS_NORDOST, forvaltning: 'centrum' },
    steps: ['samtycke', 'kontakta-ekonomiskt-bistand', 'gemensamt-besok', 'utredning-och-behovsbedomning', 'samverkan-under-overvakningen'],
    conditional: ['fortsatta-videomoten'],
  },
  // Point 10: only the path the answers describe.
  {
    name: '10: vuxenenheten in Nordost, frivården came straight to funktionsstöd: funktionsstöd contacts us, if needed',
    answers: { ...VUXEN_NORDOST, forstaKontakt: 'frivarden-funktionsstod', behov: 'nej' },
    steps: [
      'samtycke', 'inleda-samverkan-oavsett-tid', 'kontakt-ansvarig-vuxenenhet', 'handlagga-initialt', 'funktionsstod-fran-start',
      'inleda-utredning', 'personutredning', 'videosamtal', 'sig', 'samverkan-under-overvakningen',
    ],
    conditional: ['funktionsstod-kontaktar-vuxenenheten', 'fortsatta-videomoten', 'sp-eller-sip'],
  },
  // Releases relative to today.
  {
    name: 'release already passed: said, and the ongoing steps go on',
    answers: { ...VUXEN_STAD, frigivning: RELEASE.passed, behov: 'nej' },
    steps: ['samtycke', 'initiera-arendet', 'inleda-samverkan-oavsett-tid', 'handlagga-initialt', 'inleda-utredning', 'personutredning', 'videosamtal', 'samverkan-under-overvakningen'],
    conditional: ['fortsatta-videomoten'],
    notes: ['frigivning-passerad'],
  },
];

const ids = (items: DatedStep[]) => items.map((item) => item.step.id);

for (const { name, answers, asked, steps, conditional = [], notes = [] } of CASES) {
  test(`real model: ${name}`, () => {
    const clean = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as Answers;
    assert.equal(nextQuestion(model, clean)?.id, undefined, 'every question is answered');
    if (asked) assert.deepEqual(relevantQuestions(model, clean).map((q) => q.id), asked);
    const result = guideResult(model, clean, TODAY);
    assert.deepEqual(ids(result.steps), steps);
    assert.deepEqual(ids(result.conditional), conditional);
    assert.deepEqual(result.notes, notes);
  });
}

const stepById = (id: string): Step => model.steps.find((step) => step.id === id)!;
const datedIn = (answers: Answers, id: string) => {
  const result = guideResult(model, answers, TODAY);
  return [...result.steps, ...result.conditional].find((item) => item.step.id === id)!;
};

// Point 3: only deadlines, windows and days pass; an earliest date opens.
const timings: Array<[string, Answers, string, string | undefined, string]> = [
  ['far: the earliest date is ahead', { ...VUXEN_STAD, frigivning: RELEASE.far }, 'initiera-arendet', 'kommande', 'Tidigast lördag 1 maj 2027'],
  ['window: the earliest date has come, the step is open', VUXEN_STAD, 'initiera-arendet', 'oppen', 'Tidigast tisdag 3 november 2026'],
  ['window: inside Nordost\'s three to four months', VUXEN_NORDOST, 'kontakt-ansvarig-vuxenenhet', 'pagar', 'Cirka tisdag 3 november 2026 – torsdag 3 december 2026'],
  // Issue 18, point 6: an approximate time behind us is never "passed".
  ['late: the window is behind, less time is left', { ...VUXEN_NORDOST, frigivning: RELEASE.late }, 'kontakt-ansvarig-vuxenenhet', 'mindre-kvar', 'Cirka fredag 14 augusti 2026 – måndag 14 september 2026'],
  ['late: the nybesök is still ahead', { ...FS_NORDOST, frigivning: RELEASE.late }, 'nybesok', 'kommande', 'Senast cirka måndag 30 november 2026'],
  ['passed: the nybesök\'s approximate day is behind', { ...FS_NORDOST, frigivning: RELEASE.passed }, 'nybesok', 'mindre-kvar', 'Senast cirka fredag 30 oktober 2026'],
  ['passed: the collaboration goes on, never "passed"', { ...VUXEN_STAD, frigivning: RELEASE.passed }, 'samverkan-under-overvakningen', undefined, 'Från fredag 13 november 2026'],
];
for (const [name, answers, id, status, emphasis] of timings) {
  test(`real model, dates: ${name}`, () => {
    const item = datedIn(answers, id);
    assert.equal(item.status, status);
    // The bold date of the step's "När" (src/components/StepWhen.astro): the kind's word, then the dates.
    assert.equal(`${PREFIX[item.kind!]} ${datesText(item)}`, emphasis);
  });
}

test('real model, dates: an open earliest date says the step can be done now, never that it has passed', () => {
  const text = standingText(datedIn(VUXEN_STAD, 'initiera-arendet'));
  assert.match(text, /kan göras nu/);
  assert.doesNotMatch(text, /passerat/);
});

test('real model, 5: the booked time after an early release has a deadline before the release', () => {
  const item = datedIn({ ...VUXEN_STAD, frigivning: '2026-12-28', naraFrigivning: 'ja' }, 'planering-efter-frigivning');
  assert.equal(item.kind, 'fore');
  assert.equal(`${PREFIX[item.kind]} ${datesText(item)}`, 'Före måndag 28 december 2026');
});

test('real model, 6: the visit is "i omedelbar anslutning till frigivningen (DATUM)", not a bold deadline, under its condition', () => {
  const item = datedIn({ ...FS_NORDOST, frigivning: '2027-01-22' }, 'besok-vid-frigivningen');
  // StepWhen.astro writes the routine's words with the date in brackets for this kind, and no bold word before it.
  assert.equal(item.kind, 'kring-frigivningen');
  assert.equal(PREFIX[item.kind], undefined);
  assert.equal(datesText(item), 'fredag 22 januari 2027');
  assert.equal(item.status, undefined);
  assert.equal(item.step.villkor?.nar?.behov, 'ja');
  assert.match(item.step.villkor?.gallerOm ?? '', /utredningen inte kan slutföras/);
});

// Point 5: owners the routines do not name.
const unnamed: Array<[string, string]> = [
  ['videosamtal', 'Rutinen anger inte vem. Webbplatsens läsning: frivårdsinspektör och socialsekreterare på vuxenenheten.'],
  ['planering-efter-frigivning', 'Rutinen anger inte vem. Webbplatsens läsning: socialsekreterare på vuxenenheten.'],
  ['sig', 'Rutinen anger inte vem. Webbplatsens läsning: socialsekreterare på vuxenenheten.'],
  ['nybesok', 'Rutinen anger inte vem. Webbplatsens läsning: socialsekreterare på ekonomiskt bistånd.'],
  // "Personen har identifierats av frivården och detta gäller som identifiering": no one is named as accepting it.
  ['identifiering', 'Rutinen anger inte vem. Webbplatsens läsning: socialsekreterare på ekonomiskt bistånd.'],
  ['sp-eller-sip', 'Rutinen anger inte vem. Webbplatsens läsning: socialsekreterare på vuxenenheten, socialsekreterare på ekonomiskt bistånd och funktionsstöd.'],
  ['inleda-utredning', 'Rutinen anger: socialtjänsten. Webbplatsens läsning: socialsekreterare på vuxenenheten.'],
  ['handlagga-initialt', 'Socialsekreterare på vuxenenheten'],
];
for (const [id, line] of unnamed) {
  test(`real model, 5: the "Vem" line of ${id}`, () => assert.equal(ownerLine(model, stepById(id)), line));
}

// Point 8: a summary may shorten the routine, never weaken or strengthen it.
const MODAL = ['ska', 'kan', 'behöver', 'i första hand', 'eller tvärtom', 'vid behov', 'tidigast', 'senast', 'cirka'];
const hasWord = (text: string, word: string) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text);
for (const step of model.steps) {
  test(`real model, 8: "${step.id}" keeps the routine's modal words`, () => {
    const quoted = step.kallor.map((source) => source.citat).join(' ');
    for (const word of MODAL) {
      if (hasWord(quoted, word)) assert.ok(hasWord(step.beskrivning, word), `the quote says "${word}", the description does not`);
    }
    if (!hasWord(quoted, 'ska')) assert.ok(!hasWord(step.beskrivning, 'ska'), 'the description says "ska", no quote does');
  });
}

/**
 * Every combination of answers the guide can be given, walked question by
 * question as a worker would: the release at four distances from today.
 */
test('real model: the walk over every path of answers', () => {
  const roles = rolesInOrder(model).map((role) => role.id);
  const shown = new Set<string>();
  let paths = 0;
  const failures: string[] = [];

  const visit = (answers: Answers, depth: number) => {
    if (depth > 20) {
      failures.push(`no end after 20 questions: ${JSON.stringify(answers)}`);
      return;
    }
    const q = nextQuestion(model, answers);
    if (q) {
      const values = q.kind === 'datum' ? Object.values(RELEASE) : q.options.map((option) => option.value);
      if (q.kind === 'val' && values.length < 2) failures.push(`"${q.id}" offers ${values.length} answer(s): ${JSON.stringify(answers)}`);
      for (const value of values) visit({ ...answers, [q.id]: value }, depth + 1);
      return;
    }
    paths++;
    const result = guideResult(model, answers, TODAY);
    const role = answers.roll!;
    const all = [...result.steps, ...result.conditional];
    if (all.length === 0 && !result.notes.length) failures.push(`an empty result: ${JSON.stringify(answers)}`);
    const facts = caseFacts(model, answers);
    for (const { step } of all) {
      shown.add(step.id);
      const where = `${step.id} for ${JSON.stringify(answers)}`;
      if (!relation(step, role)) failures.push(`not the role's step: ${where}`);
      if (!applies(model, step, facts)) failures.push(`contradicts its condition: ${where}`);
      for (const [fact, accepted] of Object.entries(step.villkor?.nar ?? {})) {
        const known = facts[fact as keyof typeof facts];
        if (known === undefined || !acceptedAnswers(accepted).includes(known)) failures.push(`shown without "${fact}" known to hold: ${where}`);
      }
      if (step.omfattning === 'nordost' && facts.forvaltning !== 'nordost') failures.push(`a Nordost step outside Nordost: ${where}`);
    }
    for (const { step } of result.conditional) if (!step.villkor?.gallerOm) failures.push(`conditional without its condition: ${step.id}`);
    // Issue 18, point 5: a local step that is the city's step (ersatter) is shown instead of it, never beside it.
    const shownIds = new Set(all.map((item) => item.step.id));
    for (const { step } of all) for (const replaced of step.ersatter ?? []) if (shownIds.has(replaced)) failures.push(`${replaced} beside ${step.id}, the same step: ${JSON.stringify(answers)}`);
    // Issue 18, point 1: a line of "Mina steg" or a calendar event stands for "my step"; where the
    // routine names no one, or only in its own words, the line and the event say so.
    for (const item of all.filter((entry) => entry.relation === 'egen')) {
      const { step } = item;
      const where = `${step.id} for ${JSON.stringify(answers)}`;
      const mark = ownerMark(step);
      if (step.vem && !mark) failures.push(`a line without "rutinen anger inte vem": ${where}`);
      if (step.vem?.rutinenAnger === NOT_NAMED && mark !== 'rutinen anger inte vem') failures.push(`the line does not say "rutinen anger inte vem": ${where}`);
      if (!item.date || !result.release) continue;
      const event = stepEvent(item, { titel: step.titel, vem: mark, vemRad: step.vem ? ownerLine(model, step) : undefined, kalla: 'källa', kallaAdress: 'https://x/' }, result.release);
      if (step.vem && !event.summary.includes(mark!)) failures.push(`a calendar event without "${mark}": ${where}`);
      if (step.vem && !event.description?.includes(ownerLine(model, step))) failures.push(`a calendar event without the "Vem" line: ${where}`);
      // Issue 18, point 7: never on a day after the last day the step can be done.
      if (item.kind === 'fore' && event.start >= item.date) failures.push(`a "före" step on or after its day: ${where}`);
      if (item.kind === 'tidigast' && event.start < item.date) failures.push(`an event before the earliest day: ${where}`);
    }
    for (const { step } of result.steps) if (step.villkor?.gallerOm) failures.push(`an unasked condition shown as applying: ${step.id}`);
  };
  for (const role of roles) visit({ roll: role }, 0);

  console.log(`The guide's walk covered ${paths} paths of answers over ${roles.length} roles.`);
  assert.deepEqual(failures.slice(0, 10), []);
  assert.deepEqual(model.steps.map((step) => step.id).filter((id) => !shown.has(id)), [], 'every step is shown on some path');
  assert.ok(paths > 100);
});

// Issue 18.
const stepsCiting = (text: string) => model.steps.filter((step) => step.kallor.some((source) => source.citat.includes(text)));

test('issue 18, 5: in Nordost frivården\'s contact with the ansvarig vuxenenhet stands in for the city\'s initiation, in one line', () => {
  const frivarden: Answers = { roll: 'frivarden', forvaltning: 'nordost', forstaKontakt: 'frivarden', samtycke: 'ja', frigivning: RELEASE.late, naraFrigivning: 'nej', behov: 'nej', funktionsvariation: 'nej' };
  const nordost = stepById('kontakt-ansvarig-vuxenenhet');
  const result = guideResult(model, frivarden, TODAY);
  const own = result.steps.filter((item) => item.relation === 'egen').map((item) => item.step.id);
  for (const replaced of nordost.ersatter ?? []) assert.ok(!own.includes(replaced), `${replaced} is not shown beside ${nordost.id}`);
  assert.ok(own.includes(nordost.id));
  // It says everything the city's step says of the time: it quotes the city's sentence too.
  const city = stepById(nordost.ersatter![0]!);
  const cityTime = city.kallor.find((source) => source.citat.includes(city.tid!.text.split(' ')[0]!))!;
  assert.ok(nordost.kallor.some((source) => source.citat === cityTime.citat));
  // Outside Nordost the city's step is shown, and the local one is not.
  const centrum = guideResult(model, { ...frivarden, forvaltning: 'centrum' }, TODAY).steps.map((item) => item.step.id);
  assert.ok(centrum.includes(city.id) && !centrum.includes(nordost.id));
});

test('issue 18, 6: an approximate time behind us says how long is left, never that it has passed', () => {
  const window = datedIn({ ...VUXEN_NORDOST, frigivning: RELEASE.late }, 'kontakt-ansvarig-vuxenenhet');
  const nybesok = datedIn({ ...FS_NORDOST, frigivning: '2026-12-01' }, 'nybesok');
  for (const item of [window, nybesok]) {
    assert.doesNotMatch(`${standingText(item)}${standingShort(item)}`, /passerat/);
    assert.match(standingText(item), /^; nu \d+ dagar kvar till frigivningen$/);
  }
  assert.equal(standingShort(nybesok), ' (nu 8 dagar kvar till frigivningen)');
  // "senast cirka" keeps its "cirka" before the date, as the routine does.
  assert.match(nybesok.step.tid!.text, /cirka/);
  assert.match(`${PREFIX[nybesok.kind!]} ${datesText(nybesok)}`, /^Senast cirka /);
  // Once the release has passed, that is what is said.
  const passed = datedIn({ ...FS_NORDOST, frigivning: RELEASE.passed }, 'nybesok');
  assert.equal(standingShort(passed), ' (frigivningsdatumet har passerat)');
  assert.equal(standingText(passed), '; frigivningsdatumet har passerat');
});

test('issue 18, 6: every timing the routine words with "cirka" is approximate in the model', () => {
  for (const step of model.steps.filter((candidate) => /\bcirka\b/.test(candidate.tid?.text ?? ''))) {
    assert.ok(['cirka', 'senast-cirka'].includes(step.tid!.typ), `${step.id}: ${step.tid!.typ}`);
  }
});

test('issue 18, 8: "tidigast fyra månader" before 30 June is 1 March, never a day earlier than the routine allows', () => {
  const item = datedIn({ ...VUXEN_STAD, frigivning: '2027-06-30' }, 'initiera-arendet');
  assert.equal(item.date, '2027-03-01');
  const months = -item.step.tid!.manader!;
  assert.ok(addMonths(item.date!, months) >= '2027-06-30' && addMonths(addDays(item.date!, -1), months) < '2027-06-30');
  assert.equal(`${PREFIX[item.kind!]} ${datesText(item)}`, 'Tidigast måndag 1 mars 2027');
});

test('issue 18, 9: funktionsstöd from the start has the routine\'s time, "redan från första mötet", not "Rutinen anger ingen tid"', () => {
  for (const step of model.steps) {
    for (const source of step.kallor) {
      const time = /redan från första mötet/.exec(source.citat)?.[0];
      if (time) assert.equal(step.tid?.text, time, step.id);
    }
  }
  assert.ok(stepsCiting('redan från första mötet').length > 0);
});

test('issue 18, 10: a step of frivården whose quotes do not name the frivårdsinspektör says the routine\'s own words', () => {
  const role = roleById(model, 'frivarden');
  for (const step of model.steps.filter((candidate) => candidate.roller.includes(role.id))) {
    if (step.kallor.some((source) => source.citat.toLocaleLowerCase('sv').includes(role.namn.toLocaleLowerCase('sv')))) continue;
    assert.ok(step.vem, `${step.id} names "${role.namn}", which its quotes do not`);
  }
  for (const step of model.steps.filter((candidate) => candidate.vem && candidate.vem.rutinenAnger !== NOT_NAMED)) {
    const words = step.vem!.rutinenAnger.toLocaleLowerCase('sv');
    assert.ok(step.kallor.some((source) => source.citat.toLocaleLowerCase('sv').includes(words)), `${step.id}: "${words}" is in a quote`);
    assert.match(ownerLine(model, step), new RegExp(`^Rutinen anger: ${step.vem!.rutinenAnger}\\. Webbplatsens läsning: `));
  }
});

test('issue 18, 11: the labels after "Sedan:" keep the capitals of the districts they name', () => {
  const districts = model.routines.flatMap((routine) => routine.forvaltningar);
  let seen = 0;
  for (const step of model.steps) {
    for (const edge of step.nasta) {
      for (const district of districts.filter((name) => edge.etikett?.includes(name))) {
        assert.ok(edgeNote(edge)?.includes(district), `${step.id} → ${edge.till}: ${edgeNote(edge)}`);
        seen++;
      }
    }
  }
  assert.ok(seen > 0);
});

test('issue 18, 12: in Nordost ekonomiskt bistånd\'s hand-over and the planning of the joint meeting come before the joint visit', () => {
  const order = guideResult(model, FS_NORDOST, TODAY).steps.filter((item) => item.relation === 'egen').map((item) => item.step.id);
  const visit = order.indexOf('gemensamt-besok');
  assert.ok(visit > order.indexOf('fordela-till-lopande-enhet') && visit > order.indexOf('gemensamt-mote'), order.join(', '));
});

test('issue 18, 13: the joint visit\'s title names every party its quote names, "och myndigheter" too', () => {
  const visit = stepById('gemensamt-besok');
  const parties = visit.kallor.map((source) => /berörda (.+?) deltar/.exec(source.citat)?.[1]).find(Boolean)!;
  assert.ok(visit.titel.includes(parties), `"${visit.titel}" names "${parties}"`);
});

test('issue 18, 14: the den enskilde role says whom each routine covers, Nordost\'s wider scope too', () => {
  const role = roleById(model, 'den-enskilde');
  const text = `${role.organisation} ${role.beskrivning}`;
  for (const routine of readContent().routines) {
    const scope = /samtliga personer som ska (.+?) och som/.exec(routine.body)?.[1];
    assert.ok(scope, routine.id);
    assert.ok(text.includes(scope.replace(/frigivna$/, 'frigiven')), `${routine.id}: "${scope}"`);
  }
});

test('issue 18, 15: no step asks one of its own roles to contact itself', () => {
  for (const step of model.steps) {
    const contacted = /^Kontakta (\p{L}+)/u.exec(step.titel)?.[1]?.toLocaleLowerCase('sv');
    if (!contacted) continue;
    for (const id of step.roller) assert.notEqual(roleById(model, id).kortnamn.toLocaleLowerCase('sv'), contacted, `${step.id}: "${step.titel}"`);
  }
});

test('issue 18, 2–4: an obligation the text states without a condition is shown without one', () => {
  // "Om den enskilde redan har en upprättad kontakt … ska": no need of försörjningsstöd is stated.
  for (const step of stepsCiting('Om den enskilde redan har en upprättad kontakt')) assert.equal(step.villkor?.nar?.behov, undefined, step.id);
  // The Nordost nybesök, "klar senast samma dag" and the visit at the release: no exception for an existing contact.
  for (const step of stepsCiting('Ett nybesök genomförs').concat(stepsCiting('Kan utredningen inte slutföras'), stepsCiting('så att utredningen är klar'))) {
    assert.equal(step.villkor?.nar?.befintligKontakt, undefined, step.id);
  }
  // "Utredning och behovsbedömning ska genomföras …" names no unit: every unit that investigates sees it.
  const investigating = new Set(stepsCiting('Utredning och behovsbedömning ska genomföras').flatMap((step) => step.roller));
  assert.ok(investigating.has('forsorjningsstod') && investigating.has('vuxenenheten'), [...investigating].join(', '));
  // A condition the site still reads in is shown as its reading.
  for (const step of model.steps.filter((candidate) => candidate.villkor?.nar?.befintligKontakt === 'nej')) {
    assert.match(step.villkor!.text, /webbplatsens läsning/, step.id);
  }
});

test('issue 18, 2: no arrow names a need its step does not require', () => {
  // The flowchart writes an arrow's label over the step it leads to, and "Sedan:" after its title:
  // a label saying "Behov" puts back the condition the text does not state.
  const arrows = model.steps.flatMap((step) => step.nasta.map((edge) => ({ from: step.id, ...edge })));
  const naming = arrows.filter((edge) => hasWord(edge.etikett ?? '', 'behov'));
  assert.ok(naming.length > 0);
  for (const { from, till, etikett } of naming) assert.ok(stepById(till).villkor?.nar?.behov !== undefined, `${from} → ${till}: "${etikett}"`);
});

test('issue 18: the list of the site\'s interpretations names every step whose owner, condition or place is the site\'s reading', () => {
  const heading = '## Webbplatsens tolkningar av rutinerna';
  const text = readFileSync('content/TOLKNINGAR.md', 'utf8');
  assert.ok(text.includes(heading), `content/TOLKNINGAR.md has the heading "${heading}"`);
  const list = text.slice(text.indexOf(heading) + heading.length).split(/^## /m)[0]!;
  const read = model.steps.filter((step) => step.vem || step.ersatter?.length || /webbplatsens läsning/.test(step.villkor?.text ?? ''));
  assert.ok(read.length > 0);
  for (const step of read) assert.ok(list.includes(`\`${step.id}\``), `"${step.id}" is in the list`);
});
