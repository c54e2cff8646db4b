import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { WORKER_FILE } from '../lib/offline.ts';
import { filesToKeep, pageUrl } from '../lib/offline-files.ts';

const SOURCE = 'src/service-worker/sw.ts';

/**
 * Writes the service worker (src/service-worker/sw.ts) into the build, as
 * the last step of `astro build`, after Pagefind has written the search
 * index: Workbox lists the files to save (src/lib/offline-files.ts) with
 * a hash of each, and esbuild bundles the worker with its Workbox
 * modules and that list into one file, sw.js at the site's base.
 */
export function offline(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'insluss:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeServiceWorker({ site: fileURLToPath(dir), base, root });
        logger.info(`Sparas för läsning utan nät: ${count} filer, ${Math.round(size / 1024)} KB (${WORKER_FILE})`);
      },
    },
  };
}

/** Writes sw.js into the built site `site`, served under `base`. Also used by the tests, on a changed copy of a build. */
export async function writeServiceWorker({ site, base, root }: { site: string; base: string; root: string }): Promise<{ count: number; size: number }> {
  const files = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const ownScripts = readdirSync(join(root, 'src/elements')).map((name) => name.replace(/\.ts$/, ''));
  const keep = new Set(filesToKeep(files, (path) => readFileSync(join(site, path), 'utf8'), ownScripts));
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: site,
    globPatterns: ['**/*'],
    // Named by their content's hash: the name is the revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // What is too big is decided by filesToKeep, which leaves out Mermaid's bundles.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    manifestTransforms: [
      (entries) => ({
        manifest: entries.filter((entry) => keep.has(entry.url)).map((entry) => ({ ...entry, url: `${prefix}${pageUrl(entry.url)}` })),
        warnings: [],
      }),
    ],
  });
  if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('; ')}`);
  const tag = createHash('sha256').update(JSON.stringify(manifestEntries)).digest('hex').slice(0, 12);
  const bundled = await build({
    entryPoints: [join(root, SOURCE)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define: {
      __SPARA__: JSON.stringify(manifestEntries),
      __BYGGE__: JSON.stringify(tag),
      'process.env.NODE_ENV': '"production"',
    },
  });
  writeFileSync(join(site, WORKER_FILE), bundled.outputFiles[0]!.text);
  return { count, size };
}
