/**
 * The guide's state in the address's fragment, as far as the page's first
 * script (src/elements/role-guide.ts) needs it before the guide itself
 * loads: kept apart from url-state.ts so that script stays small.
 */

/**
 * Whether a fragment is the guide's state (or empty) rather than the id of
 * an element on the page (the skip link's "#innehall", a step's "#steg-…").
 */
export function isStateFragment(hash: string): boolean {
  const text = hash.replace(/^#/, '');
  return text === '' || text.includes('=');
}

/**
 * The fragment an old link (/guide/?roll=…, from before the answers moved
 * out of the query) is moved to, so that its answers stay in no address the
 * browser keeps or sends: the query as the fragment, unless the fragment
 * already holds a state, which wins. Undefined when there is no query.
 * The guide reads the moved answers like any other, and says so of those
 * it cannot use.
 */
export function movedFromQuery(search: string, hash: string): string | undefined {
  const query = search.replace(/^\?/, '');
  if (query === '') return undefined;
  return hash.length > 1 && isStateFragment(hash) ? hash : `#${query}`;
}
