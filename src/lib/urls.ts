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

/** The site path of an earlier version of a routine, kept as content/rutiner/<id>/<date>.mdx. */
export function versionPath(id: string, date: string): string {
  return `/rutiner/${id}/${date}/`;
}

/** The site path of what changed in the version of `date` against the one before it. */
export function comparisonPath(id: string, date: string): string {
  return `/rutiner/${id}/andringar/${date}/`;
}
