/**
 * The Insluss process as plain data: roles, phases and steps with the
 * edges between them. The flowchart, the role pages and the guide all read
 * this one model (content/process/*.yaml), never a copy of it.
 */

import type { RoutineScope } from '../districts.ts';

/**
 * Which routine a step, or a role, comes from: a routine's id (its file
 * name in content/rutiner/), the city's or a local supplement's. Where it
 * applies is the routine's own data (src/lib/districts.ts).
 */
export type Scope = string;

export interface Role {
  id: string;
  kortnamn: string;
  namn: string;
  organisation: string;
  beskrivning: string;
  /** Unit and person ids in the contact data. */
  kontakter: string[];
  omfattning?: Scope | undefined;
  ordning: number;
}

export interface Phase {
  id: string;
  namn: string;
  ordning: number;
}

/**
 * How a step's date reads against today. Only a deadline (senast, före),
 * an approximate window (cirka) or a day itself (samma-dag) can pass; an
 * earliest date (tidigast) that has come means the step is open; a step
 * that lasts from a date (efter) or is tied to the release without a
 * deadline (kring-frigivningen) never passes.
 */
export type TimingKind = 'tidigast' | 'senast' | 'fore' | 'cirka' | 'samma-dag' | 'kring-frigivningen' | 'efter' | 'utan-datum';

/** When a step happens, relative to the day of conditional release. */
export interface Timing {
  /** The timing in the routine's words, e.g. "senast cirka två veckor före frigivningen". */
  text: string;
  /** Calendar months from the release date (negative: before). */
  manader?: number | undefined;
  /** End of a range in months, e.g. -3 for "tre–fyra månader före". */
  tillManader?: number | undefined;
  /** Days from the release date (negative: before). */
  dagar?: number | undefined;
  typ: TimingKind;
}

/** When a step applies: in words, and as answers to the guide's questions. */
export interface Condition {
  text: string;
  /**
   * Question id → the answer (or any of the answers) under which the step
   * applies; every entry must hold.
   */
  nar?: Record<string, string | string[]> | undefined;
  /**
   * The part of the condition the guide does not ask about, in the
   * routine's words ("den enskilde saknar ID-kort"). The guide shows such
   * a step apart, under "Gäller om …", never as if it applied.
   */
  gallerOm?: string | undefined;
}

/** The routine's own word on who does a step, where it names no role of the model. */
export interface Owner {
  /**
   * "nej" when the routine names no one (a passive "ska … hållas"), or the
   * routine's own words when it names only an organisation or a group
   * ("socialtjänsten"). The step's `roller` are then the site's reading.
   */
  rutinenAnger: string;
}

/** The value of `rutinenAnger` for a step whose owner the routine does not name. */
export const NOT_NAMED = 'nej';

export interface Source {
  /** Routine id (file name in content/rutiner/). */
  dokument: string;
  /** Heading id of the section, e.g. "inkluss-modellen". */
  avsnitt: string;
  /** Verbatim quote from that routine. */
  citat: string;
}

export interface Edge {
  till: string;
  etikett?: string | undefined;
}

export interface Step {
  id: string;
  /** An outcome ends the process (e.g. no consent). */
  typ: 'steg' | 'utfall';
  titel: string;
  beskrivning: string;
  /**
   * Who does it; some steps belong to either of two roles ("eller
   * tvärtom"). Where `vem` is set, this is the site's reading.
   */
  roller: string[];
  vem?: Owner | undefined;
  /** Other roles the step concerns, shown to them as context. */
  berorda: string[];
  /** Roles the step tells its role to contact: their contacts (Role.kontakter) are linked from it. */
  kontaktar: string[];
  fas: string;
  start: boolean;
  nasta: Edge[];
  tid?: Timing | undefined;
  villkor?: Condition | undefined;
  omfattning: Scope;
  kallor: Source[];
}

/** One answer a question offers (content/process/fragor.yaml). */
export interface AnswerOption {
  /** The value, as steps' conditions (`villkor.nar`) and the guide's address write it. */
  svar: string;
  text: string;
  hjalp?: string | undefined;
  /**
   * Only on the administration question, and computed from the routines
   * (withAdministrations, src/lib/process/questions.ts): the scopes whose
   * steps apply under this answer, the city's routine and the local ones
   * that name the administration.
   */
  omfattning?: Scope[] | undefined;
}

/**
 * One of the guide's questions, in the order it asks them. Its wording is
 * content; its id is the fact that steps' conditions test.
 */
export interface Question {
  id: string;
  /** roll: the answers are the roles; val: the answers under `alternativ`; datum: the release date. */
  typ: 'roll' | 'val' | 'datum';
  fraga: string;
  hjalp?: string | undefined;
  /** How the answer is headed under "Dina svar". */
  svarsrubrik: string;
  alternativ: AnswerOption[];
  /** The answer every Insluss case presupposes (consent: ja). */
  forutsatter?: string | undefined;
  /** Role id → the answers that follow from the role, so they are not asked. */
  foljerAvRollen?: Record<string, Record<string, string>> | undefined;
}

/**
 * A question as content/process/fragor.yaml writes it. The administration
 * question (`typ: forvaltning`) has no answers of its own: they are the
 * administrations the routines apply to, worded by `svarstext` and
 * `svarshjalp`, and it becomes a `val` question once they are filled in.
 */
export interface QuestionEntry extends Omit<Question, 'typ'> {
  typ: Question['typ'] | 'forvaltning';
  /** The answer as shown, with {forvaltning} for the administration's name: "Socialförvaltningen {forvaltning}". */
  svarstext?: string | undefined;
  /** The hint under each answer, with {rutiner} for the routines that apply there. */
  svarshjalp?: string | undefined;
}

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

export function phaseById(model: ProcessModel, id: string): Phase {
  const phase = model.phases.find((candidate) => candidate.id === id);
  if (!phase) throw new Error(`Unknown phase "${id}"`);
  return phase;
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
