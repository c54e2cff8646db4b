/**
 * Finishing touches on the SVG Mermaid draws, as text, so the build and
 * the browser fallback apply the same ones.
 */

/**
 * Mermaid writes node links as `xlink:href`, which Chromium neither exposes
 * as links to assistive technology nor puts in the Tab order; SVG 2's plain
 * `href` is both.
 */
export function withPlainLinks(svg: string): string {
  return svg.replace(/<a([^>]*?)\sxlink:href=/g, '<a$1 href=');
}

/**
 * Mermaid sizes the SVG to its container (width 100%). Drawn at build time
 * it gets its own size instead, so the browser reserves the space before
 * it paints (no layout shift) and the labels stay at reading size; the
 * page scrolls the diagram sideways where the screen is narrower.
 */
export function withIntrinsicSize(svg: string): string {
  const viewBox = /<svg[^>]*\sviewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!viewBox) return svg;
  const [width, height] = [Math.ceil(Number(viewBox[1])), Math.ceil(Number(viewBox[2]))];
  return svg.replace(/<svg([^>]*?)\swidth="100%"([^>]*?)\sstyle="max-width:[^"]*"/, `<svg$1 width="${width}" height="${height}"$2`);
}
