/**
 * The build's last pass over the drawn chart: SVGO (the SVG optimiser
 * Astro itself uses) strips what the page never needs, so the chart, about
 * three quarters of the flowchart page, weighs a fraction of Mermaid's
 * output. Build time only: the browser fallback never loads this.
 */
import { optimize, type CustomPlugin } from 'svgo';
import { DIAGRAM_SVG_ID } from './mermaid-config.ts';
import { accessibleText, withoutEmbeddedStyles, withPlainLinks, withXlinkLinks } from './svg.ts';

/**
 * Mermaid's edges hide their last 4 px under the arrowhead with a dash
 * pattern measured to fifteen digits; a tenth of a pixel is as good.
 */
const roundStyleNumbers: CustomPlugin = {
  name: 'roundStyleNumbers',
  fn: () => ({
    element: {
      enter(node) {
        const style = node.attributes.style;
        if (!style) return;
        node.attributes.style = style
          .replace(/\d+\.\d{2,}/g, (number) => String(Number(Number(number).toFixed(1))))
          .replace(/;?\s*stroke-dashoffset:\s*0(?![.\d])/g, '');
      },
    },
  }),
};

/** The empty `<rect/>` Mermaid leaves in every label draws nothing. */
const removeEmptyRects: CustomPlugin = {
  name: 'removeEmptyRects',
  fn: () => ({
    element: {
      exit(node) {
        node.children = node.children.filter(
          (child) => !(child.type === 'element' && child.name === 'rect' && Object.keys(child.attributes).length === 0),
        );
      },
    },
  }),
};

/**
 * What is kept, on purpose: every node's link (`href`), its id
 * (`…-flowchart-s_<step>-<n>`) and classes (`node`, `lokal`, `utfall`,
 * `label-container`, which the stylesheet draws from), the root's id, role
 * and aria attributes, and the `<title>` and `<desc>` they point to. What
 * goes: Mermaid's stylesheet, `data-*` attributes (edge points as base64,
 * ids repeated), unreferenced ids and markers, default attributes, empty
 * styles, and digits beyond a thousandth of a pixel.
 */
export function optimiseSvg(svg: string): string {
  const input = withXlinkLinks(withoutEmbeddedStyles(svg));
  const { data } = optimize(input, {
    multipass: true,
    plugins: [
      {
        name: 'preset-default',
        params: {
          overrides: {
            removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true, keepDataAttrs: false },
            // Ids stay readable and unique on the page (no minified "a", "b"),
            // and the ones that code, tests or ARIA refer to stay at all.
            cleanupIds: { minify: false, preserve: [DIAGRAM_SVG_ID], preservePrefixes: [`${DIAGRAM_SVG_ID}-flowchart-`, 'chart-title-', 'chart-desc-'] },
            // Boxes stay <rect>: the stylesheet rounds the outcomes' corners (rx).
            convertShapeToPath: false,
            // One path per edge, each with its own arrowhead.
            mergePaths: false,
            // Groups carry the classes the stylesheet and the script use.
            collapseGroups: false,
            moveElemsAttrsToGroup: false,
            moveGroupAttrsToElems: false,
          },
        },
      },
      roundStyleNumbers,
      removeEmptyRects,
    ],
  });
  return withPlainLinks(data);
}

/**
 * The chart the build drew, checked and made light: it must carry its
 * accessible name and description (Mermaid's accTitle and accDescr), or the
 * build stops with a message saying so; then the optimiser strips what the
 * page does not need. Should the optimiser fail, the chart goes in as drawn
 * (heavier, still complete) and `warn` says so.
 */
export function finishDrawnChart(svg: string, warn: (message: string) => void): string {
  const { title, description } = accessibleText(svg);
  const missing = [!title && 'en titel (accTitle)', !description && 'en beskrivning (accDescr)'].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(
      `Flödesschemat saknar ${missing.join(' och ')} för skärmläsare. ` +
        'Schemats text kommer från src/lib/process/mermaid.ts (mermaidSource); båda måste finnas och inte vara tomma.',
    );
  }
  try {
    return optimiseSvg(svg);
  } catch (error) {
    warn(`VARNING: flödesschemat kunde inte göras mindre (${(error as Error).message.split('\n')[0]}); det tas med som det ritades.`);
    return withPlainLinks(withoutEmbeddedStyles(svg));
  }
}
