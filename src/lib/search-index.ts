import { ELEMENT_NODE, parse, TEXT_NODE } from 'ultrahtml';
import { REPEATED_TITLE_META, words } from './search.ts';

/**
 * What the search index holds: one record per section of a page (the text
 * under a heading with an id, up to the next one), so a hit links to the
 * section that matched, shows that section's heading, and a result's data
 * (Pagefind's "fragment") is one section, not a whole page.
 *
 * The rules follow Pagefind's own reading of HTML, so the usual attributes
 * keep their meaning: only `[data-pagefind-body]` is read,
 * `[data-pagefind-ignore]` leaves an element out (repeated text: step
 * quotes, contact cards shown again), and an element with an `id` and
 * `data-pagefind-title` starts a section like a heading does, and
 * `data-pagefind-weight` weighs the text inside an element (0–10, default
 * 1): the flowchart's list and the role pages repeat the routines, so they
 * weigh below the routine's own text. Unlike Pagefind 1.6, every block
 * element separates words, so a label and its value ("Telefon" and
 * "031-123 45 67", table cells) never run together.
 */
export interface SearchRecord {
  /** The page's URL, with `#id` for a section under a heading. */
  url: string;
  /** The section's heading; the page's title for text above the first heading. */
  title: string;
  /** The page's title (its h1). */
  page: string;
  /** The section's text, without its heading. */
  content: string;
  /** Metadata the section's HTML sets with `data-pagefind-meta` ("term", "term:SIG"). */
  meta: Record<string, string>;
  /** The weight where the section starts, its heading's (`data-pagefind-weight`; 1 by default). */
  weight: number;
  /** The section's text in runs of one weight each, in order; together they are `content`. */
  runs: WeightedText[];
}

export interface WeightedText {
  text: string;
  weight: number;
}

/** Elements whose text is not content (Pagefind leaves out the same, and controls). */
const LEFT_OUT = new Set(['head', 'style', 'script', 'noscript', 'template', 'iframe', 'svg', 'nav', 'footer', 'form', 'label', 'button', 'select', 'textarea']);
/** Elements inside a line of text; every other element separates words. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
/** Blocks that end a sentence in an excerpt when their text does not. */
const SENTENCE = new Set(['p', 'li', 'dd', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'summary']);
const HEADING = /^h[1-6]$/;

interface Element {
  type: number;
  name: string;
  attributes: Record<string, string>;
  children: Node[];
}
type Node = Element | { type: number; value: string };

interface Section {
  id?: string;
  title: string;
  text: WeightedText[];
  meta: Record<string, string>;
  weight: number;
}

/**
 * The records of one built page, `url` being its address below the site
 * root (e.g. "/rutiner/nordost/"). A page without `[data-pagefind-body]`
 * gives none. A heading with no text of its own (its text is in
 * sub-sections, or left out) is still a record: its title finds it.
 */
export function pageRecords(html: string, url: string): SearchRecord[] {
  const body = findElement(parse(html) as Node, (element) => 'data-pagefind-body' in element.attributes);
  if (!body) return [];
  const h1 = findElement(body, (element) => element.name === 'h1' && !ignored(element));
  const page = h1 ? textOf(h1) : '';
  const bodyWeight = weightOf(body, 1);
  const h1Weight = h1 ? weightAt(body, h1, bodyWeight) : bodyWeight;
  const sections: Section[] = [{ title: page, text: [], meta: {}, weight: h1Weight }];
  const current = () => sections[sections.length - 1]!;
  const plain = (section: Section) => section.text.map((part) => part.text).join('');

  const visit = (node: Node, weight: number): void => {
    if (node.type === TEXT_NODE) {
      current().text.push({ text: decodeEntities((node as { value: string }).value), weight });
      return;
    }
    if (node.type !== ELEMENT_NODE) return;
    const element = node as Element;
    if (ignored(element) || LEFT_OUT.has(element.name)) return;
    const own = weightOf(element, weight);
    const id = element.attributes.id;
    const explicitTitle = element.attributes['data-pagefind-title'];
    if (id && HEADING.test(element.name)) {
      sections.push({ id, title: textOf(element), text: [], meta: {}, weight: own });
      addMeta(current(), element);
      return;
    }
    if (id && explicitTitle) sections.push({ id, title: decodeEntities(explicitTitle), text: [], meta: {}, weight: own });
    addMeta(current(), element);
    // The page's own title, or a section's heading repeated inside it, is its title only.
    if (HEADING.test(element.name) && textOf(element) === current().title) return;
    const block = !INLINE.has(element.name);
    if (block) current().text.push({ text: ' ', weight: own });
    for (const child of element.children) visit(child, own);
    if (block) {
      if (SENTENCE.has(element.name) && /[\p{L}\p{N})"'”]$/u.test(plain(current()).trimEnd())) current().text.push({ text: '.', weight: own });
      current().text.push({ text: ' ', weight: own });
    }
  };
  for (const child of body.children) visit(child, bodyWeight);

  return sections
    .map((section) => {
      const content = normalise(plain(section));
      // Pagefind finds no record without text, so a heading alone is its own text.
      const runs = content ? weightedRuns(section.text) : [{ text: section.title, weight: section.weight }];
      return { url: section.id ? `${url}#${section.id}` : url, title: section.title, page, content: content || section.title, meta: section.meta, weight: section.weight, runs };
    })
    .filter((record) => record.content !== '');
}

/** Consecutive parts of one weight joined, each run normalised like `content`, empty runs left out. */
function weightedRuns(parts: WeightedText[]): WeightedText[] {
  const runs: WeightedText[] = [];
  for (const part of parts) {
    const last = runs.at(-1);
    // Spaces and the full stops added between blocks carry no weight of their own.
    if (last && (last.weight === part.weight || !/[\p{L}\p{N}]/u.test(part.text))) last.text += part.text;
    else runs.push({ ...part });
  }
  return runs.map((run) => ({ text: normalise(run.text), weight: run.weight })).filter((run) => run.text !== '' && /[\p{L}\p{N}]/u.test(run.text));
}

/** An element's `data-pagefind-weight` (0–10, as Pagefind reads it), or the weight it inherits. */
function weightOf(element: Element, inherited: number): number {
  const value = element.attributes['data-pagefind-weight'];
  if (value === undefined) return inherited;
  const weight = Number(value);
  return Number.isFinite(weight) ? Math.min(10, Math.max(0, weight)) : inherited;
}

/** The weight in effect at `target`, found below `root`. */
function weightAt(root: Element, target: Element, inherited: number): number {
  if (root === target) return inherited;
  for (const child of root.children ?? []) {
    if (child.type !== ELEMENT_NODE) continue;
    const element = child as Element;
    if (element === target) return weightOf(element, inherited);
    const found = weightAt(element, target, weightOf(element, inherited));
    if (found !== -1) return found;
  }
  return -1;
}

/**
 * The site's words, from the records' titles and text: letters only, the
 * most frequent first, one entry per word whatever its case, written in
 * lower case where the site ever writes it so ("sig" as well as "SIG"),
 * else as the site does ("Treserva"). Hyphenated words also give their
 * parts and the joined whole, as Pagefind indexes them.
 */
export function siteWords(records: SearchRecord[]): string[] {
  const counts = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const record of records) {
    for (const word of words(`${record.title} ${record.content}`)) {
      const key = word.toLocaleLowerCase('sv');
      const entry = counts.get(key) ?? { count: 0, forms: new Map<string, number>() };
      entry.count += 1;
      entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  return [...counts]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0], 'sv'))
    .map(([key, { forms }]) => (forms.has(key) ? key : [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'))[0]![0]));
}

/**
 * `data-pagefind-meta="key"` (the element's text) or `"key:value"`, as in
 * Pagefind, but for the section the element is in rather than the page.
 */
function addMeta(section: Section, element: Element): void {
  const spec = element.attributes['data-pagefind-meta'];
  if (!spec) return;
  for (const entry of decodeEntities(spec).split(',')) {
    const colon = entry.indexOf(':');
    const key = (colon === -1 ? entry : entry.slice(0, colon)).trim();
    if (key) section.meta[key] = colon === -1 ? textOf(element) : entry.slice(colon + 1).trim();
  }
}

function ignored(element: Element): boolean {
  return 'data-pagefind-ignore' in element.attributes;
}

function findElement(node: Node, test: (element: Element) => boolean): Element | undefined {
  if (node.type === ELEMENT_NODE || node.type === 0) {
    const element = node as Element;
    if (node.type === ELEMENT_NODE && test(element)) return element;
    for (const child of element.children ?? []) {
      const found = findElement(child, test);
      if (found) return found;
    }
  }
  return undefined;
}

/** An element's text, all of it, words separated at block boundaries. */
function textOf(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.type === TEXT_NODE) parts.push(decodeEntities((node as { value: string }).value));
    else if (node.type === ELEMENT_NODE) {
      const child = node as Element;
      if (ignored(child) || LEFT_OUT.has(child.name)) return;
      const block = !INLINE.has(child.name);
      if (block) parts.push(' ');
      child.children.forEach(visit);
      if (block) parts.push(' ');
    }
  };
  element.children.forEach(visit);
  return normalise(parts.join(''));
}

function normalise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)])/g, '$1')
    .replace(/\.{2,}/g, '.')
    .trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return NAMED[name.toLowerCase()] ?? entity;
  });
}


/**
 * A record as a small HTML document for Pagefind's `addHTMLFile`, so that
 * Pagefind weighs its runs (`data-pagefind-weight`): Pagefind 1.6's custom
 * records carry no weight. The heading, the metadata and the page's title
 * (the `sida` filter) sit outside the indexed body, as elements whose text
 * is the value, so no character in a title can break an attribute.
 */
export function recordHtml(record: SearchRecord): string {
  const repeated = record.weight < 1;
  // A heading is weighed as a title (`title`), unless its section repeats another page's text.
  const meta = { ...record.meta, [repeated ? REPEATED_TITLE_META : 'title']: record.title };
  const metaElements = Object.entries(meta).map(([key, value]) => `<span data-pagefind-meta="${escapeHtml(key)}">${escapeHtml(value)}</span>`);
  const runs = record.runs.map((run) => (run.weight === 1 ? `<p>${escapeHtml(run.text)}</p>` : `<p data-pagefind-weight="${run.weight}">${escapeHtml(run.text)}</p>`));
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body>${metaElements.join('')}<span data-pagefind-filter="sida">${escapeHtml(record.page)}</span><main data-pagefind-body>${runs.join(' ')}</main></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
