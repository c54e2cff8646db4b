/** The site's main sections, in menu order. Paths are site paths (no base). */
export interface NavItem {
  label: string;
  path: string;
}

export const mainNavigation: NavItem[] = [
  { label: 'Start', path: '/' },
  { label: 'Stadens rutin', path: '/rutiner/goteborgs-stad/' },
  { label: 'Lokal rutin Nordost', path: '/rutiner/nordost/' },
  { label: 'Kontakter', path: '/kontakter/' },
  { label: 'Flödesschema', path: '/flodesschema/' },
  { label: 'Roller', path: '/roller/' },
  { label: 'Guide', path: '/guide/' },
  { label: 'Ordlista', path: '/ordlista/' },
  { label: 'Sök', path: '/sok/' },
];

/** True when `current` (a site path) is `item` or lies below it. */
export function isCurrentSection(item: NavItem, current: string): boolean {
  if (item.path === '/') return current === '/';
  return current === item.path || current.startsWith(item.path);
}
