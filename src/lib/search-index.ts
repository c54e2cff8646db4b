import { ELEMENT_NODE, parse, TEXT_NODE } from 'ultrahtml';
import { words } from './search.ts';

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
 * `data-pagefind-title` starts a section like a heading does. Unlike
 * Pagefind 1.6, every block element separates words, so a label and its
 * value ("Telefon" and "031-365 47 14", table cells) never run together.
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
  text: string[];
  meta: Record<string, string>;
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
  const sections: Section[] = [{ title: page, text: [], meta: {} }];
  const current = () => sections[sections.length - 1]!;

  const visit = (node: Node): void => {
    if (node.type === TEXT_NODE) {
      current().text.push(decodeEntities((node as { value: string }).value));
      return;
    }
    if (node.type !== ELEMENT_NODE) return;
    const element = node as Element;
    if (ignored(element) || LEFT_OUT.has(element.name)) return;
    const id = element.attributes.id;
    const explicitTitle = element.attributes['data-pagefind-title'];
    if (id && HEADING.test(element.name)) {
      sections.push({ id, title: textOf(element), text: [], meta: {} });
      addMeta(current(), element);
      return;
    }
    if (id && explicitTitle) sections.push({ id, title: decodeEntities(explicitTitle), text: [], meta: {} });
    addMeta(current(), element);
    // The page's own title, or a section's heading repeated inside it, is its title only.
    if (HEADING.test(element.name) && textOf(element) === current().title) return;
    const block = !INLINE.has(element.name);
    if (block) current().text.push(' ');
    for (const child of element.children) visit(child);
    if (block) {
      if (SENTENCE.has(element.name) && /[\p{L}\p{N})"'”]$/u.test(current().text.join('').trimEnd())) current().text.push('.');
      current().text.push(' ');
    }
  };
  for (const child of body.children) visit(child);

  return sections
    .map((section) => {
      const content = normalise(section.text.join(''));
      // Pagefind finds no record without text, so a heading alone is its own text.
      return { url: section.id ? `${url}#${section.id}` : url, title: section.title, page, content: content || section.title, meta: section.meta };
    })
    .filter((record) => record.content !== '');
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
