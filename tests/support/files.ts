import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file below `dir`, as paths starting with `dir`, kept by `keep`
 * (its name): the one recursive listing the tests share (built pages,
 * served scripts, stylesheets, source files). Folders named in `skip` are
 * not entered.
 */
export function filesUnder(dir: string, keep: (name: string) => boolean = () => true, skip: string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : filesUnder(path, keep, skip);
    return keep(entry.name) ? [path] : [];
  });
}
