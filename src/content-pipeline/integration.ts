import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
// Vite comes with Astro, which builds on it.
import { isRunnableDevEnvironment, type Plugin, type ViteDevServer } from 'vite';
import { loadContent, type ContentResult } from './index.ts';

/** The module through which the pages get the content (src/data/content.ts). */
export const CONTENT_MODULE = 'virtual:insluss/innehall';
const RESOLVED = `\0${CONTENT_MODULE}`;

const HINT = 'Rätta felen och kör npm run kontrollera för att se om allt är rätt. Hur filerna skrivs står i content/README.md.';

/**
 * Runs the content pipeline (./index.ts, the same as `npm run kontrollera`)
 * once where Astro starts, and hands its result to the pages as the module
 * `virtual:insluss/innehall`, so nothing reads or checks content/ twice:
 *
 * - `astro build` and `astro sync`: before anything is built, so a mistake
 *   stops the build with the owner's Swedish messages only, and exit 1;
 * - `astro dev`: on start and on every change in content/. While content
 *   has mistakes, every page of the dev server shows them in Swedish
 *   instead of the page (which would show old data, or a code error), and
 *   the open page reloads itself when they are fixed.
 */
export function contentPipeline(): AstroIntegration {
  let command = '';
  let root = process.cwd();
  let base = '/';
  let result: ContentResult = { errors: [], nextSteps: [], warnings: [], content: undefined };
  /** The last sound content: what the pages get. */
  let sound: ContentResult['content'];
  const check = () => {
    try {
      result = loadContent({ root });
    } catch (error) {
      result = { errors: [`Kontrollen kunde inte köras: ${(error as Error).message}`], nextSteps: [], warnings: [], content: undefined };
    }
    if (result.errors.length === 0) sound = result.content;
    return result;
  };

  const plugin: Plugin = {
    name: 'insluss:innehall',
    resolveId: (id) => (id === CONTENT_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default JSON.parse(${JSON.stringify(JSON.stringify(sound ?? null))});` : undefined),
  };

  return {
    name: 'insluss:innehall',
    hooks: {
      'astro:config:setup': ({ command: running, config, updateConfig }) => {
        command = running;
        root = fileURLToPath(config.root);
        base = config.base.replace(/\/?$/, '/');
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:config:done': ({ logger }) => {
        if (command !== 'build' && command !== 'sync' && command !== 'dev') return;
        check();
        if (command === 'dev') return;
        for (const warning of result.warnings) logger.warn(warning);
        if (result.errors.length > 0) {
          // Thrown, the error would reach the owner under Astro's English
          // "An unhandled error occurred while running the hook"; logged, the
          // Swedish messages stand alone. Nothing is built or open yet to clean up.
          logger.error(`Innehållet har ${count(result.errors)}:\n\n${[...result.errors, ...result.nextSteps].join('\n\n')}\n\n${HINT}`);
          process.exit(1);
        }
      },
      'astro:server:start': ({ address, logger }) => {
        // Any address, or the machine's own in IPv6: the owner types localhost.
        const shown = ['::', '::1', '0.0.0.0'].includes(address.address) ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
        logger.info(`Webbplatsen visas på http://${shown}:${address.port}${base} medan du redigerar. Sidorna följer med när du sparar en fil i content/. Stoppa med Ctrl+C.`);
      },
      'astro:build:done': ({ pages, dir, logger }) => {
        const out = fileURLToPath(dir).replace(/\/$/, '');
        const shown = relative(root, out);
        logger.info(`Sidorna är byggda: ${pages.length} sidor i ${shown && !shown.startsWith('..') ? shown : out}/.`);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        announce(result, logger);
        const contentDir = join(root, 'content');
        let pending: ReturnType<typeof setTimeout> | undefined;
        const recheck = () => {
          clearTimeout(pending);
          // One check for a burst of saves (editors write a file in steps).
          pending = setTimeout(async () => {
            const before = result;
            check();
            const changed = result.errors.join('\n') !== before.errors.join('\n');
            if (changed) announce(result, logger, before);
            // Fixed: reload the routines' texts too, in case Astro's loader gave up while a file was broken.
            if (before.errors.length > 0 && result.errors.length === 0) await refreshContent?.({}).catch(() => undefined);
            invalidate(server);
            server.ws.send({ type: 'full-reload', path: '*' });
          }, 150);
        };
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (relative(contentDir, path).split(sep)[0] !== '..') recheck();
        });
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          if (result.errors.length === 0 || !isPageRequest(request)) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(errorPage(result, server.config.base));
        });
      },
    },
  };
}

/** Makes every page read the content module again, with the modules that import it. */
function invalidate(server: ViteDevServer) {
  for (const environment of Object.values(server.environments)) {
    const module = environment.moduleGraph.getModuleById(RESOLVED);
    if (!module) continue;
    const seen = new Set<typeof module>();
    environment.moduleGraph.invalidateModule(module, seen, Date.now(), true);
    // Astro renders pages in a module runner of its own process, which keeps what it evaluated.
    if (!isRunnableDevEnvironment(environment)) continue;
    const { runner } = environment;
    for (const stale of seen) {
      const evaluated = stale.id ? runner.evaluatedModules.getModuleById(stale.id) : undefined;
      if (evaluated) runner.evaluatedModules.invalidateModule(evaluated);
    }
  }
}

/** Logs the mistakes, and the warnings that are new since `before`. */
function announce(result: ContentResult, logger: AstroIntegrationLogger, before?: ContentResult) {
  for (const warning of result.warnings) if (!before?.warnings.includes(warning)) logger.warn(warning);
  if (result.errors.length === 0) logger.info('Innehållet i content/ har inga fel.');
  else logger.error(`Innehållet har ${count(result.errors)}. Sidorna visar felen tills de är rättade:\n\n${[...result.errors, ...result.nextSteps].join('\n\n')}\n`);
}

function count(errors: readonly string[]): string {
  return errors.length === 1 ? 'ett fel' : `${errors.length} fel`;
}

/** A reader's page, not a module, a style sheet or one of Vite's own requests. */
function isPageRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!request.headers.accept?.includes('text/html')) return false;
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (/\/(@|__|node_modules\/)/.test(path)) return false;
  return !/\.[a-z0-9]+$/i.test(path) || path.endsWith('.html');
}

function errorPage(result: ContentResult, base: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const items = result.errors.map((error) => `<li>${escape(error)}</li>`).join('\n');
  const next = result.nextSteps.map((step) => `<p>${escape(step)}</p>`).join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Innehållet har fel – Insluss</title>
<script type="module" src="${escape(base.replace(/\/?$/, '/'))}@vite/client"></script>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<h1>Innehållet har ${count(result.errors)}</h1>
<p>Sidan visas inte förrän ${result.errors.length === 1 ? 'felet är rättat' : 'felen är rättade'}, så att du inte läser gammalt innehåll. Varje rad säger vilken fil, vilken post och vilket fält det gäller.</p>
<ol>
${items}
</ol>
${next}
<p>Spara filen när du har rättat. Sidan laddas om av sig själv. Hur filerna skrivs står i <code>content/README.md</code>.</p>
</main>
</body>
</html>
`;
}
