#!/usr/bin/env node
// `npm run build` (and `npm start`, and the builds of `npm test`): builds the
// site with Astro into a new folder and, only when the build succeeded,
// swaps the output path (OUT_DIR, ./dist unless set) over to it in one step
// (scripts/lib/build-swap.mjs). A server reading the output path meanwhile
// goes on serving the previous build, whole; a failed build leaves it in
// place. Arguments are passed on to `astro build`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newBuildFolder, swapIn } from './lib/build-swap.mjs';

const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const outDir = process.env.OUT_DIR ?? './dist';
const folder = newBuildFolder(outDir);

const result = spawnSync(process.execPath, [ASTRO, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: folder },
});
if (result.status !== 0) {
  rmSync(folder, { recursive: true, force: true });
  process.exit(result.status ?? 1);
}
swapIn(outDir, folder);
