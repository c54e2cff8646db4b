// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { prefixSiteLinks, swedishHeadingIds } from './src/integrations/markdown.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { prerenderDiagrams } from './src/integrations/diagrams.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { offline } from './src/integrations/offline.ts';

/** The sub-path the site is served from, e.g. `/rutiner/insluss/`. */
const base = normaliseBase(process.env.BASE_PATH ?? '/');

export default defineConfig({
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      hastPlugins: [swedishHeadingIds, prefixSiteLinks(base)],
      // The routines are published word for word: no curly quotes or dashes
      // that the documents do not have.
      features: { smartPunctuation: false },
    }),
  },
  // The content check runs first (it stops a build with bad content before
  // anything loads); diagrams are drawn into the pages before Pagefind reads them;
  // the service worker lists the files to save last, the search index included.
  integrations: [contentCheck(), mdx(), prerenderDiagrams(), pagefindIndex(), offline()],
  vite: {
    // Every script becomes a file, so the site runs under a CSP without
    // 'unsafe-inline' for scripts.
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});

/** @param {string} value */
function normaliseBase(value) {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
