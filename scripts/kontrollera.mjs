#!/usr/bin/env node
// `npm run kontrollera`: reads and checks everything in content/ as the
// build does (the same content pipeline, src/content-pipeline/), in a
// second or two and without building, and prints only the document
// owner's messages, in Swedish. Exits 1 when there is a mistake.
import { loadContent } from '../src/content-pipeline/index.ts';

const started = performance.now();
const { errors, nextSteps, warnings } = loadContent({ root: process.cwd() });
const elapsed = (performance.now() - started) / 1000;
const seconds = elapsed < 1 ? 'under en sekund' : `${elapsed.toFixed(1).replace('.', ',')} s`;

for (const warning of warnings) console.log(`Obs: ${warning}\n`);
for (const error of errors) console.log(`Fel: ${error}\n`);
for (const step of nextSteps) console.log(`${step}\n`);
if (errors.length === 0) {
  console.log(`Inga fel i content/ (kontrollen tog ${seconds}). Du kan bygga webbplatsen.`);
} else {
  console.log(`${errors.length} fel i content/ (kontrollen tog ${seconds}). Rätta ${errors.length === 1 ? 'felet' : 'felen'} och kör npm run kontrollera igen.`);
  process.exitCode = 1;
}
