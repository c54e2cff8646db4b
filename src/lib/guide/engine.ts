import { addDays, addMonths, daysBetween, parseIsoDate } from './dates.ts';
import { QUESTION_IDS, isCaseFactQuestion, question, type Answers, type Question, type QuestionId } from './questions.ts';
import { orderedSteps, type ProcessModel, type Step, type TimingKind } from '../process/model.ts';
import type { CaseFact } from '../process/questions.ts';

/**
 * The guide's rules: which question comes next and which steps apply, read
 * from the process model (the same one the flowchart and the role pages
 * draw). Nothing here knows a step by name; conditions live in the data.
 */

/**
 * A release this close (in days) counts as "nära inpå": the city routine
 * does not put a number on it, so the guide uses the last planning date the
 * routines give, the nybesök "senast cirka två veckor före frigivning".
 */
export const CLOSE_TO_RELEASE_DAYS = 14;

/** Answers that follow from the role, so they are not asked. */
const IMPLIED: Record<string, Partial<Record<CaseFact, string>>> = {
  // Ekonomiskt bistånd is in the case because of the need.
  forsorjningsstod: { behov: 'ja' },
  // Funktionsstöd's part of the routine is Nordost's.
  funktionsstod: { forvaltning: 'nordost' },
};

export type Facts = Partial<Record<CaseFact, string>>;

/** The facts the conditions can test: answers, what the role implies, and closeness. */
export function caseFacts(answers: Answers, today: string): Facts {
  const facts: Facts = { ...(answers.roll ? IMPLIED[answers.roll] : {}) };
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    if (value !== undefined && isCaseFactQuestion(id)) facts[id] = value;
  }
  const release = answers.frigivning ? parseIsoDate(answers.frigivning) : undefined;
  if (release) facts.naraFrigivning = daysBetween(today, release) < CLOSE_TO_RELEASE_DAYS ? 'ja' : 'nej';
  return facts;
}

/**
 * Whether a step applies to a case. A condition on a fact the guide has not
 * asked about (because it did not matter for this role) does not rule the
 * step out: the step is shown with its condition in words.
 */
export function applies(step: Step, facts: Facts): boolean {
  if (step.omfattning === 'nordost' && facts.forvaltning !== undefined && facts.forvaltning !== 'nordost') return false;
  return Object.entries(step.villkor?.nar ?? {}).every(([key, value]) => {
    const known = facts[key as CaseFact];
    return known === undefined || known === value;
  });
}

export type Relation = 'egen' | 'berör';

function relation(step: Step, roleId: string): Relation | undefined {
  if (step.roller.includes(roleId)) return 'egen';
  if (step.berorda.includes(roleId)) return 'berör';
  return undefined;
}

/** The role's steps (own and concerning it) that the answers so far leave open. */
function candidateSteps(model: ProcessModel, answers: Answers, today: string): Step[] {
  const role = answers.roll;
  if (!role) return [];
  const facts = caseFacts(answers, today);
  return orderedSteps(model).filter((step) => relation(step, role) && applies(step, facts));
}

/**
 * Whether a question can change the result. The role is always asked; the
 * release date when there is consent; every other question only when a
 * step still open for this role has a condition on it.
 */
function matters(model: ProcessModel, id: QuestionId, answers: Answers, today: string): boolean {
  if (id === 'roll') return true;
  const implied = answers.roll ? IMPLIED[answers.roll] : undefined;
  if (implied && isCaseFactQuestion(id) && implied[id] !== undefined) return false;
  if (id === 'samtycke') return Boolean(answers.roll);
  if (id === 'frigivning') return answers.samtycke === 'ja';
  if (id === 'forvaltning') return candidateSteps(model, { ...answers, forvaltning: undefined }, today).some((step) => step.omfattning === 'nordost');
  return candidateSteps(model, { ...answers, [id]: undefined }, today).some((step) => step.villkor?.nar?.[id as CaseFact] !== undefined);
}

/** The questions to ask for these answers, in order, up to the first one unanswered. */
export function relevantQuestions(model: ProcessModel, answers: Answers, today: string): Question[] {
  return walk(model, answers, today).asked;
}

/**
 * The answers that count: those to questions that matter, given the
 * answers before them. An answer left over from an earlier path (the role
 * was changed, say) is dropped.
 */
export function relevantAnswers(model: ProcessModel, answers: Answers, today: string): Answers {
  return walk(model, answers, today).kept;
}

function walk(model: ProcessModel, answers: Answers, today: string): { asked: Question[]; kept: Answers } {
  const asked: Question[] = [];
  const kept: Answers = {};
  for (const id of QUESTION_IDS) {
    if (!matters(model, id, kept, today)) continue;
    asked.push(question(model, id));
    // Which later questions matter depends on this answer: stop at the first gap.
    if (answers[id] === undefined) break;
    kept[id] = answers[id];
  }
  return { asked, kept };
}

/** The first relevant question without an answer, or undefined when the result can be shown. */
export function nextQuestion(model: ProcessModel, answers: Answers, today: string): Question | undefined {
  return relevantQuestions(model, answers, today).find((q) => answers[q.id] === undefined);
}

export interface DatedStep {
  step: Step;
  relation: Relation;
  /** The step's date, or the start of its window, where the routine gives a timing. */
  date?: string;
  /** The end of the window ("tre–fyra månader före": the later date). */
  until?: string;
  kind?: TimingKind;
  /** The date is before today. */
  passed: boolean;
}

export type NoteId = 'ingen-samverkan' | 'forsta-kontakt' | 'nara-frigivning' | 'frigivning-passerad';

export interface GuideResult {
  release?: string;
  /** Days from today to the release (negative once it has passed). */
  daysToRelease?: number;
  steps: DatedStep[];
  /** The cases outside the normal path that these answers fall into. */
  notes: NoteId[];
}

/** The steps for a role and a case, in order, with their dates. */
export function guideResult(model: ProcessModel, given: Answers, today: string): GuideResult {
  const answers = relevantAnswers(model, given, today);
  const role = answers.roll;
  const release = answers.frigivning ? parseIsoDate(answers.frigivning) : undefined;
  const facts = caseFacts(answers, today);
  const steps = role ? candidateSteps(model, answers, today).map((step) => dated(step, relation(step, role)!, release, today)) : [];
  const notes: NoteId[] = [];
  if (answers.samtycke === 'nej') notes.push('ingen-samverkan');
  if (answers.forstaKontakt === 'den-enskilde') notes.push('forsta-kontakt');
  const daysToRelease = release ? daysBetween(today, release) : undefined;
  if (daysToRelease !== undefined && daysToRelease < 0) notes.push('frigivning-passerad');
  else if (facts.naraFrigivning === 'ja') notes.push('nara-frigivning');
  return { ...(release ? { release, daysToRelease: daysToRelease! } : {}), steps, notes };
}

function dated(step: Step, stepRelation: Relation, release: string | undefined, today: string): DatedStep {
  const timing = step.tid;
  if (!release || !timing || timing.typ === 'utan-datum' || (timing.manader === undefined && timing.dagar === undefined)) {
    return { step, relation: stepRelation, passed: false };
  }
  const date = addDays(addMonths(release, timing.manader ?? 0), timing.dagar ?? 0);
  const until = timing.tillManader !== undefined ? addMonths(release, timing.tillManader) : undefined;
  return { step, relation: stepRelation, date, ...(until ? { until } : {}), kind: timing.typ, passed: (until ?? date) < today };
}
