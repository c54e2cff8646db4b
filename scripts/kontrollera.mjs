#!/usr/bin/env node
// `npm run kontrollera`: checks everything in content/ as the build would,
// in a second or two and without building, and prints only the document
// owner's messages, in Swedish. Exits 1 when there is a mistake.
import { checkContent } from '../src/checks/content.ts';

const started = performance.now();
const { errors, warnings } = await checkContent(process.cwd());
const seconds = ((performance.now() - started) / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 1 });

for (const warning of warnings) console.log(`Obs: ${warning}\n`);
for (const error of errors) console.log(`Fel: ${error}\n`);
if (errors.length === 0) {
  console.log(`Inga fel i content/ (kontrollerat på ${seconds} s). Du kan bygga webbplatsen.`);
} else {
  console.log(`${errors.length} ${errors.length === 1 ? 'fel' : 'fel'} i content/ (kontrollerat på ${seconds} s). Rätta ${errors.length === 1 ? 'felet' : 'felen'} och kör npm run kontrollera igen.`);
  process.exitCode = 1;
}
