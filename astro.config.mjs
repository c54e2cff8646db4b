// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { prefixSiteLinks, swedishHeadingIds } from './src/integrations/markdown.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { prerenderDiagrams } from './src/integrations/diagrams.ts';
import { contentPipeline } from './src/content-pipeline/integration.ts';
import { offline } from './src/integrations/offline.ts';

/** The sub-path the site is served from, e.g. `/rutiner/insluss/`. */
const base = normaliseBase(process.env.BASE_PATH ?? '/');

// `npm run dev` offers no Astro upgrade to the document owners who run it
// (and asks npm for none): upgrades are a developer's decision.
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

export default defineConfig({
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro's cache (its content data store) in the project, not in
  // node_modules: the content tests build copies of the project with other
  // content, linking node_modules, while the site itself builds. With one
  // store for all, a build could render another copy's entries or lose its
  // own write.
  cacheDir: './.cache/astro/',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      hastPlugins: [swedishHeadingIds, prefixSiteLinks(base)],
      // The routines are published word for word: no curly quotes or dashes
      // that the documents do not have.
      features: { smartPunctuation: false },
    }),
  },
  // The content pipeline runs first (it reads and checks content/ once, and
  // stops a build with bad content before anything loads); diagrams are
  // drawn into the pages before Pagefind reads them; the service worker lists
  // the files to save last, the search index included.
  integrations: [contentPipeline(), mdx(), prerenderDiagrams(), pagefindIndex(), offline()],
  // What the build and the dev server print: the owner's messages and every
  // real problem, not Astro's progress lines (src/integrations/owner-log.ts).
  logger: { entrypoint: './src/integrations/owner-log.ts' },
  vite: {
    build: {
      // Every script becomes a file, so the site runs under a CSP without
      // 'unsafe-inline' for scripts.
      assetsInlineLimit: 0,
      // Mermaid, loaded only where a reader's browser draws the flowchart
      // itself (the build could not), comes as chunks of up to 1.5 MB: its
      // core, and the ELK layout it bundles but the site never loads. What
      // readers download is held by the bench's budgets, not by this warning.
      chunkSizeWarningLimit: 1600,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks every compiled MDX text "use astro:head-inject" for
          // its own use; the bundler says, once per file, that it may not
          // keep the mark. It needs not: Astro has read it by then.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /\.mdx(\?|$)/.test(warning.id ?? '') && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // The flowchart's fallback imports Mermaid in the browser: found and
    // prepared when the dev server starts, not on the first visit to the
    // flowchart (which would reload the page and print a notice).
    optimizeDeps: { include: ['mermaid'] },
  },
  devToolbar: { enabled: false },
});

/** @param {string} value */
function normaliseBase(value) {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
