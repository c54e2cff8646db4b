/**
 * What changed between two versions of a routine, section by section and
 * word by word, computed when the site is built (jsdiff). The result is
 * plain data; the comparison page only renders it, and no diff code
 * reaches the reader's browser.
 */
import { diffArrays, diffWords } from 'diff';
import type { HeaderRow } from '../document-header.ts';
import { ownSections, plainText } from '../process/source-text.ts';

/** A paragraph or a list item of a section, as plain text. */
export interface Block {
  kind: 'p' | 'li';
  text: string;
}

export interface Part {
  change: 'same' | 'removed' | 'added';
  text: string;
}

export interface BlockChange {
  kind: 'p' | 'li';
  parts: Part[];
}

export type SectionStatus = 'changed' | 'added' | 'removed';

export interface SectionChange {
  /** The heading's anchor on the routine page; "" for the text before the first heading. */
  id: string;
  heading: string;
  status: SectionStatus;
  /** The whole section, with the removed and added words marked. */
  blocks: BlockChange[];
}

export interface HeaderChange {
  term: string;
  before: string[];
  after: string[];
}

/**
 * The sections of `after` that differ from `before`, in the order of
 * `after`, with sections that were removed placed where they stood.
 * Sections are matched by their anchor, so a renamed heading is one
 * section removed and one added.
 */
export function compareTexts(before: string, after: string): SectionChange[] {
  const old = sectionBlocks(before);
  const now = sectionBlocks(after);
  const oldById = new Map(old.map((section) => [section.id, section]));
  const nowIds = new Set(now.map((section) => section.id));
  const changes: SectionChange[] = [];
  let next = 0;
  /** Reports the sections of `before` up to `id` (or to the end) that `after` no longer has. */
  const removedUpTo = (id?: string) => {
    const stop = id === undefined ? old.length : old.findIndex((section, i) => i >= next && section.id === id);
    if (stop === -1) return;
    for (; next < stop; next++) {
      const section = old[next]!;
      if (!nowIds.has(section.id)) changes.push({ id: section.id, heading: section.heading, status: 'removed', blocks: section.blocks.map((block) => whole(block, 'removed')) });
    }
    next = Math.min(stop + 1, old.length);
  };
  for (const section of now) {
    const previous = oldById.get(section.id);
    if (!previous) {
      changes.push({ id: section.id, heading: section.heading, status: 'added', blocks: section.blocks.map((block) => whole(block, 'added')) });
      continue;
    }
    removedUpTo(section.id);
    if (!sameBlocks(previous.blocks, section.blocks)) {
      changes.push({ id: section.id, heading: section.heading, status: 'changed', blocks: compareBlocks(previous.blocks, section.blocks) });
    }
  }
  removedUpTo();
  return changes;
}

/** Header fields whose values differ, by the labels the documents use. */
export function compareHeaders(before: HeaderRow[], after: HeaderRow[]): HeaderChange[] {
  const terms = [...new Set([...after, ...before].map((row) => row.term))];
  return terms
    .map((term) => ({
      term,
      before: before.find((row) => row.term === term)?.values ?? [],
      after: after.find((row) => row.term === term)?.values ?? [],
    }))
    .filter((change) => change.before.join('\n') !== change.after.join('\n'));
}

interface SectionBlocks {
  id: string;
  heading: string;
  blocks: Block[];
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** Each section's paragraphs and list items as plain text; comments and components, which show no words of the routine, left out. */
export function sectionBlocks(markdown: string): SectionBlocks[] {
  const withoutComments = markdown.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  return ownSections(withoutComments).map(({ id, heading, lines }) => {
    const blocks: Block[] = [];
    let current: { kind: Block['kind']; lines: string[] } | undefined;
    const close = () => {
      const text = current && plainText(current.lines.join('\n'));
      if (current && text) blocks.push({ kind: current.kind, text });
      current = undefined;
    };
    for (const line of lines) {
      if (!line.trim()) close();
      else if (LIST_ITEM.test(line)) {
        close();
        current = { kind: 'li', lines: [line] };
      } else if (current) current.lines.push(line);
      else current = { kind: 'p', lines: [line] };
    }
    close();
    return { id, heading: heading || 'Text före första rubriken', blocks };
  });
}

function sameBlocks(a: Block[], b: Block[]): boolean {
  return a.length === b.length && a.every((block, i) => block.text === b[i]!.text && block.kind === b[i]!.kind);
}

function whole(block: Block, change: Part['change']): BlockChange {
  return { kind: block.kind, parts: [{ change, text: block.text }] };
}

/**
 * Blocks matched first as whole texts; a run of removed blocks followed by
 * a run of added ones is taken as those blocks rewritten, and compared
 * word by word, pair by pair.
 */
function compareBlocks(before: Block[], after: Block[]): BlockChange[] {
  const result: BlockChange[] = [];
  const runs = diffArrays(before, after, { comparator: (a, b) => a.text === b.text && a.kind === b.kind });
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (!run.added && !run.removed) {
      result.push(...run.value.map((block) => whole(block, 'same')));
    } else if (run.removed && runs[i + 1]?.added) {
      const added = runs[i + 1]!.value;
      const pairs = Math.min(run.value.length, added.length);
      for (let j = 0; j < pairs; j++) result.push({ kind: added[j]!.kind, parts: compareWords(run.value[j]!.text, added[j]!.text) });
      result.push(...run.value.slice(pairs).map((block) => whole(block, 'removed')));
      result.push(...added.slice(pairs).map((block) => whole(block, 'added')));
      i++;
    } else {
      result.push(...run.value.map((block) => whole(block, run.added ? 'added' : 'removed')));
    }
  }
  return result;
}

function compareWords(before: string, after: string): Part[] {
  return diffWords(before, after).map((change) => ({
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
