import { readContent, type Content } from '../../src/content-pipeline/index.ts';
import type { Phase, Role, Step } from '../../src/lib/process/model.ts';

/**
 * The content as the build reads it (the content pipeline, over the
 * project's own content/), so a test compares what a page shows with the
 * content itself and never with a list of its own.
 */
export function siteContent(): Content {
  return readContent(new URL('../../', import.meta.url).pathname);
}

export function modelSteps(): Step[] {
  return siteContent().process.steps;
}

export function modelPhases(): Phase[] {
  return siteContent().process.phases;
}

export function modelRoles(): Role[] {
  return siteContent().process.roles;
}

/** The steps a role does, and the others' steps that concern it, as the role pages define them. */
export function stepsOfRole(roleId: string): { own: string[]; concerned: string[]; other: string[] } {
  const steps = modelSteps();
  const own = steps.filter((step) => step.roller.includes(roleId)).map((step) => step.id);
  const concerned = steps.filter((step) => !own.includes(step.id) && step.berorda.includes(roleId)).map((step) => step.id);
  const other = steps.map((step) => step.id).filter((id) => !own.includes(id) && !concerned.includes(id));
  return { own, concerned, other };
}
