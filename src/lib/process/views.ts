/**
 * The process by administration (docs/adr/0013-a-view-per-administration.md).
 * The city's view holds the steps of the routines that apply in every
 * administration; each administration that has a local routine has a view
 * of its own: the city's steps with its local ones. The flowchart and the
 * role pages show one view per page, so that a page holds the steps one
 * reader's case can meet, however many supplements content/ gains. Where
 * no routine is local, the city's view is the whole process.
 */
import { administrations, isLocal } from '../districts.ts';
import { stepsForRole, type ProcessModel, type Step } from './model.ts';

export interface ProcessView {
  /** The administration's id ("nordost", its address), or undefined for the city's view. */
  id: string | undefined;
  /** The administration's name as the city's routine writes it ("Nordost"); undefined for the city's view. */
  namn: string | undefined;
  /** The routines whose steps the view holds. */
  scopes: string[];
  /**
   * The administrations whose whole process the view is, as the city's
   * routine names them: the city's view is that of every administration
   * without a local routine.
   */
  forvaltningar: string[];
}

/** The city's view first, then one per administration with a local routine, in the routines' order. */
export function processViews(model: Pick<ProcessModel, 'routines'>): ProcessView[] {
  const all = administrations(model.routines);
  const hasLocal = (administration: (typeof all)[number]) => administration.rutiner.some((scope) => isLocal(model.routines, scope));
  const city: ProcessView = {
    id: undefined,
    namn: undefined,
    scopes: model.routines.filter((routine) => !routine.kompletterar).map((routine) => routine.id),
    forvaltningar: all.filter((administration) => !hasLocal(administration)).map((administration) => administration.namn),
  };
  const local = all
    .filter(hasLocal)
    .map((administration) => ({ id: administration.id, namn: administration.namn, scopes: administration.rutiner, forvaltningar: [administration.namn] }));
  return [city, ...local];
}

/**
 * The model as one view shows it: the steps of its routines, with only the
 * arrows between them (an arrow into another administration's step has no
 * end on this page; "Sedan:" names it with a link, see `followingSteps`).
 * Roles, phases, questions and routines stay whole: a step may name any
 * role, and a routine's label says where it applies.
 */
export function viewModel(model: ProcessModel, view: ProcessView): ProcessModel {
  const scopes = new Set(view.scopes);
  const inView = new Set(model.steps.filter((step) => scopes.has(step.omfattning)).map((step) => step.id));
  return {
    ...model,
    steps: model.steps.filter((step) => inView.has(step.id)).map((step) => ({ ...step, nasta: step.nasta.filter((edge) => inView.has(edge.till)) })),
  };
}

/** The view where a step is at home (its detail, for links and search): the first that holds its routine. */
export function homeView(views: readonly ProcessView[], step: Pick<Step, 'omfattning'>): ProcessView {
  const home = views.find((view) => view.scopes.includes(step.omfattning));
  if (!home) throw new Error(`No view holds the routine "${step.omfattning}"`);
  return home;
}

/**
 * The arrows out of a step that its "Sedan:" names on a page: every arrow
 * of the whole model on the city's view, or where the page shows no view
 * (an arrow into an administration's local step is the way to its
 * flowchart); on an administration's view, those into its own steps, not
 * into another administration's.
 */
export function followingSteps(model: ProcessModel, view: ProcessView | undefined, stepId: string): Array<{ edge: Step['nasta'][number]; step: Step }> {
  const step = model.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`Unknown step "${stepId}"`);
  return step.nasta
    .map((edge) => ({ edge, step: model.steps.find((candidate) => candidate.id === edge.till)! }))
    .filter((following) => !view?.id || view.scopes.includes(following.step.omfattning));
}

/**
 * The steps another view has that this one lacks: those pages at the city
 * view's addresses showed before the views existed. Their anchors stay on
 * the page, at the link to the view that has them, so that an old link to
 * a step lands where the way to it is.
 */
export function stepsOnlyIn(model: ProcessModel, other: ProcessView, shown: ProcessView): Step[] {
  const here = new Set(viewModel(model, shown).steps.map((step) => step.id));
  return viewModel(model, other).steps.filter((step) => !here.has(step.id));
}

/** A view's page below a section of the site: "/flodesschema/", "/flodesschema/nordost/". */
export function viewPath(section: string, view: Pick<ProcessView, 'id'>): string {
  return view.id ? `${section}${view.id}/` : section;
}

/** The flowchart's section: the city's view at its root, each administration's below it. */
export const FLOWCHART_PATH = '/flodesschema/';

/**
 * The views a role's pages show: a role of a local routine has one page,
 * with the view of (the first) administration that routine applies to; any
 * other role has the city's view, and one more for each administration
 * whose local routines give it steps of its own or steps that concern it.
 */
export function roleViews(model: ProcessModel, views: readonly ProcessView[], roleId: string): ProcessView[] {
  const role = model.roles.find((candidate) => candidate.id === roleId);
  if (!role) throw new Error(`Unknown role "${roleId}"`);
  if (role.omfattning && isLocal(model.routines, role.omfattning)) return [homeView(views, { omfattning: role.omfattning })];
  const [city, ...local] = views;
  return [
    city!,
    ...local.filter((view) => {
      const { own, context } = stepsForRole(viewModel(model, view), roleId);
      return [...own, ...context].some((step) => isLocal(model.routines, step.omfattning));
    }),
  ];
}

/** A role's pages: its first view at /roller/<role>/, any other below it. */
export function rolePages(model: ProcessModel, views: readonly ProcessView[], roleId: string): Array<{ view: ProcessView; path: string }> {
  return roleViews(model, views, roleId).map((view, index) => ({ view, path: index === 0 ? `/roller/${roleId}/` : `/roller/${roleId}/${view.id}/` }));
}

/**
 * The links between a subject's views, as a page shows them above its
 * steps: each view by the administrations it is the whole process for, so
 * that every reader finds their own ("Centrum, Hisingen, Sydväst",
 * "Nordost"); the city's, where every administration has a local routine,
 * as "Stadens rutin". Nothing where there is one view. Short, so that on
 * a phone the line leaves the flowchart's first step on the first screen.
 */
export function viewLabels(views: readonly ProcessView[]): string[] | undefined {
  if (views.length < 2) return undefined;
  return views.map((view) => (view.forvaltningar.length > 0 ? view.forvaltningar.join(', ') : 'Stadens rutin'));
}
