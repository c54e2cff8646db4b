import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { BUILD_LAYOUT, DIAGRAM_SVG_ID, MERMAID_CONFIG } from '../lib/process/mermaid-config.ts';
import { withIntrinsicSize } from '../lib/process/svg.ts';
import { finishDrawnChart } from '../lib/process/svg-optimise.ts';

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
        const renderer = await startRenderer(logger);
        if (!renderer) return;
        try {
          for (const file of files) {
            const html = readFileSync(file, 'utf8');
            let drawn = html;
            for (const match of html.matchAll(PLACEHOLDER)) {
              const svg = finishDrawnChart(withIntrinsicSize(await renderer.render(decodeAttribute(match[1]!))), (message) => logger.warn(message));
              drawn = drawn.replace(match[0], `<div class="flowchart__canvas" data-drawn="build"${match[2]}>${svg}</div>`);
            }
            writeFileSync(file, drawn);
            logger.info(`Flödesschema ritat i ${file.slice(fileURLToPath(dir).length - 1)}`);
          }
        } finally {
          await renderer.close();
        }
      },
    },
  };
}

interface Renderer {
  render(source: string): Promise<string>;
  close(): Promise<void>;
}

async function startRenderer(logger: AstroIntegrationLogger): Promise<Renderer | undefined> {
  try {
    const { chromium } = await import('@playwright/test');
    const { findChromium, CHROMIUM_ARGS } = await import('../../scripts/lib/browser.mjs');
    const found = findChromium({ headless: true });
    if (!found.path) throw new Error(found.source);
    const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
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
          { source, config: { ...MERMAID_CONFIG, layout: BUILD_LAYOUT }, id: DIAGRAM_SVG_ID },
        ),
      close: () => browser.close(),
    };
  } catch (error) {
    logger.warn(
      `VARNING: flödesschemat kunde inte ritas när webbplatsen byggdes (${(error as Error).message.split('\n')[0]}). ` +
        'Det ritas i stället i läsarens webbläsare, vilket är långsammare. Installera Chromium för att rita det vid bygget.',
    );
    return undefined;
  }
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
