/**
 * The flowchart's zoom, as numbers: 1 is the whole chart fitted to its
 * column; the reader zooms in from there, at most until the labels are
 * twice the size the chart was drawn at. Pure, so it is tested apart from
 * the browser.
 */
import type { ZoomAction } from './zoom-keys.ts';

// Which key does what is apart, for the page loads it before the rest (zoom-keys.ts).
export { zoomActionForKey, type ZoomAction } from './zoom-keys.ts';

/** One press of "Zooma in" or "+". */
export const ZOOM_STEP = 1.5;

/** At most twice the size the chart was drawn at. */
export const MAX_DRAWN_SCALE = 2;

/** The largest zoom for a chart drawn `drawnWidth` wide and fitted into `fittedWidth`. */
export function maxZoom(drawnWidth: number, fittedWidth: number): number {
  if (!(drawnWidth > 0) || !(fittedWidth > 0)) return 1;
  return Math.max(1, (MAX_DRAWN_SCALE * drawnWidth) / fittedWidth);
}

export function clampZoom(zoom: number, max: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.min(max, Math.max(1, zoom));
}

export function nextZoom(zoom: number, action: ZoomAction, max: number): number {
  if (action === 'fit') return 1;
  // Close to a limit, one press reaches it rather than stopping just short.
  const next = action === 'in' ? zoom * ZOOM_STEP : zoom / ZOOM_STEP;
  return clampZoom(Math.abs(next - 1) < 0.05 ? 1 : Math.abs(next - max) < 0.05 ? max : next, max);
}

/** What a screen reader hears after a change: "Hela schemat visas." or "Schemat förstorat 225 %." */
export function zoomAnnouncement(zoom: number): string {
  return zoom <= 1 ? 'Hela schemat visas.' : `Schemat förstorat ${Math.round(zoom * 100)}\u00a0%.`;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function centre(box: Box): Point {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** The part of `box` inside a window `width` × `height`. */
export function visiblePart(box: Box, width: number, height: number): Box {
  const left = Math.max(box.left, 0);
  const top = Math.max(box.top, 0);
  const right = Math.min(box.left + box.width, width);
  const bottom = Math.min(box.top + box.height, height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/**
 * How far to scroll the chart's box after a zoom so that the point of the
 * chart that was under `at` (a pointer, the fingers, a focused node) is
 * under it again, or as near as the box lets it: `before` and `after` are
 * the chart's rectangle either side of the zoom, `shown` the box's.
 */
export function scrollToKeep(at: Point, before: Box, after: Box, shown: Box): Point {
  const [u, v] = [(at.x - before.left) / before.width, (at.y - before.top) / before.height];
  const target = { x: clamp(at.x, shown.left, shown.left + shown.width), y: clamp(at.y, shown.top, shown.top + shown.height) };
  return { x: after.left + u * after.width - target.x, y: after.top + v * after.height - target.y };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
