import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { htmlToHast } from 'satteri';

/** Reading a built page as a tree, for the content tests that check a fixture's build. */
export interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties: Record<string, unknown>;
  children?: Node[];
}

export function parse(file: string): Node {
  return htmlToHast(readFileSync(file, 'utf8')) as unknown as Node;
}

export function all(node: Node, match: (node: Node) => boolean): Node[] {
  const found: Node[] = [];
  const walk = (current: Node) => {
    if (current.type === 'element' && match(current)) found.push(current);
    current.children?.forEach(walk);
  };
  node.children?.forEach(walk);
  return found;
}

export function one(node: Node, match: (node: Node) => boolean): Node {
  const [first, ...rest] = all(node, match);
  assert.ok(first, 'element not found');
  assert.equal(rest.length, 0, 'more than one element found');
  return first;
}

export function main(html: Node): Node {
  return one(html, (node) => node.tagName === 'main');
}

export function hasClass(node: Node, name: string): boolean {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.includes(name);
}

/** The text as a reader gets it, spaces folded; `skip` leaves out parts such as labels. */
export function text(node: Node, skip: (node: Node) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.type === 'text') parts.push(current.value ?? '');
    else if (current.type === 'element' && skip(current)) return;
    current.children?.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ');
}

/** The text of a whole element, without spaces at its ends. */
export function words(node: Node): string {
  return text(node).trim();
}
