import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { BUILD_LAYOUT, DIAGRAM_SVG_ID, MERMAID_CONFIG } from '../lib/process/mermaid-config.ts';
import { withIntrinsicSize } from '../lib/process/svg.ts';
import { finishDrawnChart } from '../lib/process/svg-optimise.ts';
import { diagramCache, drawingContext } from './diagram-cache.ts';

/** What the page writes for each diagram; the drawn SVG replaces the attribute. */
const PLACEHOLDER = /<div class="flowchart__canvas" data-mermaid-source="([^"]*)"([^>]*)><\/div>/g;

/** Draws the Mermaid diagrams into the built pages in headless Chromium, or warns and leaves the placeholder: docs/adr/0001-flowchart-drawn-at-build-time.md. */
export function prerenderDiagrams(): AstroIntegration {
  return {
    name: 'insluss:diagrams',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const files = pages
          .map(({ pathname }) => fileURLToPath(new URL(`${pathname}index.html`, dir)))
          .filter((file) => safeRead(file)?.includes('data-mermaid-source='));
        if (files.length === 0) return;
        const found = await browserForDiagrams();
        if (!found.path) return warnNotDrawn(logger, noBrowser());
        const cache = diagramCache(drawingContext(found.path, DRAWING_SETTINGS));
        // Chromium starts at the first chart the cache does not hold, and only then.
        let renderer: Promise<Renderer | undefined> | undefined;
        const draw = async (source: string) => {
          const kept = cache?.get(source);
          if (kept !== undefined) return kept;
          renderer ??= startRenderer(found.path!, logger);
          const started = await renderer;
          if (!started) return undefined;
          const svg = await started.render(source);
          cache?.set(source, svg);
          return svg;
        };
        try {
          for (const file of files) {
            const html = readFileSync(file, 'utf8');
            let drawn = html;
            for (const match of html.matchAll(PLACEHOLDER)) {
              const raw = await draw(decodeAttribute(match[1]!));
              if (raw === undefined) return;
              const svg = finishDrawnChart(withIntrinsicSize(raw), (message) => logger.warn(message));
              drawn = drawn.replace(match[0], `<div class="flowchart__canvas" data-drawn="build"${match[2]}>${svg}</div>`);
            }
            writeFileSync(file, drawn);
            logger.info(`Flödesschema ritat i ${file.slice(fileURLToPath(dir).length - 1)}`);
          }
        } finally {
          await (await renderer)?.close();
        }
      },
    },
  };
}

interface Renderer {
  render(source: string): Promise<string>;
  close(): Promise<void>;
}

const DRAWING_CONFIG = { ...MERMAID_CONFIG, layout: BUILD_LAYOUT };
/** Everything a chart is drawn with at build time besides its text: part of what the cache keys a drawing by. */
const DRAWING_SETTINGS = { config: DRAWING_CONFIG, id: DIAGRAM_SVG_ID };

async function browserForDiagrams(): Promise<{ path?: string; source: string }> {
  const { findChromium } = await import('../../scripts/lib/browser.mjs');
  return findChromium({ headless: true });
}

async function startRenderer(browserPath: string, logger: AstroIntegrationLogger): Promise<Renderer | undefined> {
  try {
    const { chromium } = await import('@playwright/test');
    const { CHROMIUM_ARGS } = await import('../../scripts/lib/browser.mjs');
    const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body></body></html>');
    const require = createRequire(import.meta.url);
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    return {
      render: (source) =>
        page.evaluate(
          async ({ source, config, id }) => {
            const { mermaid } = globalThis as typeof globalThis & { mermaid: typeof import('mermaid').default };
            mermaid.initialize(config as Parameters<typeof mermaid.initialize>[0]);
            return (await mermaid.render(id, source)).svg;
          },
          { source, config: DRAWING_CONFIG, id: DIAGRAM_SVG_ID },
        ),
      close: () => browser.close(),
    };
  } catch (error) {
    warnNotDrawn(logger, (error as Error).message.split('\n')[0]!);
    return undefined;
  }
}

/** Why no browser was found, in the owner's words (findChromium's own reason is written for developers). */
function noBrowser(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  return fromEnv ? `CHROMIUM_PATH pekar på ${fromEnv}, som inte finns` : 'ingen Chromium hittades';
}

function warnNotDrawn(logger: AstroIntegrationLogger, why: string) {
  logger.warn(
    `VARNING: flödesschemat kunde inte ritas när webbplatsen byggdes (${why}). ` +
      'Det ritas i stället i läsarens webbläsare, vilket är långsammare. Installera Chromium för att rita det vid bygget.',
  );
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function decodeAttribute(value: string): string {
  return value.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[name]!);
}
