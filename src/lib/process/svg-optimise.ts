/**
 * The build's last pass over the drawn chart: SVGO (the SVG optimiser
 * Astro itself uses) strips what the page never needs, so the chart, about
 * three quarters of the flowchart page, weighs a fraction of Mermaid's
 * output. Build time only: the browser fallback never loads this.
 */
import { optimize, type CustomPlugin, type XastChild, type XastElement } from 'svgo';
import { DIAGRAM_SVG_ID, MERMAID_CONFIG } from './mermaid-config.ts';
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

const WRAP = MERMAID_CONFIG.flowchart.wrappingWidth;

/**
 * The style Mermaid gives the box of every label that fills the wrapping
 * width, which is every step's label today. The stylesheet gives it to a
 * node's label box that has no style of its own (flowchart.css, a unit test
 * keeps the two alike), so the page carries it once instead of once a step.
 */
export const WRAPPED_LABEL_STYLE = ['display:table', 'white-space:break-spaces', 'line-height:1.5', `max-width:${WRAP}px`, 'text-align:center', `width:${WRAP}px`];

const declarations = (style: string) =>
  style
    .split(';')
    .map((declaration) => declaration.replace(/\s+/g, ''))
    .filter(Boolean)
    .sort()
    .join(';');

/** A label box styled exactly so loses its style to the stylesheet; any other (a short label's, say) keeps its own. */
const wrappedLabelStyleToStylesheet: CustomPlugin = {
  name: 'wrappedLabelStyleToStylesheet',
  fn: () => ({
    element: {
      enter(node, parent) {
        const style = node.attributes.style;
        if (node.name !== 'div' || !style || parent.type !== 'element' || parent.name !== 'foreignObject') return;
        if (declarations(style) === declarations(WRAPPED_LABEL_STYLE.join(';'))) delete node.attributes.style;
      },
    },
  }),
};

/** Mermaid names each edge's thickness and pattern twice in its class. */
const removeRepeatedClasses: CustomPlugin = {
  name: 'removeRepeatedClasses',
  fn: () => ({
    element: {
      enter(node) {
        if (node.attributes.class) node.attributes.class = [...new Set(node.attributes.class.split(/\s+/).filter(Boolean))].join(' ');
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
 * The invisible links (`~~~`) that keep each step on a row of its own
 * (mermaid.ts) have done their work in the layout: nothing is drawn.
 */
const removeInvisibleLinks: CustomPlugin = {
  name: 'removeInvisibleLinks',
  fn: () => ({
    element: {
      exit(node) {
        node.children = node.children.filter((child) => !(child.type === 'element' && hasClass(child, 'edge-thickness-invisible')));
      },
    },
  }),
};

const isElement = (child: XastChild): child is XastElement => child.type === 'element';
const hasClass = (element: XastElement, name: string) => (element.attributes.class ?? '').split(/\s+/).includes(name);

/** The elements under `parent` that match, looking into no group that moves its content (a transform). */
function untransformed(parent: XastElement, match: (element: XastElement) => boolean): XastElement[] {
  return parent.children.filter(isElement).flatMap((child) => (match(child) ? [child] : child.attributes.transform ? [] : untransformed(child, match)));
}

const TRANSLATE = /^translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)$/;
const tenth = (value: number) => String(Math.round(value * 10) / 10);

/**
 * The phase names (Mermaid's cluster labels) go last, into one group, so
 * they are painted over the nodes and arrows (SVG has no z-index): the
 * stylesheet enlarges them when the chart is shown small (flowchart.css).
 * Each says where it stands, its top centre from the chart's top left in the
 * chart's units (--x, --y), and the group says the chart's size
 * (--chart-width, --chart-height). Mermaid's inline style on a label's box
 * goes: the stylesheet lays it out. A label inside a moved (transformed)
 * group, or drawn other than as a translated box, stays where it is.
 */
const phaseLabelsOnTop: CustomPlugin = {
  name: 'phaseLabelsOnTop',
  fn: () => ({
    element: {
      enter(svg, parent) {
        if (svg.name !== 'svg' || parent.type !== 'root') return;
        const [left, top, width, height] = (svg.attributes.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
        const root = untransformed(svg, (element) => hasClass(element, 'root'))[0];
        if (![left, top, width, height].every(Number.isFinite) || !root) return;
        // The optimiser makes several passes: once moved, the names stay put.
        if (root.children.some((child) => isElement(child) && hasClass(child, 'phase-labels'))) return;
        const moved: { label: XastElement; x: number; y: number }[] = [];
        for (const label of untransformed(root, (element) => hasClass(element, 'cluster-label'))) {
          const at = TRANSLATE.exec(label.attributes.transform ?? '');
          const box = label.children.filter(isElement).find((child) => child.name === 'foreignObject');
          const boxWidth = Number(box?.attributes.width);
          if (!at || !box || !Number.isFinite(boxWidth) || box.attributes.x || box.attributes.y) continue;
          const [x, y] = [Number(at[1]) + boxWidth / 2 - left!, Number(at[2] ?? 0) - top!];
          box.attributes.style = `--x:${tenth(x)};--y:${tenth(y)}`;
          for (const content of box.children.filter(isElement)) delete content.attributes.style;
          moved.push({ label, x, y });
        }
        if (moved.length === 0) return;
        const labels = new Set<XastChild>(moved.map(({ label }) => label));
        const removeMoved = (element: XastElement) => {
          element.children = element.children.filter((child) => !labels.has(child));
          element.children.filter(isElement).forEach(removeMoved);
        };
        removeMoved(root);
        root.children.push({
          type: 'element',
          name: 'g',
          attributes: { class: 'phase-labels', style: `--chart-width:${tenth(width!)};--chart-height:${tenth(height!)}` },
          // In the order a reader goes through the phases: top to bottom.
          children: moved.sort((a, b) => a.y - b.y || a.x - b.x).map(({ label }) => label),
        });
      },
    },
  }),
};

/**
 * What is kept, on purpose: every node's link (`href`, by which the script
 * and the tests find a step's node) and classes (`node`, `lokal`, `utfall`,
 * `label-container`, which the stylesheet draws from), the root's id, role
 * and aria attributes, and the `<title>` and `<desc>` they point to. What
 * goes: Mermaid's stylesheet, `data-*` attributes (edge points as base64,
 * ids repeated), every id nothing refers to (the nodes' too), markers
 * unused, the invisible links, default attributes, empty styles, a class
 * named twice, the style of a label that fills the wrapping width (the
 * stylesheet has it), and digits beyond a tenth of a pixel (the chart is never
 * shown larger than twice its drawn size: at most a tenth of a pixel on
 * screen). What moves: the phase names, into one
 * group drawn last (phaseLabelsOnTop).
 */
export function optimiseSvg(svg: string): string {
  // Mermaid writes a label's line break as HTML (<br>), which an XML parser rejects.
  const input = withXlinkLinks(withoutEmbeddedStyles(svg)).replace(/<br\s*>/g, '<br/>');
  const { data } = optimize(input, {
    multipass: true,
    floatPrecision: 1,
    plugins: [
      {
        name: 'preset-default',
        params: {
          overrides: {
            removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true, keepDataAttrs: false },
            // Ids stay readable and unique on the page (no minified "a", "b"),
            // and the ones that the page's CSS or ARIA refer to stay at all.
            cleanupIds: { minify: false, preserve: [DIAGRAM_SVG_ID], preservePrefixes: ['chart-title-', 'chart-desc-'] },
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
      removeRepeatedClasses,
      wrappedLabelStyleToStylesheet,
      removeEmptyRects,
      removeInvisibleLinks,
      phaseLabelsOnTop,
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
