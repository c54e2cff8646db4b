#!/usr/bin/env node
// `npm run granska`: lists the steps whose cited sections have changed (or
// were never reviewed) since someone last checked them against the routine.
// `npm run granska -- <steg-id> …`: records that those steps have been read
// against the sections' text as it is now, in content/process/granskning.yaml.
// Messages are in Swedish: the document owners run this.
import { writeFileSync } from 'node:fs';
import { loadContent } from '../src/content-pipeline/index.ts';
import { FILES } from '../src/content-pipeline/files.ts';
import { formatReviews, recordReviews, reviewCommand, staleReviews } from '../src/lib/process/review.ts';

const ids = process.argv.slice(2).filter((arg) => arg.trim() !== '');
// The same reading of content/ as the build's; steps waiting for review are what this command is for.
const { errors, content } = loadContent({ root: process.cwd() });
if (!content) {
  console.error(`Innehållet har fel som måste rättas innan stegen kan granskas:\n\n${errors.join('\n\n')}\n\nKör npm run kontrollera för att se dem.`);
  process.exit(1);
}
const { process: model, routines, reviews } = content;
const stale = staleReviews(model, routines, reviews);

if (ids.length === 0) {
  if (stale.length === 0) {
    console.log('Alla steg är granskade mot rutinernas nuvarande text.');
    process.exit(0);
  }
  console.log('Dessa steg citerar avsnitt som har ändrats, eller har inte granskats:\n');
  for (const { step, source, heading, reason } of stale) {
    const why = reason === 'andrad' ? 'har ändrats' : 'inte granskat';
    console.log(`  ${step.id}  (${step.titel})\n      avsnittet ”${heading}” i rutinen "${source.dokument}": ${why}`);
  }
  const pending = [...new Set(stale.map(({ step }) => step.id))];
  console.log(`\nLäs avsnitten och kontrollera varje steg i ${FILES.steps}. Kör sedan, med de steg du har granskat:\n  ${reviewCommand(pending)}`);
  process.exit(0);
}

const known = new Set(model.steps.map((step) => step.id));
const unknown = ids.filter((id) => !known.has(id));
if (unknown.length > 0) {
  console.error(`Det finns inget steg som heter ${unknown.map((id) => `"${id}"`).join(', ')} i ${FILES.steps}.`);
  process.exit(1);
}

const next = recordReviews(model, routines, reviews, ids);
writeFileSync(FILES.reviews, formatReviews(next, model.steps.map((step) => step.id)));
for (const id of ids) {
  const sections = Object.keys(next[id] ?? {}).join(', ');
  console.log(`Granskat: ${id} (${sections})`);
}
const left = staleReviews(model, routines, next);
if (left.length > 0) {
  console.log(`\nKvar att granska: ${[...new Set(left.map(({ step }) => step.id))].join(', ')}`);
}
