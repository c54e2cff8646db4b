/**
 * What an MDX file in content/ may contain: an allow-list, read with the build's own parser (Sätteri), so a code span is text to both: docs/adr/0004-mdx-allow-list.md.
 */
import { posix } from 'node:path';
import { mdxToMdast, type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import type { Problem } from './problems.ts';

/** Checks a component's attributes; returns a Swedish problem, or null. */
export type ComponentRule = (attributes: Record<string, string>) => string | null;

export interface MdxRules {
  /** The file's path from the project root: "content/rutiner/nordost.mdx". */
  file: string;
  /** The entry the problems are reported under: "nordost". */
  entry: string;
  /** The site's components this collection's pages pass to the MDX, by name. */
  components: Record<string, ComponentRule>;
  /** Component files an `import` may name, from the project root: "src/components/ContactCard.astro". */
  importable: readonly string[];
}

export interface MdxLink {
  href: string;
  line: number | undefined;
}

export interface MdxReport {
  /** False when the text cannot be parsed at all: then nothing else in it was checked, and nothing should be compared with it. */
  readable: boolean;
  problems: Problem[];
  /** Every link the text makes, for the check that its target exists. */
  links: MdxLink[];
  /** Ids the text sets itself (`<h2 id="…">`), which links may point to. */
  ids: string[];
}

/** HTML elements that only structure and mark text. Anything else is refused. */
const TEXT_ELEMENTS = new Set(
  (
    'a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i ins kbd li ' +
    'mark ol p pre q s samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var'
  ).split(' '),
);

/** Attributes that only label or structure; any other is refused. URLs are checked separately. */
const TEXT_ATTRIBUTES = new Set(['id', 'class', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'open', 'start', 'reversed', 'type', 'datetime']);
const URL_ATTRIBUTES = new Set(['href', 'cite']);

/** Why the most likely mistakes are refused, in the owner's terms. */
const REFUSED_ELEMENTS: Record<string, string> = {
  script: '<script> kör kod i läsarens webbläsare och kan inte användas i innehållet.',
  iframe: '<iframe> visar en annan webbplats inuti sidan och kan inte användas i innehållet. Skriv en vanlig länk: [text](https://…).',
  style: '<style> ändrar webbplatsens utseende och kan inte användas i innehållet. Utseendet bestäms av webbplatsens stilmall.',
};

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

const HOW_TO_WRITE_TEXT = 'Skriv \\< eller \\{ om tecknet ska stå i texten.';

export function checkMdx(source: string, rules: MdxRules): MdxReport {
  const report: MdxReport = { readable: true, problems: [], links: [], ids: [] };
  const problem = (line: number | undefined, message: string) =>
    report.problems.push({ file: rules.file, line, entry: rules.entry, inText: true, message });

  let tree: MdastNode;
  try {
    tree = mdxToMdast(source);
  } catch (error) {
    const at = /^(\d+):(\d+)/.exec((error as Error).message);
    problem(
      at ? Number(at[1]) : undefined,
      `texten går inte att läsa${at ? ` (tecken ${at[2]} på raden)` : ''}. En tagg som <details> måste stängas med </details>, och en klammer { måste stängas med }. ${HOW_TO_WRITE_TEXT}`,
    );
    return { ...report, readable: false };
  }

  const imported = new Set<string>();
  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        for (const statement of esmStatements(node.value ?? '')) {
          const name = allowedImport(statement, rules);
          if (name) imported.add(name);
          else
            problem(
              line,
              `"${truncate(statement)}" kan inte användas: import och export kör kod när webbplatsen byggs. Innehållet får bara använda webbplatsens egna komponenter, som ${listComponents(rules)}.`,
            );
        }
        return false;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value ?? '')) {
          problem(line, `{${truncate(node.value ?? '')}} är kod och kan inte användas i innehållet. ${HOW_TO_WRITE_TEXT} En kommentar skrivs {/* … */}.`);
        }
        return false;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // Inside a refused element, one message is enough.
        return checkElement(node, line, rules, imported, report, problem);
      case 'link':
      case 'definition':
        checkUrl(node.url ?? '', line, problem);
        report.links.push({ href: node.url ?? '', line });
        return true;
      case 'image':
      case 'imageReference':
        problem(line, 'bilder kan inte läggas in i innehållet.');
        return false;
      case 'html':
        problem(line, `"${truncate(node.value ?? '')}" kan inte användas i innehållet.`);
        return false;
      case 'code':
      case 'inlineCode':
        // Shown as text, never run: nothing in a code span is a tag or code.
        return false;
      default:
        return true;
    }
  });
  return report;
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  line: number | undefined,
  rules: MdxRules,
  imported: ReadonlySet<string>,
  report: MdxReport,
  problem: (line: number | undefined, message: string) => void,
): boolean {
  const name = node.name;
  if (!name) {
    problem(line, 'en tom tagg <> kan inte användas i innehållet.');
    return false;
  }
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problem(line, `<${name}> har ett attribut skrivet som kod ({…}), och det kan inte användas i innehållet.`);
      continue;
    }
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      problem(line, `attributet ${attribute.name} på <${name}> är skrivet som kod ({…}). Skriv värdet inom citattecken: ${attribute.name}="…".`);
      continue;
    }
    attributes[attribute.name] = attribute.value ?? '';
  }

  const isComponent = /^[A-Z]/.test(name);
  if (isComponent) {
    if (imported.has(name)) return true;
    const rule = rules.components[name];
    if (!rule) {
      problem(line, `komponenten <${name}> finns inte. Innehållet kan använda ${listComponents(rules)}.`);
      return false;
    }
    const refused = rule(attributes);
    if (refused) problem(line, `<${name}>: ${refused}`);
    return true;
  }

  if (REFUSED_ELEMENTS[name]) {
    problem(line, REFUSED_ELEMENTS[name]!);
    return false;
  }
  if (!TEXT_ELEMENTS.has(name)) {
    problem(line, `<${name}> kan inte användas i innehållet. Skriv texten med Markdown: rubriker, stycken, listor och länkar.`);
    return false;
  }
  for (const [attribute, value] of Object.entries(attributes)) {
    const lower = attribute.toLowerCase();
    if (lower.startsWith('on')) {
      problem(line, `${attribute} på <${name}> kör kod i läsarens webbläsare och kan inte användas i innehållet.`);
    } else if (lower === 'style') {
      problem(line, `style på <${name}> kan inte användas i innehållet. Utseendet bestäms av webbplatsens stilmall.`);
    } else if (URL_ATTRIBUTES.has(lower)) {
      checkUrl(value, line, problem);
      if (name === 'a' && lower === 'href') {
        if (isSitePath(value)) {
          problem(line, `länken <a href="${value}"> till en sida på webbplatsen ska skrivas [text](${value}). Då fungerar den också när webbplatsen ligger under en annan adress.`);
        } else report.links.push({ href: value, line });
      }
    } else if (!TEXT_ATTRIBUTES.has(lower)) {
      problem(line, `attributet ${attribute} på <${name}> kan inte användas i innehållet.`);
    } else if (lower === 'id') {
      report.ids.push(value);
    }
  }
  return true;
}

/** `javascript:` and friends, also when written to slip past a plain comparison (`java&#115;cript:`, `JAVA SCRIPT:`). */
function checkUrl(url: string, line: number | undefined, problem: (line: number | undefined, message: string) => void) {
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normaliseUrl(url))?.[1];
  if (!scheme || SAFE_SCHEMES.has(scheme)) return;
  problem(
    line,
    scheme === 'javascript' || scheme === 'vbscript'
      ? `länken "${truncate(url)}" kör kod i läsarens webbläsare och kan inte användas i innehållet.`
      : `länkar som börjar med ${scheme}: kan inte användas i innehållet. Använd https:, mailto: eller tel:, eller en sida på webbplatsen (/…).`,
  );
}

/** What a browser makes of a URL's start: entities decoded, tabs, newlines and spaces gone, lower case. */
export function normaliseUrl(url: string): string {
  return url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(colon|tab|newline);/gi, (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()]!)
    .replace(/[\u0000-\u0020\u007f]/g, '')
    .toLowerCase();
}

/** A link to a page of this site, written from the site's root. */
export function isSitePath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/**
 * An import the site allows: one component of src/components, by a path
 * relative to the MDX file. Returns the name it is imported as.
 */
function allowedImport(statement: string, rules: MdxRules): string | null {
  const match = /^import\s+([A-Z][A-Za-z0-9]*)\s+from\s+(['"])([^'"]+)\2\s*;?$/.exec(statement.trim());
  if (!match) return null;
  const target = posix.normalize(posix.join(posix.dirname(rules.file), match[3]!));
  return rules.importable.includes(target) ? match[1]! : null;
}

/** The statements of an ESM block, one per line or `;`: an import spread over lines is refused, being unusual. */
function esmStatements(value: string): string[] {
  return value
    .split(/\n|;(?=\s*\S)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/** `{/* … *\/}` and nothing else: a block comment without a second one hiding code after it. */
function isComment(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

function listComponents(rules: MdxRules): string {
  const names = Object.keys(rules.components);
  return names.length ? names.map((name) => `<${name} … />`).join(', ') : 'inga komponenter';
}

function truncate(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)} …` : flat;
}

/** Depth first; `enter` returns false to skip a node's children. */
function visit(node: MdastNode, enter: (node: MdastNode) => boolean) {
  if (!enter(node)) return;
  if ('children' in node) for (const child of node.children) visit(child, enter);
}
