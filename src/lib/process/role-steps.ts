import { acceptedAnswers, type ProcessModel, type Step } from './model.ts';
import { impliedByRole, scopeQuestion } from './questions.ts';

/**
 * A role page's steps: those that apply in every Insluss case first, then
 * those that apply only in some cases, each with its condition in words.
 *
 * "Every case" is read from the data, not from a list of steps: a step
 * applies in every case for a role when its condition asks nothing beyond
 * what every Insluss case presupposes (`forutsatter` in
 * content/process/fragor.yaml: consent) and what the role itself implies
 * (`foljerAvRollen`), when every answer to the administration question
 * opens its scope, and when it has no condition the guide does not ask
 * (`gallerOm`).
 */
export interface ConditionalStep {
  step: Step;
  /** The condition in words: the routine's own (`villkor.text`), or the administrations whose cases it belongs to. */
  condition: string;
}

export interface RoleStepGroups {
  always: Step[];
  sometimes: ConditionalStep[];
}

export function groupRoleSteps(model: ProcessModel, roleId: string, steps: Step[]): RoleStepGroups {
  const presupposed: Record<string, string> = {};
  for (const question of model.questions) if (question.forutsatter !== undefined) presupposed[question.id] = question.forutsatter;
  const baseline = { ...presupposed, ...impliedByRole(model, roleId) };
  const scope = scopeQuestion(model);
  const scopeAnswer = scope ? baseline[scope.id] : undefined;
  const scopeOptions = scope ? scope.alternativ.filter((option) => scopeAnswer === undefined || option.svar === scopeAnswer) : [];

  const groups: RoleStepGroups = { always: [], sometimes: [] };
  for (const step of steps) {
    const factsHold = Object.entries(step.villkor?.nar ?? {}).every(([fact, accepted]) => {
      const known = baseline[fact];
      return known !== undefined && acceptedAnswers(accepted).includes(known);
    });
    const opening = scopeOptions.filter((option) => option.omfattning?.includes(step.omfattning));
    const scopeHolds = !scope || opening.length === scopeOptions.length;
    const where = scopeHolds ? undefined : `i ärenden hos ${opening.map((option) => option.text).join(' eller ')}`;
    const asked = !factsHold || Boolean(step.villkor?.gallerOm);
    if (!asked && !where) groups.always.push(step);
    else if (asked && step.villkor) groups.sometimes.push({ step, condition: where ? `${step.villkor.text}, ${where}` : step.villkor.text });
    else groups.sometimes.push({ step, condition: capitalise(where!) });
  }
  return groups;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}
