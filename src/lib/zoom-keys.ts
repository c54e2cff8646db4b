/**
 * Which key zooms the flowchart: apart from the rest of the zoom's numbers
 * (zoom.ts), because the page loads this part at once and the rest on the
 * first zoom (src/elements/flow-chart-zoom.ts).
 */

export type ZoomAction = 'in' | 'out' | 'fit';

/** The key a reader presses on the chart → what it does; ctrl, alt and meta keep theirs (the browser's zoom). */
export function zoomActionForKey(key: string, modifiers: { ctrlKey: boolean; altKey: boolean; metaKey: boolean }): ZoomAction | undefined {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) return undefined;
  return ({ '+': 'in', '=': 'in', '-': 'out', '−': 'out', '0': 'fit' } as const)[key as '+'];
}
