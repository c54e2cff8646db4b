/**
 * The cascade layers' order, as src/styles/tokens.css declares it first.
 * A stylesheet written into a page (the header's, in Base.astro) repeats
 * it, so whichever the browser meets first, the order is the same.
 */
export const LAYER_ORDER = '@layer tokens, base, layout, components, utilities;';

/** A stylesheet's text without comments and runs of white space, for writing into a page. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
