import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The design system's two rules, over every stylesheet and component in
 * src/: a colour is written as a value only where a token is defined
 * (src/styles/tokens.css), and every rule sits in a cascade layer.
 */
const SRC = new URL('../', import.meta.url).pathname;
const TOKENS = 'styles/tokens.css';
/** Written into pages by Base.astro inside @layer components (src/lib/css.ts). */
const WRAPPED_BY_BASE = new Set(['components/SiteHeader.unfolded.css']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

interface Stylesheet {
  file: string;
  css: string;
}

/** Every piece of CSS in src/: the .css files, and each .astro file's <style> blocks and style attributes. */
function stylesheets(): Stylesheet[] {
  return files(SRC).flatMap((path): Stylesheet[] => {
    const file = relative(SRC, path);
    const text = readFileSync(path, 'utf8');
    if (file.endsWith('.css')) return [{ file, css: text }];
    if (!file.endsWith('.astro')) return [];
    const blocks = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({ file, css: match[1]! }));
    const attributes = [...text.matchAll(/\sstyle=(?:"([^"]*)"|\{`([^`]*)`\})/g)].map((match) => ({ file: `${file} (style="…")`, css: match[1] ?? match[2]! }));
    return [...blocks, ...attributes];
  });
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The CSS named colours, and the functions that make a colour. */
const NAMED =
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'.split(' ');
// A name followed by "(" is a function, not a colour: tan() is trigonometry.
const LITERAL = new RegExp(`#[0-9a-f]{3,8}\\b|\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\\(|(?<![\\w-])(?:${NAMED.join('|')})(?![\\w(-])`, 'gi');

/** Declarations as [property, value]; selectors and at-rules' preludes are not values. */
function declarations(css: string): Array<[string, string]> {
  return [...withoutComments(css).matchAll(/(?:^|[{;])\s*(--[\w-]+|[a-z-]+)\s*:\s*([^;{}]*)(?=[;}])/g)].map((match) => [match[1]!, match[2]!.trim()]);
}

test('no colour literal outside the token definitions', () => {
  const found: string[] = [];
  for (const { file, css } of stylesheets()) {
    for (const [property, value] of declarations(css)) {
      const literals = value.match(LITERAL);
      if (!literals) continue;
      // tokens.css defines the colour tokens; nothing else may name a colour.
      if (file === TOKENS && property.startsWith('--color-')) continue;
      found.push(`${file}: ${property}: ${value}`);
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
  return files(SRC)
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
