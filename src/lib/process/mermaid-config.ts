/**
 * Mermaid settings shared by the build-time drawing (headless Chromium)
 * and the in-browser fallback, so both draw the same chart.
 */

/**
 * Arial where the reader has it, Liberation Sans (same metrics) on Linux:
 * the build measures the labels with the font the reader will see, so text
 * fits its boxes.
 */
export const DIAGRAM_FONT = 'Arial, "Liberation Sans", Helvetica, sans-serif';

export const MERMAID_CONFIG = {
  startOnLoad: false,
  // Labels are plain text and links only go to anchors on the page.
  securityLevel: 'strict',
  // In the browser fallback ELK would add 1.5 MB of code; dagre draws the
  // same chart, only wider. The build uses ELK (BUILD_LAYOUT), which keeps
  // the phases in one column.
  layout: 'dagre',
  theme: 'base',
  fontFamily: DIAGRAM_FONT,
  themeVariables: {
    fontFamily: DIAGRAM_FONT,
    fontSize: '14px',
    primaryColor: '#eef3f9',
    primaryBorderColor: '#0b4f8a',
    primaryTextColor: '#1b1b1b',
    lineColor: '#3d4a5c',
    clusterBkg: '#fafbfc',
    clusterBorder: '#8a96a8',
    edgeLabelBackground: '#ffffff',
  },
  flowchart: { htmlLabels: true, wrappingWidth: 140, nodeSpacing: 16, rankSpacing: 36, padding: 8, diagramPadding: 4 },
} as const;

/** The DOM id of the drawn SVG; Mermaid scopes its styles to it. */
export const DIAGRAM_SVG_ID = 'flodesschema-svg';

/** The layout for the build-time drawing, where code size costs nothing. */
export const BUILD_LAYOUT = 'elk';
