/**
 * Joins the site's base (Astro's BASE_URL, "/" or "/rutiner/insluss/") and a
 * site path ("/rutiner/nordost/"), so every link works on a sub-path too.
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!path.startsWith('/')) throw new Error(`Site paths start with "/": got "${path}"`);
  return `${prefix}${path}`;
}

/** The site path of a routine page. */
export function routinePath(id: string): string {
  return `/rutiner/${id}/`;
}
