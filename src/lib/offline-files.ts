/**
 * Which files of a build the service worker saves when it is installed
 * (src/integrations/offline.ts): everything a reader may open offline, and
 * not the megabytes no page needs until the reader asks for them.
 *
 * - every page (not the 404 page: offline, "Sidan finns inte" would be untrue);
 * - every stylesheet under _astro/;
 * - the scripts the pages load, and what those import; a script loaded on
 *   demand (`import(…)`) only where it is one of the site's own
 *   (src/elements/: the guide, the flowchart's drawing), not a library
 *   loaded on demand (Mermaid's 5 MB, for the flowchart drawn in the
 *   browser: the worker keeps it once it has been used);
 * - Pagefind's search and index, except its own user interfaces (the site
 *   has its own) and the WebAssembly of languages the index does not have;
 * - the icons at the site's root.
 */

/** Paths relative to the build's folder, with "/" between folders. */
export function filesToKeep(files: readonly string[], read: (path: string) => string, ownScripts: readonly string[]): string[] {
  const present = new Set(files);
  const keep = new Set<string>();
  const scripts: string[] = [];
  for (const file of files) {
    if (file.endsWith('.html') && file !== '404.html') {
      keep.add(file);
      for (const [, src] of read(file).matchAll(/<script[^>]*\ssrc="[^"]*?\/(_astro\/[^"/]+\.js)"/g)) scripts.push(src!);
    } else if (/^_astro\/[^/]+\.css$/.test(file) || /^[^/]+\.(svg|png|ico)$/.test(file)) keep.add(file);
  }
  const own = new Set(ownScripts);
  while (scripts.length > 0) {
    const script = scripts.pop()!;
    if (keep.has(script) || !present.has(script)) continue;
    keep.add(script);
    const text = read(script);
    for (const [, name] of text.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) scripts.push(`_astro/${name}`);
    for (const [, name] of text.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) {
      if (own.has(name!.split('.')[0]!)) scripts.push(`_astro/${name}`);
    }
  }
  const languages = pagefindLanguages(files, read);
  for (const file of files) {
    if (!file.startsWith('pagefind/')) continue;
    const name = file.slice('pagefind/'.length);
    const wasm = /^wasm\.(.+)\.pagefind$/.exec(name);
    if (/-ui\.|highlight/.test(name) || (wasm && !languages.has(wasm[1]!))) continue;
    keep.add(file);
  }
  return files.filter((file) => keep.has(file));
}

/** The WebAssembly builds the index uses (pagefind-entry.json names them). */
function pagefindLanguages(files: readonly string[], read: (path: string) => string): Set<string> {
  if (!files.includes('pagefind/pagefind-entry.json')) return new Set();
  const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages?: Record<string, { wasm?: string }> };
  return new Set(Object.values(entry.languages ?? {}).flatMap((language) => (language.wasm ? [language.wasm] : [])));
}

/** A saved page's address below the base: "rutiner/nordost/index.html" → "rutiner/nordost/", as readers open it. */
export function pageUrl(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}
