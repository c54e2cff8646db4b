export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Sections (h2) with their sub-sections (h3) as a tree for a nested list.
 * Deeper headings are left out: the list is for finding a section, not
 * for reading. An h3 before any h2 stands on its own at the top level.
 */
export function tocTree(headings: Heading[]): TocEntry[] {
  const tree: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) tree.push({ slug, text, children: [] });
    else if (depth === 3) (tree.at(-1)?.children ?? tree).push({ slug, text, children: [] });
  }
  return tree;
}
