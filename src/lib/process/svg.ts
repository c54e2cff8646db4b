/**
 * Finishing touches on the SVG Mermaid draws, as text, so the build and
 * the browser fallback apply the same ones.
 */

/**
 * Mermaid writes node links as `xlink:href`, which Chromium neither exposes
 * as links to assistive technology nor puts in the Tab order; SVG 2's plain
 * `href` is both. The xlink namespace goes too once nothing uses it.
 */
export function withPlainLinks(svg: string): string {
  const plain = svg.replace(/<a([^>]*?)\sxlink:href=/g, '<a$1 href=');
  return /\sxlink:/.test(plain.replace(/\sxmlns:xlink="[^"]*"/, '')) ? plain : plain.replace(/\sxmlns:xlink="[^"]*"/, '');
}

/**
 * The other way round, for tools that only know SVG 1.1 (the optimiser
 * drops a plain `href` on `<a>`, svg/svgo#2230): node links as
 * `xlink:href`, with the namespace declared.
 */
export function withXlinkLinks(svg: string): string {
  const xlink = svg.replace(/<a([^>]*?)\shref=/g, '<a$1 xlink:href=');
  // Mermaid itself writes xlink:href without declaring the namespace.
  if (!/\sxlink:/.test(xlink) || /^<svg[^>]*\sxmlns:xlink=/.test(xlink)) return xlink;
  return xlink.replace(/^<svg/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
}

/**
 * Mermaid sizes the SVG to its container (width 100%). The chart gets its
 * own size instead: the browser then knows its shape (width and height
 * with the viewBox) before it paints, so the page does not shift. Without
 * JavaScript the chart is shown at that size, its labels at reading size,
 * in a box that scrolls; with it, the stylesheet fits it to its column.
 */
export function withIntrinsicSize(svg: string): string {
  const viewBox = /<svg[^>]*\sviewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!viewBox) return svg;
  const [width, height] = [Math.ceil(Number(viewBox[1])), Math.ceil(Number(viewBox[2]))];
  return svg.replace(/<svg([^>]*?)\swidth="100%"([^>]*?)\sstyle="max-width:[^"]*"/, `<svg$1 width="${width}" height="${height}"$2`);
}

/**
 * Mermaid embeds a stylesheet of its own, with the colours of its theme
 * baked in and rules for shapes this chart never uses. The site's
 * stylesheet draws the chart instead, from the site's colour tokens, so
 * the chart follows them (and a colour scheme) like every other part of
 * the page.
 */
export function withoutEmbeddedStyles(svg: string): string {
  return svg.replace(/<style>[\s\S]*?<\/style>/g, '');
}

export interface AccessibleText {
  title: string;
  description: string;
}

/**
 * The SVG's accessible name and description: the `<title>` and `<desc>`
 * that the root's aria-labelledby and aria-describedby point to (Mermaid
 * writes them from accTitle and accDescr). Empty where either is missing.
 */
export function accessibleText(svg: string): AccessibleText {
  const root = /^<svg[^>]*>/.exec(svg.trimStart())?.[0] ?? '';
  const textOf = (attribute: string, element: string) => {
    const id = new RegExp(`\\s${attribute}="([^"]+)"`).exec(root)?.[1];
    if (!id) return '';
    const match = new RegExp(`<${element}[^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([^<]*)</${element}>`).exec(svg);
    return match?.[1]?.trim() ?? '';
  };
  return { title: textOf('aria-labelledby', 'title'), description: textOf('aria-describedby', 'desc') };
}
