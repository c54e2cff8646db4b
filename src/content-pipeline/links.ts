/**
 * Links in content to pages of the site: the page must exist, and so must
 * the `#anchor`, before anything is built. The pages and the anchors they
 * will have are known from the page files and the content (a routine's
 * headings, the contacts' ids, the steps' ids); a page whose anchors only
 * the build knows is linked to without one.
 */

export interface SitePage {
  /** Site path, with the slash at the end: "/rutiner/nordost/". */
  path: string;
  /** The anchors the page will have; undefined when they cannot be known before the build. */
  ids?: ReadonlySet<string> | undefined;
  /** How to name the page's anchors in a message: "rubrikerna i rutinen". */
  idsAre?: string | undefined;
}

export interface SiteMap {
  pages: ReadonlyMap<string, SitePage>;
  /** Pages of dynamic routes whose values the content does not give (another page file's own list). */
  patterns: readonly RegExp[];
}

export function siteMap(pages: SitePage[], patterns: RegExp[] = []): SiteMap {
  return { pages: new Map(pages.map((page) => [page.path, page])), patterns };
}

/** Any URL with a scheme leaves the site (the MDX check decides which schemes may be used at all). */
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Why a link from the page at `from` does not lead anywhere on the site,
 * in Swedish; null when it does, or when it leads off the site.
 */
export function linkProblem(href: string, from: string, site: SiteMap): string | null {
  if (EXTERNAL.test(href)) return null;
  if (href.startsWith('//')) return `länken "${href}" saknar https: i början. Skriv https://… för en annan webbplats.`;
  const [withoutHash = '', hash] = splitOnce(href, '#');
  const path = withoutHash.split('?')[0]!;
  if (path !== '' && !path.startsWith('/')) {
    return `länken "${href}" ska skrivas från webbplatsens början, med / först, till exempel /rutiner/goteborgs-stad/.`;
  }
  const target = path === '' ? from : path;
  const page = site.pages.get(target);
  if (!page) {
    if (site.patterns.some((pattern) => pattern.test(target))) {
      return hash ? `länken "${href}" går till ett ankare (#${hash}) som inte kan kontrolleras innan webbplatsen byggs. Länka till sidan utan #.` : null;
    }
    if (!target.endsWith('/') && site.pages.has(`${target}/`)) return `länken "${href}" ska sluta med /: skriv ${target}/${hash ? `#${hash}` : ''}.`;
    return `länken "${href}" går till en sida som inte finns på webbplatsen (${target}).`;
  }
  if (!hash) return null;
  const id = decodeURIComponent(hash);
  if (!page.ids) {
    return `länken "${href}" går till ett ankare (#${hash}) på ${target} som inte kan kontrolleras innan webbplatsen byggs. Länka till sidan utan #.`;
  }
  if (page.ids.has(id)) return null;
  return `länken "${href}" går till #${id}, som inte finns på ${target}. ${capitalise(page.idsAre ?? 'ankarna på sidan')}: ${[...page.ids].join(', ')}.`;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
