import { addDays, addMonths, daysBetween, parseIsoDate } from './dates.ts';
import { QUESTION_IDS, isCaseFactQuestion, question, type Answers, type Question, type QuestionId } from './questions.ts';
import { acceptedAnswers, orderedSteps, type ProcessModel, type Step, type TimingKind } from '../process/model.ts';
import type { CaseFact } from '../process/questions.ts';

/**
 * The guide's rules: which question comes next and which steps apply, read
 * from the process model (the same one the flowchart and the role pages
 * draw). Nothing here knows a step by name; conditions live in the data.
 * No rule here adds a number the routines do not give: "nära inpå
 * frigivning" is the worker's answer, not a count of days.
 */

/** Answers that follow from the role, so they are not asked. */
const IMPLIED: Record<string, Partial<Record<CaseFact, string>>> = {
  // Ekonomiskt bistånd is in the case because of the need.
  forsorjningsstod: { behov: 'ja' },
  // Funktionsstöd's part of the routine is Nordost's.
  funktionsstod: { forvaltning: 'nordost' },
};

export type Facts = Partial<Record<CaseFact, string>>;

/** The facts the conditions can test: the answers, and what the role implies. */
export function caseFacts(answers: Answers): Facts {
  const facts: Facts = { ...(answers.roll ? IMPLIED[answers.roll] : {}) };
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    if (value !== undefined && isCaseFactQuestion(id)) facts[id] = value;
  }
  return facts;
}

/**
 * Whether a step applies to a case as far as the facts go. A condition on a
 * fact not yet known does not rule the step out; the walk asks every fact a
 * still-possible step tests before it shows a result, so in a result every
 * tested fact is known.
 */
export function applies(step: Step, facts: Facts): boolean {
  if (step.omfattning === 'nordost' && facts.forvaltning !== undefined && facts.forvaltning !== 'nordost') return false;
  return Object.entries(step.villkor?.nar ?? {}).every(([key, value]) => {
    const known = facts[key as CaseFact];
    return known === undefined || acceptedAnswers(value).includes(known);
  });
}

export type Relation = 'egen' | 'berör';

export function relation(step: Step, roleId: string): Relation | undefined {
  if (step.roller.includes(roleId)) return 'egen';
  if (step.berorda.includes(roleId)) return 'berör';
  return undefined;
}

/** The role's steps (own and concerning it) that the answers so far leave open. */
function candidateSteps(model: ProcessModel, answers: Answers): Step[] {
  const role = answers.roll;
  if (!role) return [];
  const facts = caseFacts(answers);
  return orderedSteps(model).filter((step) => relation(step, role) && applies(step, facts));
}

/** Whether a step's timing gives a date once the release date is known. */
function isDated(step: Step): boolean {
  const timing = step.tid;
  return Boolean(timing && timing.typ !== 'utan-datum' && (timing.manader !== undefined || timing.dagar !== undefined));
}

/**
 * Whether a question can change the result. The role is always asked; the
 * release date when a still-open step has a date; every other question only
 * when a step still open for this role has a condition on it.
 */
function matters(model: ProcessModel, id: QuestionId, answers: Answers): boolean {
  if (id === 'roll') return true;
  const implied = answers.roll ? IMPLIED[answers.roll] : undefined;
  if (implied && isCaseFactQuestion(id) && implied[id] !== undefined) return false;
  const open = candidateSteps(model, { ...answers, [id]: undefined });
  if (id === 'frigivning') return open.some(isDated);
  if (id === 'forvaltning') return open.some((step) => step.omfattning === 'nordost');
  return open.some((step) => step.villkor?.nar?.[id as CaseFact] !== undefined);
}

/**
 * The answers a question offers for the answers before it. An answer that
 * some steps' conditions name is offered only while one of those steps can
 * still apply (for any role): "frivården went straight to funktionsstöd" is
 * a path only the supplement describes, so it is offered only where the
 * supplement can apply. Answers no condition names are always offered.
 */
export function offeredOptions(model: ProcessModel, q: Question, answers: Answers): Question['options'] {
  if (!isCaseFactQuestion(q.id)) return q.options;
  const fact = q.id;
  const facts = caseFacts({ ...answers, [fact]: undefined });
  return q.options.filter((option) => {
    const naming = model.steps.filter((step) => {
      const value = step.villkor?.nar?.[fact];
      return value !== undefined && acceptedAnswers(value).includes(option.value);
    });
    return naming.length === 0 || naming.some((step) => applies(step, facts));
  });
}

/** The questions to ask for these answers, in order, up to the first one unanswered. */
export function relevantQuestions(model: ProcessModel, answers: Answers): Question[] {
  return walk(model, answers).asked;
}

/**
 * The answers that count: those to questions that matter, given the
 * answers before them, and that the question still offers. An answer left
 * over from an earlier path (the role was changed, say) is dropped.
 */
export function relevantAnswers(model: ProcessModel, answers: Answers): Answers {
  return walk(model, answers).kept;
}

function walk(model: ProcessModel, answers: Answers): { asked: Question[]; kept: Answers } {
  const asked: Question[] = [];
  const kept: Answers = {};
  for (const id of QUESTION_IDS) {
    if (!matters(model, id, kept)) continue;
    const full = question(model, id);
    const q = { ...full, options: offeredOptions(model, full, kept) };
    asked.push(q);
    const answer = answers[id];
    const valid = answer !== undefined && (q.kind === 'datum' || q.options.some((option) => option.value === answer));
    // Which later questions matter depends on this answer: stop at the first gap.
    if (!valid) break;
    kept[id] = answer;
  }
  return { asked, kept };
}

/**
 * A question reopened to change its answer ("Ändra", "Tillbaka"), with the
 * answers it offers given the answers before it.
 */
export function questionToChange(model: ProcessModel, id: QuestionId, answers: Answers): Question {
  const before: Answers = {};
  for (const earlier of QUESTION_IDS.slice(0, QUESTION_IDS.indexOf(id))) {
    if (answers[earlier] !== undefined) before[earlier] = answers[earlier];
  }
  const full = question(model, id);
  return { ...full, options: offeredOptions(model, full, relevantAnswers(model, before)) };
}

/** The first relevant question without a (still valid) answer, or undefined when the result can be shown. */
export function nextQuestion(model: ProcessModel, answers: Answers): Question | undefined {
  const kept = relevantAnswers(model, answers);
  return relevantQuestions(model, answers).find((q) => kept[q.id] === undefined);
}

/**
 * Where a dated step stands today: `kommande` (its date is ahead), `oppen`
 * (an earliest date has come: it can be done now), `pagar` (inside an
 * approximate window), `passerad` (a deadline, window or day has gone by).
 * Steps that last from a date or are tied to the release without a
 * deadline have no status: they never pass.
 */
export type TimingStatus = 'kommande' | 'oppen' | 'pagar' | 'passerad';

export interface DatedStep {
  step: Step;
  relation: Relation;
  /** The step's date, or the start of its window, where the routine gives a timing. */
  date?: string;
  /** The end of the window ("tre–fyra månader före": the later date). */
  until?: string;
  kind?: TimingKind;
  status?: TimingStatus;
}

export type NoteId = 'ingen-samverkan' | 'samtycke-saknas' | 'forsta-kontakt' | 'nara-frigivning' | 'frigivning-passerad' | 'inga-steg';

export interface GuideResult {
  release?: string;
  /** Days from today to the release (negative once it has passed). */
  daysToRelease?: number;
  /** The steps that apply to the answers given, in order. */
  steps: DatedStep[];
  /**
   * Steps that apply only if a further condition holds that the guide does
   * not ask about (`step.villkor.gallerOm`): shown apart, under that condition.
   */
  conditional: DatedStep[];
  /** The cases outside the normal path that these answers fall into. */
  notes: NoteId[];
}

/** The steps for a role and a case, in order, with their dates. */
export function guideResult(model: ProcessModel, given: Answers, today: string): GuideResult {
  const answers = relevantAnswers(model, given);
  const role = answers.roll;
  const release = answers.frigivning ? parseIsoDate(answers.frigivning) : undefined;
  const all = role ? candidateSteps(model, answers).map((step) => dated(step, relation(step, role)!, release, today)) : [];
  const steps = all.filter((item) => !item.step.villkor?.gallerOm);
  const conditional = all.filter((item) => item.step.villkor?.gallerOm);
  const notes: NoteId[] = [];
  if (answers.samtycke === 'nej') notes.push('ingen-samverkan');
  if (answers.samtycke === 'inte-annu') notes.push('samtycke-saknas');
  if (answers.forstaKontakt === 'den-enskilde') notes.push('forsta-kontakt');
  if (answers.naraFrigivning === 'ja') notes.push('nara-frigivning');
  const daysToRelease = release ? daysBetween(today, release) : undefined;
  if (daysToRelease !== undefined && daysToRelease < 0) notes.push('frigivning-passerad');
  if (role && all.length === 0) notes.push('inga-steg');
  return { ...(release ? { release, daysToRelease: daysToRelease! } : {}), steps, conditional, notes };
}

function dated(step: Step, stepRelation: Relation, release: string | undefined, today: string): DatedStep {
  const timing = step.tid;
  if (!release || !timing || !isDated(step)) return { step, relation: stepRelation };
  const date = addDays(addMonths(release, timing.manader ?? 0), timing.dagar ?? 0);
  const until = timing.tillManader !== undefined ? addMonths(release, timing.tillManader) : undefined;
  const status = timingStatus(timing.typ, date, until, today);
  return { step, relation: stepRelation, date, ...(until ? { until } : {}), kind: timing.typ, ...(status ? { status } : {}) };
}

/** See TimingStatus. Dates are ISO strings, so they compare as text. */
export function timingStatus(kind: TimingKind, date: string, until: string | undefined, today: string): TimingStatus | undefined {
  switch (kind) {
    case 'tidigast':
      return date <= today ? 'oppen' : 'kommande';
    case 'senast':
    case 'samma-dag':
      return date < today ? 'passerad' : 'kommande';
    case 'fore':
      return date <= today ? 'passerad' : 'kommande';
    case 'cirka': {
      const end = until ?? date;
      if (end < today) return 'passerad';
      return date <= today ? 'pagar' : 'kommande';
    }
    default:
      return undefined;
  }
}
