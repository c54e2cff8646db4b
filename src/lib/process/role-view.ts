/**
 * The flowchart's view per role: which steps are the role's own, which
 * concern it and which do not, read from the same fields of the process
 * model as the role pages (`roller`, `berorda`), and the words the page
 * says about it. Pure, so the browser script and the tests share it.
 */

/** How a step stands to the role in view. */
export type RoleView = 'own' | 'concerned' | 'other';

/** A step's roles as the page carries them (`data-roller`, `data-berorda`: ids separated by spaces). */
export interface StepRoles {
  roller: string;
  berorda: string;
}

export function roleView(step: StepRoles, roleId: string): RoleView {
  if (words(step.roller).includes(roleId)) return 'own';
  if (words(step.berorda).includes(roleId)) return 'concerned';
  return 'other';
}

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** `#roll=<id>` → the id, as written (decoded); undefined for any other fragment. */
export function roleFromHash(hash: string): string | undefined {
  const match = /^#roll=([^&]*)$/.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

/** The fragment that opens the chart with a role's view (and none for every role). */
export function roleHash(roleId: string): string {
  return roleId ? `#roll=${encodeURIComponent(roleId)}` : '';
}

export interface RoleViewCounts {
  own: number;
  concerned: number;
  other: number;
}

export function countViews(views: RoleView[]): RoleViewCounts {
  const counts: RoleViewCounts = { own: 0, concerned: 0, other: 0 };
  for (const view of views) counts[view]++;
  return counts;
}

/** What a screen reader hears when the view changes. */
export function roleViewSummary(roleName: string | undefined, counts: RoleViewCounts): string {
  if (!roleName) return 'Visar alla steg.';
  const own = `${counts.own} ${counts.own === 1 ? 'eget steg är markerat' : 'egna steg är markerade'}`;
  const concerned = `${counts.concerned} steg berör rollen`;
  const other = `${counts.other} ${counts.other === 1 ? 'övrigt är nedtonat' : 'övriga är nedtonade'}`;
  return `Visar steg för ${roleName}: ${own}, ${concerned} och ${other}.`;
}

/** The line a reader sees when a link names a role the model does not have. */
export function unknownRoleMessage(roleId: string): string {
  return `Det finns ingen roll ”${roleId}” i rutinerna. Alla steg visas.`;
}

/** The tag a step in the list gets in a role's view. */
export const ROLE_VIEW_TAGS: Record<Exclude<RoleView, 'other'>, string> = {
  own: 'Rollens eget steg',
  concerned: 'Berör rollen',
};
