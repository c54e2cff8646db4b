import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../tests/support/files.ts';
import { DIAGRAM_FONT_SIZE } from '../lib/process/mermaid-config.ts';

/**
 * The design system's rules, over every stylesheet and component in src/:
 * a colour, and a length that is a space, a type size or a line's width,
 * is written as a value only where a token is defined
 * (src/styles/tokens.css), and every rule sits in a cascade layer.
 */
const SRC = new URL('../', import.meta.url).pathname;
const TOKENS = 'styles/tokens.css';
/** Written into pages by Base.astro inside @layer components (src/lib/css.ts). */
const WRAPPED_BY_BASE = new Set(['components/SiteHeader.unfolded.css']);


interface Stylesheet {
  file: string;
  css: string;
  /** The line of the file the CSS starts on. */
  line: number;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Every piece of CSS in src/: the .css files, and each .astro file's <style> blocks and style attributes. */
function stylesheets(): Stylesheet[] {
  return filesUnder(SRC).flatMap((path): Stylesheet[] => {
    const file = relative(SRC, path);
    const text = readFileSync(path, 'utf8');
    if (file.endsWith('.css')) return [{ file, css: text, line: 1 }];
    if (!file.endsWith('.astro')) return [];
    const blocks = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/dg)].map((match) => ({ file, css: match[1]!, line: lineAt(text, match.indices![1]![0]) }));
    // An attribute's last declaration has no ";" of its own.
    const attributes = [...text.matchAll(/\sstyle=(?:"([^"]*)"|\{`([^`]*)`\})/dg)].map((match) => {
      const group = match[1] === undefined ? 2 : 1;
      return { file: `${file} (style="…")`, css: `${match[group]};`, line: lineAt(text, match.indices![group]![0]) };
    });
    return [...blocks, ...attributes];
  });
}

/** Comments blanked out, their line breaks kept, so offsets still point at the same line. */
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));

/** The CSS named colours, and the functions that make a colour. */
const NAMED =
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'.split(' ');
// A name followed by "(" is a function, not a colour: tan() is trigonometry.
const LITERAL = new RegExp(`#[0-9a-f]{3,8}\\b|\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\\(|(?<![\\w-])(?:${NAMED.join('|')})(?![\\w(-])`, 'gi');

/** Declarations as [property, value, offset of the property]; selectors and at-rules' preludes are not values. */
function declarations(css: string): Array<[string, string, number]> {
  return [...withoutComments(css).matchAll(/(?:^|[{;])\s*(--[\w-]+|[a-z-]+)\s*:\s*([^;{}]*)(?=[;}])/dg)].map((match) => [match[1]!, match[2]!.trim(), match.indices![1]![0]]);
}

/** Where a declaration is: the file and its line. */
const at = ({ file, css, line }: Stylesheet, offset: number) => `${file}:${line + lineAt(css, offset) - 1}`;

test('no colour literal outside the token definitions', () => {
  const found: string[] = [];
  for (const sheet of stylesheets()) {
    for (const [property, value, offset] of declarations(sheet.css)) {
      const literals = value.match(LITERAL);
      if (!literals) continue;
      // tokens.css defines the colour tokens; nothing else may name a colour.
      if (sheet.file === TOKENS && property.startsWith('--color-')) continue;
      found.push(`${at(sheet, offset)}: ${property}: ${value}`);
    }
  }
  assert.deepEqual(found, []);
});

test('the check finds colours in values, and not in selectors or token names', () => {
  const literals = (css: string) => declarations(css).filter(([, value]) => value.match(LITERAL)).length;
  assert.equal(literals('a { color: #fff; background: rgb(0 0 0); border: 1px solid White; fill: oklch(50% 0.1 200) }'), 4);
  assert.equal(literals('a:hover { color: var(--color-link); border-color: currentColor; background: transparent }'), 0);
  assert.equal(literals('#tan > .goldenrod { outline: 0 }'), 0);
  assert.equal(literals('a { scale: tan(atan2(2px, 1px)); color: tan }'), 1);
});

/**
 * The properties whose lengths are spaces (margins, paddings, gaps, an
 * outline's offset), type sizes or the width of a line (borders, outlines,
 * the chart's strokes, the marks of a changed word), shorthands included.
 * Lengths elsewhere are a component's geometry, not steps of the design's
 * scales, and stay literal: the size of a box, a column or a swatch
 * (width, height, min-/max-*, grid columns, flex-basis), where a
 * positioned element sits (top, left, inset: the skip link off screen), an
 * underline's offset in em of its text, a shadow's edge, an SVG corner's
 * radius (rx, ry).
 */
const SIZED =
  /^(?:(?:scroll-)?(?:margin|padding)(?:-(?:top|right|bottom|left|block|inline)(?:-start|-end)?)?|(?:row-|column-)?gap|font|font-size|line-height|(?:border|outline)(?:-(?:top|right|bottom|left|block|inline)(?:-start|-end)?)?(?:-width)?|outline-offset|stroke-width|text-decoration(?:-thickness)?)$/;

/** A number with a unit (px, rem, em, pt, vh …); "0", a percentage and a bare number (a line-height of 1.45) are not. */
const LENGTH = /(?<![\w.#-])-?(?:\d+\.?\d*|\.\d+)[a-z]+\b/gi;

/**
 * Lengths in those properties that are not design decisions:
 * - zero, in any unit;
 * - margin: -1px, the visually hidden pattern's, which pulls its 1px box
 *   out of the flow (global.css .visually-hidden, MarkedText.astro);
 * - the font size of the flowchart's SVG, which must be the size the build
 *   measured its labels in (DIAGRAM_FONT_SIZE, src/lib/process/mermaid-config.ts;
 *   flowchart.test.ts keeps the two alike), so the chart's geometry, not a step
 *   of the type scale.
 * A value computed in calc() from tokens has no length of its own, so passes.
 */
function allowed(file: string, property: string, length: string): boolean {
  if (Number.parseFloat(length) === 0) return true;
  if (property.startsWith('margin') && length === '-1px') return true;
  return file === 'styles/flowchart.css' && property === 'font-size' && length === DIAGRAM_FONT_SIZE;
}

/**
 * Geometry a component computes in a custom property of its own rather than
 * a step of a scale: a unitless number given its unit (`* 1px`), and sizes
 * relative to the container or the viewport (the flowchart's phase names
 * measure the chart's shown width in cqw).
 */
const GEOMETRY = /\*\s*1px\b|(?<![\w.#-])(?:\d+\.?\d*|\.\d+)(?:cq(?:w|h|i|b|min|max)|[dsl]?v(?:w|h|i|b|min|max))\b/gi;

/** The lengths a declaration writes where a token belongs; custom properties are tokens, so only tokens.css may give one a length. */
function literalLengths(file: string, property: string, value: string): string[] {
  if (property.startsWith('--') ? file === TOKENS : !SIZED.test(property)) return [];
  const written = property.startsWith('--') ? value.replace(GEOMETRY, '') : value;
  return (written.match(LENGTH) ?? []).filter((length) => !allowed(file, property, length));
}

test('no literal space, type size or line width outside the token definitions', () => {
  const found: string[] = [];
  for (const sheet of stylesheets()) {
    for (const [property, value, offset] of declarations(sheet.css)) {
      if (literalLengths(sheet.file, property, value).length > 0) found.push(`${at(sheet, offset)}: ${property}: ${value}`);
    }
  }
  assert.deepEqual(found, []);
});

test('the check finds lengths where tokens belong, and leaves geometry, zero and tokens alone', () => {
  const lengths = (css: string, file = 'components/Sample.astro') =>
    declarations(css).flatMap(([property, value]) => literalLengths(file, property, value).map((length) => `${property}: ${length}`));
  assert.deepEqual(
    lengths(
      'a { margin: 0 0 1.5rem; padding-block: 2px; gap: .25rem 1em; font-size: 14px; line-height: 20px; border: 1px solid var(--color-border); ' +
        'border-left-width: 4px; outline: 3px solid; outline-offset: -3px; stroke-width: 3px; text-decoration-thickness: 2px; font: 700 11pt/1.4 serif; ' +
        'scroll-margin-top: 1rem; padding: calc(var(--space) + 2px); --gap: 6px; --drawn: calc(var(--w) * 1px); --shown: min(var(--drawn), 100cqw); --pad: calc(var(--w) * 2px) }',
    ),
    [
      'margin: 1.5rem',
      'padding-block: 2px',
      'gap: .25rem',
      'gap: 1em',
      'font-size: 14px',
      'line-height: 20px',
      'border: 1px',
      'border-left-width: 4px',
      'outline: 3px',
      'outline-offset: -3px',
      'stroke-width: 3px',
      'text-decoration-thickness: 2px',
      'font: 11pt',
      'scroll-margin-top: 1rem',
      'padding: 2px',
      '--gap: 6px',
      '--pad: 2px',
    ],
  );
  assert.deepEqual(
    lengths(
      'a { margin: 0 auto; padding: 0px var(--space-xs); gap: 0; font-size: 100%; line-height: 1.45; border: var(--border-thin) solid #tan; ' +
        'outline-offset: calc(-1 * var(--border-thick)); width: 1px; height: 1.6rem; top: -10rem; text-underline-offset: 0.15em; ' +
        'border-radius: 0.6rem; border-spacing: 2px; grid-template-columns: 7.5rem 1fr; rx: 20px }',
    ),
    [],
  );
  assert.deepEqual(lengths('.visually-hidden { margin: -1px } .x { margin: 1px; padding: -1px }'), ['margin: 1px', 'padding: -1px']);
  assert.deepEqual(lengths(`svg { font-size: ${DIAGRAM_FONT_SIZE} }`, 'styles/flowchart.css'), []);
  assert.deepEqual(lengths(`svg { font-size: ${DIAGRAM_FONT_SIZE} }`), [`font-size: ${DIAGRAM_FONT_SIZE}`]);
  assert.deepEqual(lengths('.label { font-size: 28px }', 'styles/flowchart.css'), ['font-size: 28px']);
  assert.deepEqual(lengths(':root { --space: 1rem }', TOKENS), []);
});

test('a finding names the file, its line and the property', () => {
  const sheet = { file: 'components/Sample.astro', css: '\n  @layer components {\n    /* two\n       lines */\n    a { color: red;\n      padding: 2px }\n  }\n', line: 10 };
  const found = declarations(sheet.css).map(([property, value, offset]) => `${at(sheet, offset)}: ${property}: ${value}`);
  assert.deepEqual(found, ['components/Sample.astro:14: color: red', 'components/Sample.astro:15: padding: 2px']);
});

/** The top-level statements of a stylesheet, each cut at its first "{" or ";". */
function topLevel(css: string): string[] {
  const text = withoutComments(css);
  const statements: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      if (depth === 0) statements.push(text.slice(start, i).trim());
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) start = i + 1;
    } else if (char === ';' && depth === 0) {
      statements.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return statements.filter(Boolean);
}

test('every rule is in a cascade layer, and tokens.css declares their order first', () => {
  const outside: string[] = [];
  for (const { file, css } of stylesheets()) {
    if (WRAPPED_BY_BASE.has(file) || file.includes('style="')) continue;
    for (const statement of topLevel(css)) {
      if (!/^@(layer|import)\b/.test(statement)) outside.push(`${file}: ${statement}`);
    }
  }
  assert.deepEqual(outside, []);
  const tokens = readFileSync(join(SRC, TOKENS), 'utf8');
  assert.equal(topLevel(tokens)[0], '@layer tokens, base, layout, components, utilities');
});

/** Custom properties that code writes into the page: the build (style="--x:…") or a script (setProperty). */
function setByCode(): string[] {
  return filesUnder(SRC)
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/(--[\w-]+):\$\{|setProperty\(\s*'(--[\w-]+)'/g)].map((match) => (match[1] ?? match[2])!));
}

test('every custom property a stylesheet reads is defined somewhere (a renamed token leaves none behind)', () => {
  const sheets = stylesheets();
  const defined = new Set([...sheets.flatMap(({ css }) => [...withoutComments(css).matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]!)), ...setByCode()]);
  const undefinedUses = sheets.flatMap(({ file, css }) =>
    [...withoutComments(css).matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].filter((match) => !defined.has(match[1]!)).map((match) => `${file}: ${match[1]}`),
  );
  assert.deepEqual([...new Set(undefinedUses)], []);
});
