import { createSlugger } from '../slug.ts';

/** A routine's text as the pipeline reads it: its id (the file name) and its MDX body below the header. */
export interface RoutineText {
  id: string;
  body: string;
}

/**
 * Reading a routine's MDX as plain text, to check that a quote in the
 * process model stands word for word in the section it names. Markdown
 * marks, links and tags are dropped and whitespace is folded, so only the
 * words count.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*#{1,6}\s+/gm, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\*+|_{2,}/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Section {
  /** The heading's id on the page, made the same way the site makes it. */
  id: string;
  heading: string;
  depth: number;
  /** The section's own text and its sub-sections', as plain text. */
  text: string;
  /** The section's own text only, up to its first sub-section. */
  ownText: string;
}

/** The Markdown sections of a routine, with the ids their headings get on the page. */
export function sections(markdown: string): Section[] {
  const lines = markdown.split('\n');
  const headings = headingsOf(lines);
  return headings.map((heading, i) => {
    const end = headings.slice(i + 1).find((next) => next.depth <= heading.depth)?.index ?? lines.length;
    return {
      id: heading.id,
      heading: heading.heading,
      depth: heading.depth,
      text: plainText(lines.slice(heading.index + 1, end).join('\n')),
      ownText: plainText(lines.slice(heading.index + 1, headings[i + 1]?.index ?? lines.length).join('\n')),
    };
  });
}

export interface OwnSection {
  /** The heading's id; "" for the text before the first heading. */
  id: string;
  heading: string;
  depth: number;
  /** The section's own Markdown lines, up to the next heading of any depth. */
  lines: string[];
}

/**
 * The routine cut at every heading, each part without its sub-sections,
 * for comparing two versions section by section. The text before the
 * first heading, if any, comes first with the id "".
 */
export function ownSections(markdown: string): OwnSection[] {
  const lines = markdown.split('\n');
  const headings = headingsOf(lines);
  const parts: OwnSection[] = [];
  const preamble = lines.slice(0, headings[0]?.index ?? lines.length);
  if (preamble.some((line) => line.trim())) parts.push({ id: '', heading: '', depth: 1, lines: preamble });
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.index ?? lines.length;
    parts.push({ id: heading.id, heading: heading.heading, depth: heading.depth, lines: lines.slice(heading.index + 1, end) });
  });
  return parts;
}

/** Markdown headings (`## …`) with the ids the site gives them, in order. */
function headingsOf(lines: string[]) {
  const slug = createSlugger();
  return lines
    .map((line, index) => ({ match: /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line), index }))
    .filter((entry): entry is { match: RegExpExecArray; index: number } => entry.match !== null)
    .map(({ match, index }) => {
      const heading = plainText(match[2]!);
      return { depth: match[1]!.length, heading, id: slug(heading), index };
    });
}
