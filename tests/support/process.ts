import { readContent, type Content } from '../../src/content-pipeline/index.ts';
import type { Phase, Role, Step } from '../../src/lib/process/model.ts';
import { FLOWCHART_PATH, processViews, rolePages, viewModel, viewPath } from '../../src/lib/process/views.ts';

/**
 * The content as the build reads it (the content pipeline, over the
 * project's own content/), so a test compares what a page shows with the
 * content itself and never with a list of its own.
 */
export function siteContent(): Content {
  // INSLUSS_CONTENT_ROOT: the owner's revision, whose build the same specs are run over (scripts/test.mjs).
  return readContent(process.env.INSLUSS_CONTENT_ROOT ?? new URL('../../', import.meta.url).pathname);
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

/**
 * The steps a role does, and the others' steps that concern it, as the role
 * pages define them: of the whole model, or of `steps`, one page's view
 * (`flowchartPages`, `rolePagesOf`).
 */
export function stepsOfRole(roleId: string, steps: Step[] = modelSteps()): { own: string[]; concerned: string[]; other: string[] } {
  const own = steps.filter((step) => step.roller.includes(roleId)).map((step) => step.id);
  const concerned = steps.filter((step) => !own.includes(step.id) && step.berorda.includes(roleId)).map((step) => step.id);
  const other = steps.map((step) => step.id).filter((id) => !own.includes(id) && !concerned.includes(id));
  return { own, concerned, other };
}

/** A guide question as content/process/fragor.yaml words it, by id. */
export function guideQuestion(id: string) {
  const question = siteContent().process.questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`No guide question "${id}" in content/process/fragor.yaml`);
  return question;
}

/** A guide question's answer as it is labelled, by its value. */
export function answerText(id: string, value: string): string {
  const option = guideQuestion(id).alternativ.find((candidate) => candidate.svar === value);
  if (!option) throw new Error(`The guide question "${id}" has no answer "${value}"`);
  return option.text;
}

/** A group of the guide's yes/no questions (typ: grupp), by id. */
export function guideGroup(id: string) {
  const group = siteContent().process.groups.find((candidate) => candidate.id === id);
  if (!group) throw new Error(`No guide group "${id}" in content/process/fragor.yaml`);
  return group;
}

/**
 * The flowchart's pages, one per view of the process (src/lib/process/views.ts),
 * the city's first: each page's path below the site's root
 * ("flodesschema/", "flodesschema/nordost/"), the administration it is for,
 * and the steps it lists, in the model's order. The arrows of `steps` are
 * those the page's chart draws (none into another view).
 */
export function flowchartPages(): Array<{ path: string; administration: string | undefined; steps: Step[] }> {
  const model = siteContent().process;
  return processViews(model).map((view) => ({
    path: viewPath(FLOWCHART_PATH, view).slice(1),
    administration: view.namn,
    steps: viewModel(model, view).steps,
  }));
}

/** The flowchart page with the most steps: where a test of the chart's behaviour (zoom, roles, colours) has most to try. */
export function fullestFlowchart(): ReturnType<typeof flowchartPages>[number] {
  return flowchartPages().sort((a, b) => b.steps.length - a.steps.length)[0]!;
}

/**
 * A role's pages (src/lib/process/views.ts), the first at /roller/<role>/,
 * each with the steps its view has and the routines it holds (`scopes`,
 * whose contacts the page lists).
 */
export function rolePagesOf(roleId: string): Array<{ path: string; administration: string | undefined; steps: Step[]; scopes: string[] }> {
  const model = siteContent().process;
  return rolePages(model, processViews(model), roleId).map(({ view, path }) => ({
    path: path.slice(1),
    administration: view.namn,
    steps: viewModel(model, view).steps,
    scopes: view.scopes,
  }));
}

/** The first of `candidates`; content without one is a test that cannot run, said plainly. */
export function first<T>(what: string, candidates: T[]): T {
  if (candidates.length === 0) throw new Error(`content/ has no ${what} for this test`);
  return candidates[0]!;
}
