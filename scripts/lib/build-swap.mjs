// A build is never written into the folder being served. Each build goes
// into a new folder of its own, and the output path (dist, dist-undermapp …)
// is a symbolic link that is swapped over to it in one step (a rename,
// which is atomic), so a reader gets the old site or the new one, never a
// half-written page or a page of one build with the files of another.
//
//   dist -> .builds/dist/2026-12-08T10-15-00-000Z-4711
//
// The previous build's folder is kept until the next build, and the files
// with a hash in their name that it made itself (under _astro/ and
// pagefind/) are linked into the new build when it lacks them, so a page
// opened just before the swap still finds every file it names. Older
// folders are removed. docs/deploying.md describes the same on the intranet.
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** The folders whose files are named by a hash of their content: never overwritten, safe to keep. */
export const HASHED_FOLDERS = ['_astro', 'pagefind'];

/** The folder that holds the builds of an output path: `dist` → `.builds/dist/`. */
export function buildsFolder(outDir) {
  const output = resolve(outDir);
  return join(dirname(output), '.builds', basename(output));
}

/** A new, empty folder for the next build of `outDir`. */
export function newBuildFolder(outDir) {
  const builds = buildsFolder(outDir);
  mkdirSync(builds, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const folder = join(builds, `${stamp}-${process.pid}`);
  mkdirSync(folder);
  return folder;
}

/**
 * Makes `outDir` point at the finished build in `folder`, in one step.
 * The build it pointed at before is kept, and lends the new one the hashed
 * files it lacks; every older build is removed. An `outDir` that is still a
 * plain folder (from before builds were swapped) becomes the previous
 * build.
 *
 * @param {string} outDir
 * @param {string} folder
 * @returns {{ previous: string | null }}
 */
export function swapIn(outDir, folder) {
  const output = resolve(outDir);
  const builds = buildsFolder(output);
  const next = resolve(folder);
  writeFileSync(ownListPath(next), hashedFiles(next).join('\n'));

  let previous = null;
  const existing = lstatSync(output, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) {
    previous = existsSync(output) ? realpathSync(output) : null;
  } else if (existing?.isDirectory()) {
    // Once, the first time: moved aside, so the link can take its place.
    previous = join(builds, `${basename(next)}-previous`);
    renameSync(output, previous);
  } else if (existing) {
    throw new Error(`${output} is neither a folder nor a link to a build`);
  }
  if (previous) lendHashedFiles(previous, next);

  const link = `${output}.${process.pid}.ny`;
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(output), next), link, 'dir');
  renameSync(link, output);

  for (const name of readdirSync(builds)) {
    const path = join(builds, name);
    const folderOf = name.endsWith('.own') ? path.slice(0, -'.own'.length) : path;
    if (folderOf !== next && folderOf !== previous) rmSync(path, { recursive: true, force: true });
  }
  return { previous };
}

/**
 * Links into `next` each hashed file that `previous` made itself and `next`
 * lacks. Only its own: a file it was lent is not passed on, so the folders
 * do not grow from build to build.
 */
function lendHashedFiles(previous, next) {
  const listed = existsSync(ownListPath(previous)) ? readFileSync(ownListPath(previous), 'utf8').split('\n').filter(Boolean) : hashedFiles(previous);
  for (const file of listed) {
    const from = join(previous, file);
    const to = join(next, file);
    if (existsSync(to) || !existsSync(from)) continue;
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

/** The files under the hashed folders of a build, relative to it. */
export function hashedFiles(folder) {
  return HASHED_FOLDERS.flatMap((name) => filesUnder(join(folder, name))).map((path) => relative(folder, path).split(sep).join('/'));
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : [],
  );
}

/** Beside the build's folder, not in it: nothing of it is served. */
function ownListPath(folder) {
  return `${folder}.own`;
}
