/**
 * A routine's page text, block by block, read from its MDX with the parser
 * the build compiles it with (Sätteri): each heading, paragraph and list
 * item, in the order the page shows them, with the section it stands in.
 * The check against the decided document compares these words; the review
 * of steps keeps track of the paragraphs a step quotes.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { createSlugger } from '../slug.ts';
import { normaliseText } from './words.ts';

export interface Block {
  kind: 'heading' | 'text' | 'component';
  /** The plain words, Markdown marks dropped ("" for a component). */
  text: string;
  /** The id of the Markdown section it stands in (a heading's own id for a heading); "" before the first. */
  section: string;
  /** The section's heading as the page shows it. */
  sectionHeading: string;
  /** A heading's depth: 2 for "## …" and <h2>. */
  depth?: number | undefined;
  /** The block's first line in the source given (1-based), where known. */
  line?: number | undefined;
  /** Inside <details class="mall">: the document template's text, not the routine's own. */
  template: boolean;
  /** For a component, its name and attributes: <Kontaktuppgifter enhet="…" /> is drawn from the contact data. */
  component?: { name: string; attributes: Record<string, string> };
}

/** The blocks of an MDX text (with or without its frontmatter); [] when it cannot be read (the MDX check reports why). */
export function routineBlocks(source: string): Block[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source);
  } catch {
    return [];
  }
  const blocks: Block[] = [];
  const slug = createSlugger();
  let section = { id: '', heading: '' };
  const walk = (node: MdastNode, template: boolean) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'yaml':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return;
      case 'heading': {
        const text = inlineText(node);
        // Only Markdown headings make sections, as the site's table of contents and anchors do.
        section = { id: slug(text), heading: text };
        blocks.push({ kind: 'heading', text, section: section.id, sectionHeading: section.heading, template, line, depth: node.depth });
        return;
      }
      case 'paragraph':
        push(inlineText(node), template, line);
        return;
      case 'mdxJsxFlowElement': {
        const attributes = attributesOf(node);
        const name = node.name ?? '';
        if (/^[A-Z]/.test(name)) {
          blocks.push({ kind: 'component', text: '', section: section.id, sectionHeading: section.heading, template, line, component: { name, attributes } });
          return;
        }
        const inTemplate = template || (name === 'details' && (attributes.class ?? '').split(/\s+/).includes('mall'));
        // An element holding only text (<summary>, <h2>) is one block; one holding blocks is walked.
        if (node.children.every((child) => isPhrasing(child))) {
          const level = /^h([1-6])$/.exec(name)?.[1];
          push(inlineText(node), inTemplate, line, level ? 'heading' : 'text', level ? Number(level) : undefined);
        }
        else for (const child of node.children) walk(child as MdastNode, inTemplate);
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) walk(child as MdastNode, template);
    }
  };
  const push = (text: string, template: boolean, line: number | undefined, kind: Block['kind'] = 'text', depth?: number) => {
    if (text) blocks.push({ kind, text, section: section.id, sectionHeading: section.heading, template, line, depth });
  };
  walk(tree, false);
  return blocks;
}

/** The words of inline content as the page shows them. */
function inlineText(node: MdastNode): string {
  const parts: string[] = [];
  const collect = (child: MdastNode) => {
    switch (child.type) {
      case 'text':
      case 'inlineCode':
        parts.push(child.value);
        return;
      case 'break':
        parts.push(' ');
        return;
      case 'mdxTextExpression':
      case 'html':
      case 'image':
      case 'imageReference':
        return;
      default:
        if ('children' in child) for (const grandchild of child.children) collect(grandchild as MdastNode);
    }
  };
  collect(node);
  return normaliseText(parts.join(''));
}

const PHRASING = new Set(['text', 'inlineCode', 'break', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxTextExpression', 'mdxJsxTextElement', 'html']);

function isPhrasing(node: { type: string }): boolean {
  return PHRASING.has(node.type);
}

function attributesOf(node: { attributes: ReadonlyArray<{ type: string; name?: string; value?: unknown }> }): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
  }
  return attributes;
}
