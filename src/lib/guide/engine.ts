import { addDays, addMonths, daysBetween, monthsBefore, parseIsoDate } from './dates.ts';
import type { GuideModel, GuideStep } from './model.ts';
import { isFactQuestion, question, questionIds, type Answers, type Question, type QuestionId } from './questions.ts';
import { acceptedAnswers, orderedSteps, type TimingKind } from '../process/model.ts';
import { dateQuestion, impliedByRole, roleQuestion, scopeQuestion } from '../process/questions.ts';

/**
 * The guide's rules: which question comes next and which steps apply, read
 * from the process model (the same one the flowchart and the role pages
 * draw) and the guide's questions (content/process/fragor.yaml). Nothing
 * here knows a step or a district by name; conditions, the answers a role
 * implies and the scopes an administration's answer opens live in the data.
 * No rule here adds a number the routines do not give: "nära inpå
 * frigivning" is the worker's answer, not a count of days.
 */

/** A fact about the case, by question id: the answer, or what the role implies. */
export type Facts = Partial<Record<string, string>>;

/** The answers of the role and the release date, whatever the questions are called. */
export function roleAnswer(model: GuideModel<GuideStep>, answers: Answers): string | undefined {
  const id = roleQuestion(model)?.id;
  return id ? answers[id] : undefined;
}

export function releaseAnswer(model: GuideModel<GuideStep>, answers: Answers): string | undefined {
  const id = dateQuestion(model)?.id;
  return id ? answers[id] : undefined;
}

/** The facts the conditions can test: the answers, and what the role implies. */
export function caseFacts(model: GuideModel<GuideStep>, answers: Answers): Facts {
  const facts: Facts = impliedByRole(model, roleAnswer(model, answers));
  for (const id of questionIds(model)) {
    const value = answers[id];
    if (value !== undefined && isFactQuestion(model, id)) facts[id] = value;
  }
  return facts;
}

/**
 * Whether a step applies to a case as far as the facts go. A condition on a
 * fact not yet known does not rule the step out; the walk asks every fact a
 * still-possible step tests before it shows a result, so in a result every
 * tested fact is known. A step of a scope the administration's answer does
 * not open (a supplement's step, elsewhere) does not apply.
 */
export function applies(model: GuideModel<GuideStep>, step: GuideStep, facts: Facts): boolean {
  if (!inScope(model, step, facts)) return false;
  return Object.entries(step.villkor?.nar ?? {}).every(([key, value]) => {
    const known = facts[key];
    return known === undefined || acceptedAnswers(value).includes(known);
  });
}

/** Whether the administration's answer, if given, opens the step's routine. */
function inScope(model: GuideModel<GuideStep>, step: GuideStep, facts: Facts): boolean {
  const scope = scopeQuestion(model);
  if (!scope || facts[scope.id] === undefined) return true;
  const chosen = scope.alternativ.find((option) => option.svar === facts[scope.id]);
  return !chosen?.omfattning || chosen.omfattning.includes(step.omfattning);
}

export type Relation = 'egen' | 'berör';

export function relation(step: Pick<GuideStep, 'roller' | 'berorda'>, roleId: string): Relation | undefined {
  if (step.roller.includes(roleId)) return 'egen';
  if (step.berorda.includes(roleId)) return 'berör';
  return undefined;
}

/**
 * Whether a step certainly applies: every fact its condition tests is
 * known and holds, and the administration's answer, where the step's scope
 * depends on it, is known and opens it.
 */
function surelyApplies(model: GuideModel<GuideStep>, step: GuideStep, facts: Facts): boolean {
  const scope = scopeQuestion(model);
  if (scope?.alternativ.some((option) => option.omfattning && !option.omfattning.includes(step.omfattning)) && facts[scope.id] === undefined) return false;
  const known = Object.keys(step.villkor?.nar ?? {}).every((key) => facts[key] !== undefined);
  return known && !step.villkor?.gallerOm && applies(model, step, facts);
}

/**
 * The steps a local routine's step stands in for (`ersatter`, the site's
 * reading that both are the same), once that step certainly applies: the
 * guide then shows the one step, not the same contact twice.
 */
function replacedSteps(model: GuideModel<GuideStep>, facts: Facts): Set<string> {
  return new Set(model.steps.filter((step) => step.ersatter?.length && surelyApplies(model, step, facts)).flatMap((step) => step.ersatter ?? []));
}

/** The role's steps (own and concerning it) that the answers so far leave open. */
function candidateSteps<S extends GuideStep>(model: GuideModel<S>, answers: Answers): S[] {
  const role = roleAnswer(model, answers);
  if (!role) return [];
  const facts = caseFacts(model, answers);
  const replaced = replacedSteps(model, facts);
  return orderedSteps(model).filter((step) => relation(step, role) && applies(model, step, facts) && !replaced.has(step.id));
}

/** Whether a step's timing gives a date once the release date is known. */
export function isDated(step: GuideStep): boolean {
  const timing = step.tid;
  return Boolean(timing && timing.typ !== 'utan-datum' && (timing.manader !== undefined || timing.dagar !== undefined));
}

/**
 * Whether a question can change the result. The role is always asked; the
 * release date when a still-open step has a date; the administration when
 * a still-open step belongs to a scope that some answer does not open;
 * every other question only when a step still open for this role has a
 * condition on it. An answer the role implies is never asked.
 */
function matters(model: GuideModel<GuideStep>, id: QuestionId, answers: Answers): boolean {
  const data = model.questions.find((candidate) => candidate.id === id)!;
  if (data.typ === 'roll') return true;
  if (impliedByRole(model, roleAnswer(model, answers))[id] !== undefined) return false;
  const open = candidateSteps(model, { ...answers, [id]: undefined });
  if (data.typ === 'datum') return open.some(isDated);
  const scopes = data.alternativ.map((option) => option.omfattning).filter((scope) => scope !== undefined);
  if (scopes.length > 0 && open.some((step) => scopes.some((scope) => !scope.includes(step.omfattning)))) return true;
  return open.some((step) => step.villkor?.nar?.[id] !== undefined);
}

/**
 * The answers a question offers for the answers before it. An answer that
 * only a local routine's steps name is offered only where that routine
 * applies: "frivården went straight to funktionsstöd" is a path only the
 * supplement describes. Every other answer is offered, also one that
 * changes nothing for this case ("no existing contact" when there is no
 * need): it is still a true answer to the question.
 */
export function offeredOptions(model: GuideModel<GuideStep>, q: Question, answers: Answers): Question['options'] {
  if (!isFactQuestion(model, q.id)) return q.options;
  const facts = caseFacts(model, { ...answers, [q.id]: undefined });
  return q.options.filter((option) => {
    const naming = model.steps.filter((step) => {
      const value = step.villkor?.nar?.[q.id];
      return value !== undefined && acceptedAnswers(value).includes(option.value);
    });
    return naming.length === 0 || naming.some((step) => inScope(model, step, facts));
  });
}

/** The questions to ask for these answers, in order, up to the first one unanswered. */
export function relevantQuestions(model: GuideModel<GuideStep>, answers: Answers): Question[] {
  return walk(model, answers).asked;
}

/**
 * The answers that count: those to questions that matter, given the
 * answers before them, and that the question still offers. An answer left
 * over from an earlier path (the role was changed, say) is dropped.
 */
export function relevantAnswers(model: GuideModel<GuideStep>, answers: Answers): Answers {
  return walk(model, answers).kept;
}

function walk(model: GuideModel<GuideStep>, answers: Answers): { asked: Question[]; kept: Answers } {
  const asked: Question[] = [];
  const kept: Answers = {};
  for (const id of questionIds(model)) {
    if (!matters(model, id, kept)) continue;
    const full = question(model, id);
    const q = { ...full, options: offeredOptions(model, full, kept) };
    asked.push(q);
    const answer = answers[id];
    const valid = answer !== undefined && (q.kind === 'datum' ? parseIsoDate(answer) !== undefined : q.options.some((option) => option.value === answer));
    // Which later questions matter depends on this answer: stop at the first gap.
    if (!valid) break;
    kept[id] = answer;
  }
  return { asked, kept };
}

/**
 * The answers to keep in the address after an answer is given or changed:
 * every answer to a question that can still matter, gaps included, so
 * changing one answer keeps the others and only the questions the change
 * makes relevant are asked again. Answers to questions that cannot matter
 * any more (another role's questions, say) are dropped.
 */
export function answersToKeep(model: GuideModel<GuideStep>, answers: Answers): Answers {
  const kept: Answers = {};
  for (const id of questionIds(model)) {
    if (!matters(model, id, kept)) continue;
    const full = question(model, id);
    const options = offeredOptions(model, full, kept);
    const answer = answers[id];
    const valid = answer !== undefined && (full.kind === 'datum' ? parseIsoDate(answer) !== undefined : options.some((option) => option.value === answer));
    if (valid) kept[id] = answer;
  }
  return kept;
}

/**
 * A question reopened to change its answer ("Ändra", "Tillbaka"), with the
 * answers it offers given the answers before it.
 */
export function questionToChange(model: GuideModel<GuideStep>, id: QuestionId, answers: Answers): Question {
  const ids = questionIds(model);
  const before: Answers = {};
  for (const earlier of ids.slice(0, ids.indexOf(id))) {
    if (answers[earlier] !== undefined) before[earlier] = answers[earlier];
  }
  const full = question(model, id);
  return { ...full, options: offeredOptions(model, full, relevantAnswers(model, before)) };
}

/** The first relevant question without a (still valid) answer, or undefined when the result can be shown. */
export function nextQuestion(model: GuideModel<GuideStep>, answers: Answers): Question | undefined {
  const kept = relevantAnswers(model, answers);
  return relevantQuestions(model, answers).find((q) => kept[q.id] === undefined);
}

/**
 * Where a dated step stands today: `kommande` (its date is ahead), `oppen`
 * (an earliest date has come: it can be done now), `pagar` (inside an
 * approximate window), `passerad` (a deadline or a day has gone by),
 * `mindre-kvar` (an approximate time, "senast cirka två veckor" or "cirka
 * tre–fyra månader", is behind: less time is left to the release than
 * that, which is all the guide can truly say, never that it has passed).
 * Steps that last from a date or are tied to the release without a
 * deadline have no status: they never pass.
 */
export type TimingStatus = 'kommande' | 'oppen' | 'pagar' | 'passerad' | 'mindre-kvar';

export interface DatedStep<S extends GuideStep = GuideStep> {
  step: S;
  relation: Relation;
  /** The step's date, or the start of its window, where the routine gives a timing. */
  date?: string;
  /** The end of the window ("tre–fyra månader före": the later date). */
  until?: string;
  kind?: TimingKind;
  status?: TimingStatus;
  /** Days from today to the release, for what is left once an approximate time is behind. */
  daysToRelease?: number;
}

export type NoteId = 'ingen-samverkan' | 'samtycke-saknas' | 'forsta-kontakt' | 'nara-frigivning' | 'frigivning-passerad' | 'inga-steg';

/**
 * The cases outside the normal path, by the answers that lead into them.
 * The build checks each question and answer named here against
 * content/process/fragor.yaml (src/pages/guide.astro), so renaming one
 * there stops the build instead of silencing a note.
 */
export const NOTE_CONDITIONS: ReadonlyArray<readonly [NoteId, Readonly<Record<QuestionId, string>>]> = [
  ['ingen-samverkan', { samtycke: 'nej' }],
  ['samtycke-saknas', { samtycke: 'inte-annu' }],
  ['forsta-kontakt', { forstaKontakt: 'den-enskilde' }],
  ['nara-frigivning', { naraFrigivning: 'ja' }],
];

export interface GuideResult<S extends GuideStep = GuideStep> {
  release?: string;
  /** Days from today to the release (negative once it has passed). */
  daysToRelease?: number;
  /** The steps that apply to the answers given, in order. */
  steps: DatedStep<S>[];
  /**
   * Steps that apply only if a further condition holds that the guide does
   * not ask about (`step.villkor.gallerOm`): shown apart, under that condition.
   */
  conditional: DatedStep<S>[];
  /** The cases outside the normal path that these answers fall into. */
  notes: NoteId[];
}

/** The steps for a role and a case, in order, with their dates. */
export function guideResult<S extends GuideStep>(model: GuideModel<S>, given: Answers, today: string): GuideResult<S> {
  const answers = relevantAnswers(model, given);
  const role = roleAnswer(model, answers);
  const releaseText = releaseAnswer(model, answers);
  const release = releaseText ? parseIsoDate(releaseText) : undefined;
  const all = role ? candidateSteps(model, answers).map((step) => dated(step, relation(step, role)!, release, today)) : [];
  const steps = all.filter((item) => !item.step.villkor?.gallerOm);
  const conditional = all.filter((item) => item.step.villkor?.gallerOm);
  const notes: NoteId[] = NOTE_CONDITIONS.filter(([, when]) => Object.entries(when).every(([id, value]) => answers[id] === value)).map(([id]) => id);
  const daysToRelease = release ? daysBetween(today, release) : undefined;
  if (daysToRelease !== undefined && daysToRelease < 0) notes.push('frigivning-passerad');
  if (role && all.length === 0) notes.push('inga-steg');
  return { ...(release ? { release, daysToRelease: daysToRelease! } : {}), steps, conditional, notes };
}

function dated<S extends GuideStep>(step: S, stepRelation: Relation, release: string | undefined, today: string): DatedStep<S> {
  const timing = step.tid;
  if (!release || !timing || !isDated(step)) return { step, relation: stepRelation };
  const date = addDays(monthsFrom(release, timing.manader ?? 0), timing.dagar ?? 0);
  const until = timing.tillManader !== undefined ? monthsFrom(release, timing.tillManader) : undefined;
  const status = timingStatus(timing.typ, date, until, today);
  const left = status === 'mindre-kvar' ? { daysToRelease: daysBetween(today, release) } : {};
  return { step, relation: stepRelation, date, ...(until ? { until } : {}), kind: timing.typ, ...(status ? { status } : {}), ...left };
}

/** Months before the release count as "no more than" that many (see monthsBefore); months after, as calendar months. */
function monthsFrom(release: string, months: number): string {
  return months < 0 ? monthsBefore(release, -months) : addMonths(release, months);
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
    case 'senast-cirka':
      return date < today ? 'mindre-kvar' : 'kommande';
    case 'cirka': {
      const end = until ?? date;
      if (end < today) return 'mindre-kvar';
      return date <= today ? 'pagar' : 'kommande';
    }
    default:
      return undefined;
  }
}
