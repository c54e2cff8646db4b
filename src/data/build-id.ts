import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build is made from (those of them a copy of the project has): the same files give the same id, a changed sentence or script another. */
const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];

let cached: string | undefined;

/**
 * A short id of this build's sources, written into every page, so that a
 * saved copy can tell, once the network is back, whether the page on the
 * server is still the same (src/scripts/offline-notice.ts).
 */
export function buildId(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  for (const source of SOURCES) if (existsSync(source)) add(source);
  cached = hash.digest('hex').slice(0, 12);
  return cached;
}
