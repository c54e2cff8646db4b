#!/usr/bin/env node
// `npm run granska`: shows what has changed in the routines' text since the
// steps were last read against it, sentence by sentence with the words
// removed and added, and which steps quote it; and the steps whose own
// words have changed.
// `npm run granska -- ändring 2`: records that every step of change 2 has
// been read against the new text (and, for new text no step quotes, that
// it needs no step).
// `npm run granska -- <steg-id> …`: records that those steps have been read.
// Writes content/process/granskning.yaml. Messages are in Swedish: the
// document owners run this.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadContent } from '../src/content-pipeline/index.ts';
import { FILES } from '../src/content-pipeline/files.ts';
import { changeName, changeText, formatReviews, migrateReviews, parseReviews, recordReviews, reviewCommand, reviewState, type Reviews } from '../src/lib/process/review.ts';
import { describeChange } from '../src/lib/routine-text/words.ts';

const args = process.argv.slice(2).filter((arg) => arg.trim() !== '');
// The same reading of content/ as the build's; what waits for review is what this command is for.
const { errors, content } = loadContent({ root: process.cwd() });
if (!content) {
  console.error(`Innehållet har fel som måste rättas innan stegen kan granskas:\n\n${errors.join('\n\n')}\n\nKör npm run kontrollera för att se dem.`);
  process.exit(1);
}
const { process: model, routines } = content;
const order = model.steps.map((step) => step.id);

// The file as it is: the earlier format is carried over once, keeping every step that was up to date.
let reviews: Reviews = content.reviews;
if (existsSync(FILES.reviews)) {
  let read: ReturnType<typeof parseReviews>;
  try {
    read = parseReviews(readFileSync(FILES.reviews, 'utf8'));
  } catch {
    read = { routines: {}, steps: {} };
  }
  if ('old' in read) {
    reviews = migrateReviews(read.old, model, routines);
    writeFileSync(FILES.reviews, formatReviews(reviews, order));
    console.log(`${FILES.reviews} är omskriven i det nya formatet. Steg som var granskade mot rutinernas text är det fortfarande.\n`);
  } else reviews = read;
}

const state = reviewState(model, routines, reviews);

if (args.length === 0) {
  if (state.changes.length === 0 && state.pending.length === 0) {
    console.log('Alla steg är granskade mot rutinernas nuvarande text.');
    process.exit(0);
  }
  for (const change of state.changes) {
    console.log(`${changeName(change.number)[0]!.toUpperCase()}${changeName(change.number).slice(1)}: avsnittet ”${change.heading}” i rutinen "${change.routine}"`);
    for (const sentence of change.sentences) {
      if (sentence.before) console.log(`  Förut: ${sentence.before}`);
      if (sentence.after) console.log(`  Nu:    ${sentence.after}`);
      const words = describeChange(sentence.words);
      if (words && sentence.before && sentence.after) console.log(`         (${words})`);
    }
    if (change.steps.length === 0) console.log('  Ny text som inget steg citerar: behövs ett nytt steg?');
    else {
      console.log('  Steg som citerar meningen eller dess stycke:');
      for (const step of change.steps) console.log(`    ${step.id}  (${step.titel})`);
    }
    console.log(`  När du har läst: ${reviewCommand([changeName(change.number)])}\n`);
  }
  for (const item of state.pending.filter((pending) => pending.changes.length === 0)) {
    console.log(`Steget ${item.step.id}  (${item.step.titel})`);
    if (item.unreviewed) console.log('  har inte granskats mot rutinens text.');
    for (const word of item.words) console.log(`  fältet ${word.field} har ändrats: ${describeChange(word.change) ?? 'ändrat'}`);
    if (!item.unreviewed && item.words.length === 0) console.log('  citerar andra stycken än när det granskades.');
    console.log(`  När du har läst: ${reviewCommand([item.step.id])}\n`);
  }
  console.log(`Läs texten och stegen i ${FILES.steps}, ändra stegen om det behövs och kör sedan kommandot under varje ändring.`);
  process.exit(0);
}

// Arguments: step ids, and "ändring N" (also "andring N" or "ändring-N").
const steps: string[] = [];
const changes: number[] = [];
const wrong: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const joined = /^ä?a?ndring-?(\d+)$/i.exec(arg);
  if (joined) changes.push(Number(joined[1]));
  else if (/^(ä|a)ndring$/i.test(arg) && /^\d+$/.test(args[i + 1] ?? '')) changes.push(Number(args[++i]));
  else if (order.includes(arg)) steps.push(arg);
  else wrong.push(arg);
}
const unknownChanges = changes.filter((number) => !state.changes.some((change) => change.number === number));
if (wrong.length > 0 || unknownChanges.length > 0) {
  if (wrong.length) console.error(`Det finns inget steg som heter ${wrong.map((id) => `"${id}"`).join(', ')} i ${FILES.steps}.`);
  if (unknownChanges.length) {
    console.error(
      `Det finns ingen ${unknownChanges.map(changeName).join(', ')}: ${
        state.changes.length
          ? `ändringarna är ${state.changes.map((change) => change.number).join(', ')}. Kör npm run granska för att se dem.`
          : 'ingen text har ändrats sedan stegen granskades, så det finns inget att godkänna.'
      }`,
    );
  }
  process.exit(1);
}

const next = recordReviews(model, routines, reviews, steps, changes);
writeFileSync(FILES.reviews, formatReviews(next, order));
for (const change of state.changes.filter((candidate) => changes.includes(candidate.number))) {
  console.log(`Granskat: ${changeText(change)}`);
  if (change.steps.length) console.log(`  Stegen: ${change.steps.map((step) => step.id).join(', ')}`);
}
for (const id of steps) console.log(`Granskat: ${id}`);
const left = reviewState(model, routines, next);
const remaining = [...left.changes.map((change) => changeName(change.number)), ...left.pending.filter((item) => item.changes.length === 0).map((item) => item.step.id)];
if (remaining.length > 0) console.log(`\nKvar att granska: ${remaining.join(', ')} (kör npm run granska för att se vad).`);
else console.log('\nAlla steg är granskade. Kör npm run kontrollera.');
