import { inOrder, type RoutineScope } from './districts.ts';
import { routinePath } from './urls.ts';

/** The site's main sections, in menu order. Paths are site paths (no base). */
export interface NavItem {
  label: string;
  path: string;
}

/**
 * The main menu: the start page, each routine by its short name (its
 * `kortnamn`, in the routines' order), then the site's own pages. A
 * routine added under content/ gets its menu item from its header.
 */
export function mainNavigation(routines: ReadonlyArray<Pick<RoutineScope, 'id' | 'kortnamn' | 'ordning'>>): NavItem[] {
  return [
    { label: 'Start', path: '/' },
    ...inOrder(routines).map((routine) => ({ label: routine.kortnamn, path: routinePath(routine.id) })),
    { label: 'Kontakter', path: '/kontakter/' },
    { label: 'Flödesschema', path: '/flodesschema/' },
    { label: 'Roller', path: '/roller/' },
    { label: 'Guide', path: '/guide/' },
    { label: 'Ordlista', path: '/ordlista/' },
    { label: 'Sök', path: '/sok/' },
  ];
}

/** True when `current` (a site path) is `item` or lies below it. */
export function isCurrentSection(item: NavItem, current: string): boolean {
  if (item.path === '/') return current === '/';
  return current === item.path || current.startsWith(item.path);
}

/**
 * The width, in em of the menu's 16 px text, that the menu needs on one
 * row with the page's padding: below it the header folds the menu behind
 * "Meny". Measured from the labels, with a character as wide as a bold one
 * in the common system fonts (an overestimate for most letters, so the
 * menu folds a little early rather than wrap onto a second row).
 */
export function menuWidth(items: readonly NavItem[]): number {
  const CHARACTER = 0.6;
  const GAP = 1.5;
  const PAGE_PADDING = 2;
  const text = items.reduce((sum, item) => sum + [...item.label].length * CHARACTER, 0);
  return Math.ceil(text + GAP * Math.max(0, items.length - 1) + PAGE_PADDING);
}
