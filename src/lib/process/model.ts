/**
 * The Insluss process as plain data: roles, phases and steps with the
 * edges between them. The flowchart, the role pages and the guide all read
 * this one model (content/process/*.yaml), never a copy of it.
 */

import type { Edge, Phase, QuestionEntry, Role, Step } from '../../content-pipeline/schemas.ts';
import type { RoutineScope } from '../districts.ts';

// Each type is its schema's output (src/content-pipeline/schemas.ts), so
// the field lists and their comments live in one place.
export type { Condition, Edge, Phase, QuestionEntry, Role, Source, Step, Timing } from '../../content-pipeline/schemas.ts';

/**
 * Which routine a step, or a role, comes from: a routine's id (its file
 * name in content/rutiner/), the city's or a local supplement's. Where it
 * applies is the routine's own data (src/lib/districts.ts).
 */
export type Scope = string;

/**
 * How a step's date reads against today. Only a deadline (senast, före)
 * or a day itself (samma-dag) can pass; an approximate time (senast-cirka,
 * cirka) is never called passed: once it is behind, the guide says how
 * long is left to the release. An earliest date (tidigast) that has come
 * means the step is open; a step that lasts from a date (efter) or is tied
 * to the release without a deadline (kring-frigivningen) never passes.
 */
export type TimingKind = NonNullable<Step['tid']>['typ'];

/** The routine's own word on who does a step, where it names no role of the model. */
export type Owner = NonNullable<Step['vem']>;

/** The value of `rutinenAnger` for a step whose owner the routine does not name. */
export const NOT_NAMED = 'nej';

/**
 * One answer a question offers: as content/process/fragor.yaml writes it,
 * and on the administration question, computed from the routines
 * (withAdministrations, src/lib/process/questions.ts), the scopes whose
 * steps apply under this answer: the city's routine and the local ones
 * that name the administration.
 */
export type AnswerOption = QuestionEntry['alternativ'][number] & { omfattning?: Scope[] | undefined };

/**
 * One of the guide's questions, in the order it asks them, once the
 * administration question's answers are filled in from the routines: it
 * is then a `val` question like any other.
 */
export type Question = Omit<QuestionEntry, 'typ' | 'alternativ' | 'svarstext' | 'svarshjalp'> & {
  /** roll: the answers are the roles; val: the answers under `alternativ`; datum: the release date. */
  typ: Exclude<QuestionEntry['typ'], 'forvaltning'>;
  alternativ: AnswerOption[];
};

export interface ProcessModel {
  roles: Role[];
  phases: Phase[];
  steps: Step[];
  /** The guide's questions (content/process/fragor.yaml), in the order it asks them. */
  questions: Question[];
  /** The routines the scopes name, with the administrations each applies to. */
  routines: RoutineScope[];
}

/**
 * All steps in reading order: by phase, and within a phase in the order
 * the model lists them (which document owners keep chronological).
 */
export function orderedSteps<S extends Pick<Step, 'fas'>>(model: { phases: Array<Pick<Phase, 'id' | 'ordning'>>; steps: S[] }): S[] {
  const phaseOrder = new Map(model.phases.map((phase) => [phase.id, phase.ordning]));
  return model.steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => (phaseOrder.get(a.step.fas) ?? 0) - (phaseOrder.get(b.step.fas) ?? 0) || a.index - b.index)
    .map(({ step }) => step);
}

export interface PhaseGroup {
  phase: Phase;
  steps: Step[];
}

/** The ordered steps grouped by phase; phases without steps are left out. */
export function stepsByPhase(model: ProcessModel, steps: Step[] = orderedSteps(model)): PhaseGroup[] {
  return [...model.phases]
    .sort((a, b) => a.ordning - b.ordning)
    .map((phase) => ({ phase, steps: steps.filter((step) => step.fas === phase.id) }))
    .filter((group) => group.steps.length > 0);
}

export interface RoleSteps {
  /** Steps the role does, in order. */
  own: Step[];
  /** Steps of other roles that concern this one, in order. */
  context: Step[];
}

export function stepsForRole(model: ProcessModel, roleId: string): RoleSteps {
  const steps = orderedSteps(model);
  return {
    own: steps.filter((step) => step.roller.includes(roleId)),
    context: steps.filter((step) => !step.roller.includes(roleId) && step.berorda.includes(roleId)),
  };
}

export function rolesInOrder<R extends Pick<Role, 'ordning'>>(model: { roles: R[] }): R[] {
  return [...model.roles].sort((a, b) => a.ordning - b.ordning);
}

/** Looks up a role; the model has been validated, so a miss is a bug. */
export function roleById(model: ProcessModel, id: string): Role {
  const role = model.roles.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`Unknown role "${id}"`);
  return role;
}

/** "Frivårdsinspektör och Socialsekreterare på vuxenenheten" for a step's owners. */
export function ownerNames(model: ProcessModel, step: Step): string {
  return joinSwedish(step.roller.map((id) => roleById(model, id).namn));
}

/**
 * The "Vem" line of a step in every view: the owners where the routine
 * names them, and otherwise "Rutinen anger inte vem" (or the routine's own
 * words) followed by the site's reading.
 */
export function ownerLine(model: ProcessModel, step: Step): string {
  if (!step.vem) return ownerNames(model, step);
  const reading = `Webbplatsens läsning: ${joinSwedish(step.roller.map((id) => lowerFirst(roleById(model, id).namn)))}.`;
  return step.vem.rutinenAnger === NOT_NAMED
    ? `Rutinen anger inte vem. ${reading}`
    : `Rutinen anger: ${step.vem.rutinenAnger}. ${reading}`;
}

/**
 * The short form of the same, where a line has no room for "Webbplatsens
 * läsning: …" (a flowchart node, a line of the guide's "Mina steg", a
 * calendar event) yet must not present the site's reading as the
 * routine's: "rutinen anger inte vem", or the routine's own words
 * ("rutinen: socialtjänsten"). Nothing where the routine names the role.
 */
export function ownerMark(step: Pick<Step, 'vem'>): string | undefined {
  if (!step.vem) return undefined;
  return step.vem.rutinenAnger === NOT_NAMED ? 'rutinen anger inte vem' : `rutinen: ${step.vem.rutinenAnger}`;
}

/**
 * The words after a following step's title in "Sedan:", as the model
 * writes the arrow's label: a district is a name ("Nordost"), so the label
 * keeps its capitals.
 */
export function edgeNote(edge: Pick<Edge, 'etikett'>): string | undefined {
  return edge.etikett ? `(${edge.etikett})` : undefined;
}

/** The answers under which a condition holds for one question, as a list. */
export function acceptedAnswers(value: string | string[]): string[] {
  return typeof value === 'string' ? [value] : value;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
}

/** "a", "a och b", "a, b och c". */
export function joinSwedish(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/** The anchor of a step's detail on the flowchart page. */
export function stepAnchor(stepId: string): string {
  return `steg-${stepId}`;
}
