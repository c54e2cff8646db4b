/**
 * The flowchart drawn in the reader's browser, for a page the build could
 * not draw it into (no browser at build time, or `npm run dev`). Loaded by
 * <flow-chart> only then, and Mermaid with it, only on this page.
 */
import { DIAGRAM_SVG_ID, MERMAID_CONFIG } from '../lib/process/mermaid-config';
import { withIntrinsicSize, withoutEmbeddedStyles, withPlainLinks } from '../lib/process/svg';

/** Draws the Mermaid source into the canvas; false if it could not. */
export async function drawChart(canvas: HTMLElement, source: string): Promise<boolean> {
  try {
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize(MERMAID_CONFIG);
    const { svg } = await mermaid.render(DIAGRAM_SVG_ID, source);
    // Mermaid's own output in strict mode, from our own model: no user input
    // reaches it. Finished as the build finishes it, so the stylesheet fits
    // and colours it the same way.
    canvas.innerHTML = withPlainLinks(withoutEmbeddedStyles(withIntrinsicSize(svg)));
    return true;
  } catch {
    return false;
  }
}
