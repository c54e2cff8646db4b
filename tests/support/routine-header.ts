import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../../src/lib/checks/yaml.ts';
import type { VersionHeader } from '../../src/lib/revisions/history.ts';

/**
 * A routine's document header as the owner wrote it in
 * content/rutiner/<id>.mdx, read the way the build reads it (dates stay
 * the text written), so a test compares the page with the file and never
 * with a copy of its own.
 */
export function routineHeader(id: string): VersionHeader {
  const file = `content/rutiner/${id}.mdx`;
  const read = readFrontmatter(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
  if (!read.ok) throw new Error(`${file}: ${read.problem.message}`);
  return read.value as VersionHeader;
}
