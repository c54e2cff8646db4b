import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pageRecords, recordHtml, siteWords, type SearchRecord } from '../lib/search-index.ts';

/** The site's words for "Menade du …?" and for telling a broken index from no hits (src/elements/site-search.ts). */
export const WORDS_FILE = 'ord.json';

/**
 * Builds the Pagefind index right after `astro build`, into the same output
 * folder, so one `astro build` (whatever BASE_PATH or outDir) gives a site
 * whose search works.
 *
 * Each section of a page (src/lib/search-index.ts) is one record: a hit
 * links to its heading, and the search page loads a few small records
 * instead of whole pages. A record's `title` meta is its heading (Pagefind
 * boosts title matches), a glossary entry's `term` meta its term (weighted
 * higher still by the search page, so the entry that explains a term comes
 * first); the page's title travels as the filter `sida`, which is
 * returned with each hit but, unlike meta, not searched (else every section
 * would match the words of its page's title).
 *
 * A section that repeats the routines (the flowchart's list, the role
 * pages: `data-pagefind-weight` below 1) weighs below the routine's own
 * text, its words and its heading alike: the heading goes in the meta
 * `kopia_titel`, which the search page weighs like body text, not as a
 * title. So a word of the routine finds the routine's passage first.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'insluss:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { records, pages } = await writeSearchIndex(fileURLToPath(dir).replace(/\/$/, ''));
        logger.info(`Sökindex: ${records} avsnitt från ${pages} sidor`);
      },
    },
  };
}

/** Indexes the built site in `site` into `site`/pagefind, with the site's word list beside it. */
export async function writeSearchIndex(site: string): Promise<{ records: number; pages: number }> {
  const records: SearchRecord[] = [];
  for (const file of await htmlFiles(site)) {
    const html = await readFile(file, 'utf8');
    records.push(...pageRecords(html, pageUrl(site, file)));
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
  for (const record of records) {
    // An HTML file of one section, not a custom record: only HTML carries weights.
    const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
    if (added.errors.length) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  await writeFile(`${site}/pagefind/${WORDS_FILE}`, JSON.stringify(siteWords(records)));
  return { records: records.length, pages: new Set(records.map((record) => record.page)).size };
}

/** Every HTML file of the build, the search bundle and Astro's assets left out. */
async function htmlFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/^(pagefind|_astro)\//.test(relative(site, file).split(sep).join('/')))
    .sort();
}

/** "dist/rutiner/nordost/index.html" → "/rutiner/nordost/"; the search page adds the base path. */
function pageUrl(site: string, file: string): string {
  const path = relative(site, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
