import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index right after `astro build`, into the same output
 * folder, so one `astro build` (whatever BASE_PATH or outDir) gives a site
 * whose search works. Only elements marked `data-pagefind-body` (the
 * <main> of reading pages) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'insluss:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Sökindex: ${added.page_count} sidor indexerade`);
      },
    },
  };
}
