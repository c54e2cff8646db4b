import { relative, sep } from 'node:path';
import { filesUnder } from './files.ts';

/**
 * Every page the build emitted, as a path relative to the site's base
 * ("" for the start page, "rutiner/nordost/" …), read from the output folder
 * so a new page is tested without anyone adding it to a list. The 404 page
 * is left out: it is reached through an unknown address instead.
 */
export function builtPages(dist = 'dist'): string[] {
  return htmlFiles(dist)
    .map((file) => relative(dist, file).split(sep).join('/'))
    .filter((file) => file !== '404.html')
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
}

export function htmlFiles(dir: string): string[] {
  return filesUnder(dir, (name) => name.endsWith('.html'), ['pagefind', '_astro']);
}

/** The address of a page that does not exist, to reach the 404 page. */
export const MISSING_PAGE = 'finns-inte/';
