import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, type ContentReport } from '../checks/content.ts';

const HINT = 'Rätta felen och kör npm run kontrollera för att se om allt är rätt. Hur filerna skrivs står i content/README.md.';

/**
 * Runs the content check (src/checks/content.ts, the same as `npm run
 * kontrollera`) where Astro starts:
 *
 * - `astro build` and `astro sync`: before the content layer loads, so a
 *   mistake stops the build with the owner's Swedish messages, positions
 *   counted from 1, and nothing half-built;
 * - `astro dev`: on start and on every change in content/. While content
 *   has mistakes, every page of the dev server shows them in Swedish
 *   instead of the page (which would show old data, or a code error), and
 *   the open page reloads itself when they are fixed.
 */
export function contentCheck(): AstroIntegration {
  let command = '';
  let root = process.cwd();
  return {
    name: 'insluss:innehall',
    hooks: {
      'astro:config:setup': ({ command: running, config }) => {
        command = running;
        root = fileURLToPath(config.root);
      },
      'astro:config:done': async ({ logger }) => {
        if (command !== 'build' && command !== 'sync') return;
        const report = await checkContent(root);
        for (const warning of report.warnings) logger.warn(warning);
        if (report.errors.length > 0) {
          // Thrown, the error would reach the owner under Astro's English
          // "An unhandled error occurred while running the hook"; logged, the
          // Swedish messages stand alone. Nothing is built or open yet to clean up.
          logger.error(`Innehållet har ${count(report.errors)}:\n\n${report.errors.join('\n\n')}\n\n${HINT}`);
          process.exit(1);
        }
      },
      'astro:server:setup': async ({ server, logger, refreshContent }) => {
        const check = () => checkContent(root).catch((error: Error): ContentReport => ({ errors: [`Kontrollen kunde inte köras: ${error.message}`], warnings: [] }));
        let report = await check();
        announce(report, logger);
        const contentDir = join(root, 'content');
        let pending: ReturnType<typeof setTimeout> | undefined;
        const recheck = () => {
          clearTimeout(pending);
          // One check for a burst of saves (editors write a file in steps).
          pending = setTimeout(async () => {
            const before = report;
            report = await check();
            const changed = report.errors.join('\n') !== before.errors.join('\n');
            if (changed) announce(report, logger, before);
            // Fixed: reload every collection, in case a loader gave up while the file was broken.
            if (before.errors.length > 0 && report.errors.length === 0) await refreshContent?.({}).catch(() => undefined);
            if (changed || report.errors.length > 0) server.ws.send({ type: 'full-reload', path: '*' });
          }, 150);
        };
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (relative(contentDir, path).split(sep)[0] !== '..') recheck();
        });
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          if (report.errors.length === 0 || !isPageRequest(request)) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(errorPage(report, server.config.base));
        });
      },
    },
  };
}

/** Logs the mistakes, and the warnings that are new since `before`. */
function announce(report: ContentReport, logger: AstroIntegrationLogger, before?: ContentReport) {
  for (const warning of report.warnings) if (!before?.warnings.includes(warning)) logger.warn(warning);
  if (report.errors.length === 0) logger.info('Innehållet i content/ har inga fel.');
  else logger.error(`Innehållet har ${count(report.errors)}. Sidorna visar felen tills de är rättade:\n\n${report.errors.join('\n\n')}\n`);
}

function count(errors: string[]): string {
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

function errorPage(report: ContentReport, base: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const items = report.errors.map((error) => `<li>${escape(error)}</li>`).join('\n');
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
<h1>Innehållet har ${count(report.errors)}</h1>
<p>Sidan visas inte förrän ${report.errors.length === 1 ? 'felet är rättat' : 'felen är rättade'}, så att du inte läser gammalt innehåll. Varje rad säger vilken fil, vilken post och vilket fält det gäller.</p>
<ol>
${items}
</ol>
<p>Spara filen när du har rättat. Sidan laddas om av sig själv. Hur filerna skrivs står i <code>content/README.md</code>.</p>
</main>
</body>
</html>
`;
}
