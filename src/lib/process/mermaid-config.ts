/**
 * Mermaid settings shared by the build-time drawing (headless Chromium)
 * and the in-browser fallback, so both draw the same chart.
 */

/**
 * Arial where the reader has it, Liberation Sans (same metrics) on Linux:
 * the build measures the labels with the font the reader will see, so text
 * fits its boxes. The stylesheet (src/styles/flowchart.css) sets the same
 * font on the chart; a unit test keeps the two alike.
 */
export const DIAGRAM_FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif';

/** The labels' size; the stylesheet sets the same on the chart. */
export const DIAGRAM_FONT_SIZE = '14px';

export const MERMAID_CONFIG = {
  startOnLoad: false,
  // Labels are plain text and links only go to anchors on the page.
  securityLevel: 'strict',
  // In the browser fallback ELK would add 1.5 MB of code; dagre draws the
  // same chart, only wider. The build uses ELK (BUILD_LAYOUT), which keeps
  // the steps in one column.
  layout: 'dagre',
  // ELK's simplest placement keeps the column straight and the arrows in
  // lanes beside it; its default spreads the steps sideways to shorten the
  // arrows, which makes the chart too wide for a phone.
  elk: { nodePlacementStrategy: 'SIMPLE' },
  theme: 'base',
  fontFamily: DIAGRAM_FONT,
  // Only what the layout measures: colours come from the site's stylesheet
  // (the flowchart's tokens), and Mermaid's own stylesheet is removed.
  themeVariables: {
    fontFamily: DIAGRAM_FONT,
    fontSize: DIAGRAM_FONT_SIZE,
  },
  // Labels wrap at 160 px: with the arrows' lanes beside it the chart is
  // about as wide as a phone (375 px), shown at its drawn size there.
  flowchart: { htmlLabels: true, wrappingWidth: 160, nodeSpacing: 16, rankSpacing: 36, padding: 8, diagramPadding: 4 },
} as const;

/** The DOM id of the drawn SVG; Mermaid scopes its styles to it. */
export const DIAGRAM_SVG_ID = 'flodesschema-svg';

/** The layout for the build-time drawing, where code size costs nothing. */
export const BUILD_LAYOUT = 'elk';
