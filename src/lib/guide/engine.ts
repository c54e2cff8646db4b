import { addDays, addMonths, daysBetween, monthsBefore, parseIsoDate } from './dates.ts';
import type { GuideModel, GuideStep } from './guide-model.ts';
import { isFactQuestion, question, questionIds, type Answers, type Question, type QuestionId } from './guide-questions.ts';
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

/**
 * One page of the guide: a question alone, or the yes/no questions of a
 * group (content/process/fragor.yaml, `grupp`) asked together as
 * checkboxes. A group shows only those of its questions that can still
 * change the steps for the role and the answers before the page; a group
 * left with one is asked as that question alone, and one left with none
 * is not asked.
 */
export interface GuidePage {
  /** The group's id on a page of several questions, else the question's. */
  id: string;
  /** The group, on a page of several questions. */
  group?: string;
  /** The questions on the page, in order, with the answers each offers. */
  questions: Question[];
}

interface Walk {
  pages: GuidePage[];
  /** The questions that count, in order: on a group's page, those that still matter once its other answers are known. */
  asked: Question[];
  /** The answers that count. */
  kept: Answers;
}

function isValidAnswer(q: Question, answer: string | undefined): answer is string {
  return answer !== undefined && (q.kind === 'datum' ? parseIsoDate(answer) !== undefined : q.options.some((option) => option.value === answer));
}

/**
 * The guide's pages for these answers, in order. With `untilGap`, the walk
 * stops at the first page not fully answered, since which later questions
 * matter depends on its answers; without, it goes on past it with the
 * answer unknown, which only ever leaves more questions possible (a fact
 * not known rules no step out), so it gives every page still possible.
 */
function walkPages(model: GuideModel<GuideStep>, answers: Answers, untilGap: boolean): Walk {
  const pages: GuidePage[] = [];
  const asked: Question[] = [];
  const kept: Answers = {};
  const all = model.questions;
  for (let index = 0; index < all.length; ) {
    const group = all[index]!.grupp;
    let end = index + 1;
    while (group !== undefined && end < all.length && all[end]!.grupp === group) end++;
    const members = all.slice(index, end);
    index = end;
    const shown = members.filter((member) => matters(model, member.id, kept)).map((member) => offered(model, member.id, kept));
    if (shown.length === 0) continue;
    pages.push(shown.length > 1 ? { id: group!, group, questions: shown } : { id: shown[0]!.id, questions: shown });
    // On a group's page, an answer can make a later question of the page moot, as it would asked one by one
    // (in the fixtures, "no need" settles the existing contact): that question's answer does not count.
    let complete = true;
    shown.forEach((q, place) => {
      if (place > 0 && !matters(model, q.id, kept)) return;
      asked.push(q);
      if (isValidAnswer(q, answers[q.id])) kept[q.id] = answers[q.id];
      else complete = false;
    });
    if (!complete && untilGap) break;
  }
  return { pages, asked, kept };
}

/** A question with the answers it offers after these answers. */
function offered(model: GuideModel<GuideStep>, id: QuestionId, answers: Answers): Question {
  const full = question(model, id);
  return { ...full, options: offeredOptions(model, full, answers) };
}

/** The questions to ask for these answers, in order, up to the first one unanswered. */
export function relevantQuestions(model: GuideModel<GuideStep>, answers: Answers): Question[] {
  return walkPages(model, answers, true).asked;
}

/** The pages asked for these answers, in order, up to the first one not fully answered. */
export function relevantPages(model: GuideModel<GuideStep>, answers: Answers): GuidePage[] {
  return walkPages(model, answers, true).pages;
}

/**
 * Every page still possible after these answers: those asked and those
 * that may still come. Its length is the M of "Fråga N av M"; it only
 * shrinks as answers come (an answer can settle a later question, never
 * open one that an unknown answer left closed).
 */
export function possiblePages(model: GuideModel<GuideStep>, answers: Answers): GuidePage[] {
  const role = roleQuestion(model);
  if (!role || answers[role.id] !== undefined) return walkPages(model, answers, false).pages;
  // Before the role is known, every role's way is possible: the longest says how many pages may come.
  const ways = model.roles.map((candidate) => walkPages(model, { ...answers, [role.id]: candidate.id }, false).pages);
  return ways.reduce((longest, way) => (way.length > longest.length ? way : longest), [] as GuidePage[]);
}

/**
 * The answers that count: those to questions that matter, given the
 * answers before them, and that the question still offers. An answer left
 * over from an earlier path (the role was changed, say) is dropped.
 */
export function relevantAnswers(model: GuideModel<GuideStep>, answers: Answers): Answers {
  return walkPages(model, answers, true).kept;
}

/**
 * The answers to keep in the address after an answer is given or changed:
 * every answer to a question that can still matter, gaps included, so
 * changing one answer keeps the others and only the questions the change
 * makes relevant are asked again. Answers to questions that cannot matter
 * any more (another role's questions, say) are dropped.
 */
export function answersToKeep(model: GuideModel<GuideStep>, answers: Answers): Answers {
  return walkPages(model, answers, false).kept;
}

/**
 * The page reopened to change a question's answer ("Ändra", "Tillbaka"):
 * the question alone, or its group's page with the group's questions that
 * matter, with the answers each offers given the answers before the page.
 */
export function pageToChange(model: GuideModel<GuideStep>, id: QuestionId, answers: Answers): GuidePage {
  const all = model.questions;
  const group = all.find((candidate) => candidate.id === id)?.grupp;
  const start = all.findIndex((candidate) => candidate.id === id || (group !== undefined && candidate.grupp === group));
  const before: Answers = {};
  for (const earlier of all.slice(0, start)) {
    if (answers[earlier.id] !== undefined) before[earlier.id] = answers[earlier.id];
  }
  const kept = relevantAnswers(model, before);
  const members = group === undefined ? [] : all.filter((candidate) => candidate.grupp === group && (candidate.id === id || matters(model, candidate.id, kept)));
  if (members.length > 1) return { id: group!, group, questions: members.map((member) => offered(model, member.id, kept)) };
  return { id, questions: [offered(model, id, kept)] };
}

/** A question reopened to change its answer, with the answers it offers given the answers before it. */
export function questionToChange(model: GuideModel<GuideStep>, id: QuestionId, answers: Answers): Question {
  return pageToChange(model, id, answers).questions.find((q) => q.id === id)!;
}

/** The first relevant question without a (still valid) answer, or undefined when the result can be shown. */
export function nextQuestion(model: GuideModel<GuideStep>, answers: Answers): Question | undefined {
  const { asked, kept } = walkPages(model, answers, true);
  return asked.find((q) => kept[q.id] === undefined);
}

/**
 * The page of the first question without an answer, or undefined when the
 * result can be shown. A group's page already partly answered (an answer
 * before it changed, making one more of its questions matter) asks only
 * what is still open, as one question when one is: the answers kept are
 * not asked again.
 */
export function nextPage(model: GuideModel<GuideStep>, answers: Answers): GuidePage | undefined {
  const { pages, asked, kept } = walkPages(model, answers, true);
  // Asked: a question an answer on its own page made moot is not.
  const isOpen = (q: Question) => kept[q.id] === undefined && asked.some((candidate) => candidate.id === q.id);
  const page = pages.find((candidate) => candidate.questions.some(isOpen));
  if (!page?.group) return page;
  const open = page.questions.filter(isOpen);
  if (open.length === page.questions.length) return page;
  return open.length > 1 ? { ...page, questions: open } : { id: open[0]!.id, questions: open };
}

/**
 * Where a page stands: "Fråga N av M", N its place among the pages still
 * possible and M their count, both reckoned without the page's own answers
 * (reopened to change them, it counts as it did when first asked).
 */
export function pageProgress(model: GuideModel<GuideStep>, page: GuidePage, answers: Answers): { number: number; of: number; previous?: GuidePage } {
  const without: Answers = { ...answers };
  for (const q of page.questions) delete without[q.id];
  const pages = possiblePages(model, without);
  // By a question they share: a group's page may be asked in part (nextPage).
  const index = Math.max(pages.findIndex((candidate) => candidate.questions.some((q) => page.questions.some((asked) => asked.id === q.id))), 0);
  const previous = pages[index - 1];
  return { number: index + 1, of: Math.max(pages.length, index + 1), ...(previous ? { previous } : {}) };
}

/**
 * Reads a group's page: the questions shown, which of them were checked,
 * and whether "none of these" was. Checked is ja, unchecked nej; "none of
 * these" answers nej to all. Neither, or "none" beside a checked one (the
 * script unchecks the other, so only without it), is a problem to say.
 */
export function readGroupForm(shown: readonly QuestionId[], checked: readonly QuestionId[], none: boolean): { answers: Answers } | { problem: 'inget-svar' | 'motsagelse' } {
  const yes = shown.filter((id) => checked.includes(id));
  if (none && yes.length > 0) return { problem: 'motsagelse' };
  if (!none && yes.length === 0) return { problem: 'inget-svar' };
  return { answers: Object.fromEntries(shown.map((id) => [id, yes.includes(id) ? 'ja' : 'nej'])) };
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
