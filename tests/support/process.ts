import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/**
 * The process model as the document owners wrote it (content/process/),
 * read straight from the files, so a test compares what the page shows
 * with the model itself and never with a list of its own.
 */
export interface ModelStep {
  id: string;
  titel: string;
  roller: string[];
  berorda: string[];
  /** Where the routine names no role: "nej", or its own words. */
  vem?: { rutinenAnger: string };
  tid?: { text: string; typ: string; manader?: number; dagar?: number };
}

export interface ModelRole {
  id: string;
  namn: string;
}

export interface ModelPhase {
  id: string;
  namn: string;
}

const read = <T>(file: string): T => load(readFileSync(new URL(`../../content/process/${file}`, import.meta.url), 'utf8')) as T;

export function modelSteps(): ModelStep[] {
  return read<Array<Partial<ModelStep> & { id: string; titel: string; roller: string[] }>>('steg.yaml').map((step) => ({
    ...step,
    berorda: step.berorda ?? [],
  }));
}

export function modelPhases(): ModelPhase[] {
  return read<ModelPhase[]>('faser.yaml');
}

export function modelRoles(): ModelRole[] {
  return read<ModelRole[]>('roller.yaml');
}

/** The steps a role does, and the others' steps that concern it, as the role pages define them. */
export function stepsOfRole(roleId: string): { own: string[]; concerned: string[]; other: string[] } {
  const steps = modelSteps();
  const own = steps.filter((step) => step.roller.includes(roleId)).map((step) => step.id);
  const concerned = steps.filter((step) => !own.includes(step.id) && step.berorda.includes(roleId)).map((step) => step.id);
  const other = steps.map((step) => step.id).filter((id) => !own.includes(id) && !concerned.includes(id));
  return { own, concerned, other };
}
