import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { Problem } from './problems.ts';

export type Read = { ok: true; value: unknown } | { ok: false; problem: Problem };

const HOW_TO_FIX = 'Kontrollera indragen (mellanslag, inte tabb) och att varje fält har kolon och mellanslag efter namnet.';

/**
 * YAML as the document owner wrote it. Core schema only: a date stays the
 * text it was written as (the default schema turns 2023-02-30 into a Date
 * of 2023-03-02), so the content's schema can check it as written.
 * `firstLine` is where the YAML starts in the file, for frontmatter.
 */
export function readYaml(text: string, file: string, firstLine = 1): Read {
  try {
    return { ok: true, value: load(text, { filename: file, schema: CORE_SCHEMA }) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? error.mark.line + firstLine : undefined;
    return { ok: false, problem: { file, line, message: `filen går inte att läsa. ${HOW_TO_FIX}` } };
  }
}

/** The same test Astro's MDX loader makes for frontmatter: `---` lines at the top. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/**
 * The frontmatter of an MDX file, read as readYaml reads it; an empty
 * object when the file has none.
 */
export function readFrontmatter(source: string, file: string): Read {
  const match = FRONTMATTER.exec(source);
  if (!match) return { ok: true, value: {} };
  const firstLine = source.slice(0, match.index).split('\n').length + 1;
  const read = readYaml(match[1]!, file, firstLine);
  if (read.ok && (typeof read.value !== 'object' || read.value === null)) return { ok: true, value: {} };
  if (!read.ok) read.problem.message = `dokumentuppgifterna överst i filen (mellan raderna med ---) går inte att läsa. ${HOW_TO_FIX}`;
  return read;
}
