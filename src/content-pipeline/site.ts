/**
 * The pages the build will make, known before it runs: from the page
 * files in src/pages and the content (a routine's headings, the contacts'
 * ids, the steps' ids). Links in the content's texts are checked against
 * them (./links.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stepAnchor } from '../lib/process/model.ts';
import { ROUTINE_PAGE_IDS } from '../lib/routine-page.ts';
import { comparisonPath, routinePath, versionPath } from '../lib/urls.ts';
import { linkProblem, siteMap, type SiteMap, type SitePage } from './links.ts';
import type { MdxLink } from './mdx.ts';
import type { Problem } from './problems.ts';

export interface PageSources {
  /** Each routine, with the anchors its text gives its page (headings, ids set in the text). */
  routines: Array<{ id: string; anchors: string[] }>;
  versions: Array<{ routine: string; date: string; anchors: string[] }>;
  /** Each version after a routine's first has a page of what changed in it. */
  comparisons: Array<{ routine: string; date: string }>;
  /** Each role's pages (src/lib/process/views.ts): /roller/<role>/ and one per administration where it has more steps. */
  rolePages: string[];
  /** Each flowchart page, the city's first, with the steps it lists. */
  flowcharts: Array<{ path: string; steps: string[] }>;
  /** Every id the contacts page gives an anchor. */
  contactAnchors: string[];
}

/** The routes whose pages come from content, and the anchors those pages get. */
const DYNAMIC = {
  'rutiner/[id]': (sources: PageSources): SitePage[] =>
    sources.routines.map((routine) => ({ path: routinePath(routine.id), ids: pageAnchors(routine.anchors), idsAre: 'rubrikerna i rutinen har adresserna' })),
  'rutiner/[id]/[datum]': (sources: PageSources): SitePage[] =>
    sources.versions.map((version) => ({ path: versionPath(version.routine, version.date), ids: pageAnchors(version.anchors), idsAre: 'rubrikerna i versionen har adresserna' })),
  'rutiner/[id]/andringar/[datum]': (sources: PageSources): SitePage[] => sources.comparisons.map(({ routine, date }) => ({ path: comparisonPath(routine, date) })),
  'roller/[roll]': (sources: PageSources): SitePage[] => sources.rolePages.filter((path) => path.split('/').length === 4).map((path) => ({ path })),
  'roller/[roll]/[forvaltning]': (sources: PageSources): SitePage[] => sources.rolePages.filter((path) => path.split('/').length === 5).map((path) => ({ path })),
  'flodesschema/[forvaltning]': (sources: PageSources): SitePage[] => sources.flowcharts.slice(1).map(flowchartPage),
} as const;

function flowchartPage({ path, steps }: PageSources['flowcharts'][number]): SitePage {
  return { path, ids: new Set(steps.map(stepAnchor)), idsAre: 'stegen har adresserna' };
}

/** Pages whose anchors come from data. */
const STATIC_ANCHORS: Record<string, (sources: PageSources) => SitePage> = {
  '/kontakter/': (sources) => ({ path: '/kontakter/', ids: new Set(sources.contactAnchors), idsAre: 'kontakterna har adresserna' }),
  '/flodesschema/': (sources) => flowchartPage(sources.flowcharts[0] ?? { path: '/flodesschema/', steps: [] }),
};

/** A routine page's anchors: its text's, and the page's own (table of contents, header, history). */
function pageAnchors(anchors: readonly string[]): Set<string> {
  return new Set([...anchors, ...ROUTINE_PAGE_IDS]);
}

/** Every page the build will make, and the patterns of routes whose pages the content does not list. */
export function projectPages(root: string, sources: PageSources): SiteMap {
  const pages: SitePage[] = [];
  const all = routes(root);
  for (const route of all) {
    if (route in DYNAMIC) pages.push(...DYNAMIC[route as keyof typeof DYNAMIC](sources));
    else if (!route.includes('[')) {
      const path = route === '' ? '/' : `/${route}/`;
      pages.push(STATIC_ANCHORS[path]?.(sources) ?? { path });
    }
  }
  // A link to a page of a route this check does not know is accepted without an anchor.
  const patterns = all
    .filter((route) => route.includes('[') && !(route in DYNAMIC))
    .map((route) => new RegExp(`^/${route.replace(/\[\.\.\.[^\]]+\]/g, '.+').replace(/\[[^\]]+\]/g, '[^/]+')}/$`));
  return siteMap(pages, patterns);
}

/** A problem for each link in the texts that leads to no page or anchor of the site. */
export function linkProblems(texts: ReadonlyArray<{ file: string; id: string; page: string; links: readonly MdxLink[] }>, site: SiteMap): Problem[] {
  return texts.flatMap(({ file, id, page, links }) =>
    links.flatMap((link) => {
      const message = linkProblem(link.href, page, site);
      return message ? [{ file, line: link.line, entry: id, inText: true, message }] : [];
    }),
  );
}

/** "rutiner/[id]", "kontakter", "" for the start page; 404 and endpoints left out. */
function routes(root: string): string[] {
  return projectFiles(root, 'src/pages')
    .filter((file) => /\.(astro|mdx?)$/.test(file))
    .map((file) => file.slice('src/pages/'.length).replace(/\.(astro|mdx?)$/, '').replace(/(^|\/)index$/, ''))
    .filter((route) => route !== '404');
}

/** Files below a folder of the project, from its root, with "/" between folders. */
export function projectFiles(root: string, dir: string): string[] {
  const path = join(root, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (statSync(join(path, name)).isDirectory() ? projectFiles(root, `${dir}/${name}`) : [`${dir}/${name}`]));
}
