import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changeText,
  formatReviews,
  migrateReviews,
  NO_REVIEWS,
  ownWords,
  parseReviews,
  recordReviews,
  reviewProblems,
  reviewState,
  reviewSummary,
  type Reviews,
} from './review.ts';
import { ROUTINE, smallModel, step } from './test-fixtures.ts';
import type { ProcessModel } from './model.ts';

// The fixture routine: the steps all quote "Kontakten ska initieras av frivården." in
// the paragraph "… Sedan följer mer."; "En annan mening." is a paragraph no step quotes.
const model = smallModel();
const routines = [ROUTINE];
const allSteps = model.steps.map((item) => item.id);
const allReviewed = () => recordReviews(model, routines, NO_REVIEWS, allSteps);
const edited = (from: string, to: string) => [{ ...ROUTINE, body: ROUTINE.body.replace(from, to) }];
const files = new Map([['stad', 'content/rutiner/stad.mdx']]);

test('steps never reviewed are each named, with no text change to show', () => {
  const state = reviewState(model, routines, NO_REVIEWS);
  assert.deepEqual(state.changes, []);
  assert.deepEqual(state.pending.map((item) => [item.step.id, item.unreviewed]), allSteps.map((id) => [id, true]));
  assert.match(reviewProblems(state, files)[0]!.message, /^steget har inte granskats mot rutinens text\. .* Kör sedan: npm run granska -- mote$/);
});

test('once reviewed, nothing waits; line breaks and emphasis are no change', () => {
  const reviews = allReviewed();
  assert.deepEqual(reviewState(model, routines, reviews), { changes: [], pending: [] });
  const rewrapped = edited('Kontakten ska **initieras** av\nfrivården.', 'Kontakten ska initieras av frivården.');
  assert.deepEqual(reviewState(model, rewrapped, reviews), { changes: [], pending: [] });
});

test('one word changed in a quoted paragraph: the sentence, the word removed and added, and only the steps quoting that paragraph', () => {
  const reviews = allReviewed();
  const state = reviewState(model, edited('Sedan följer mer.', 'Sedan följer mindre.'), reviews);
  assert.equal(state.changes.length, 1);
  const [change] = state.changes;
  assert.deepEqual(change!.sentences, [{ before: 'Sedan följer mer.', after: 'Sedan följer mindre.', words: { removed: ['mer.'], added: ['mindre.'] } }]);
  assert.deepEqual(change!.steps.map((item) => item.id), allSteps);
  assert.equal(change!.heading, 'Modellen');
  const [problem] = reviewProblems(state, files);
  assert.equal(problem!.file, 'content/rutiner/stad.mdx');
  assert.match(problem!.message, /^ändring 1 i avsnittet ”Modellen” \(rutinen "stad"\) sedan stegen granskades: meningen ”Sedan följer mindre\.” \(borttaget: ”mer\.”; tillagt: ”mindre\.”\)\. Steg som citerar meningen eller dess stycke och behöver läsas om: mote \(Titel mote\), /);
  assert.match(problem!.message, /Kör sedan: npm run granska -- ändring 1$/);
  assert.equal(reviewSummary(state), 'Att granska (se content/README.md, "När en rutin ändras"): läs det som har ändrats och stegen som nämns, ändra stegen om det behövs och kör sedan\n  npm run granska -- ändring 1');
});

test('a step quoting another paragraph of the same section is not asked to be read again', () => {
  const other = step('annan', { kallor: [{ dokument: 'stad', avsnitt: 'malgrupp', citat: 'En annan mening.' }] });
  const wider: ProcessModel = { ...model, steps: [...model.steps, other] };
  const reviews = recordReviews(wider, routines, NO_REVIEWS, [...allSteps, 'annan']);
  const state = reviewState(wider, edited('Sedan följer mer.', 'Sedan följer mindre.'), reviews);
  assert.ok(!state.changes[0]!.steps.some((item) => item.id === 'annan'));
  assert.ok(!state.pending.some((item) => item.step.id === 'annan'));
});

test('a change no step quotes is new text to decide on; accepting it clears it, reading steps does not', () => {
  const reviews = allReviewed();
  const changed = edited('En annan mening.', 'En annan mening. Och en ny.');
  const state = reviewState(model, changed, reviews);
  assert.deepEqual(state.changes[0]!.steps, []);
  assert.deepEqual(state.changes[0]!.sentences.map((sentence) => [sentence.before, sentence.after]), [['', 'Och en ny.']]);
  assert.match(reviewProblems(state, files)[0]!.message, /ny mening ”Och en ny\.”\. Det är ny text som inget steg citerar: behövs ett nytt steg\? .* npm run granska -- ändring 1$/);
  assert.equal(reviewState(model, changed, recordReviews(model, changed, reviews, allSteps)).changes.length, 1);
  assert.deepEqual(reviewState(model, changed, recordReviews(model, changed, reviews, [], [1])), { changes: [], pending: [] });
});

test('reading some steps of a change leaves the change with the others; reading them all moves the recorded text on', () => {
  const reviews = allReviewed();
  const changed = edited('Sedan följer mer.', 'Sedan följer mindre.');
  const some = recordReviews(model, changed, reviews, ['mote', 'nej']);
  const state = reviewState(model, changed, some);
  assert.deepEqual(state.changes[0]!.steps.map((item) => item.id), ['samtycke', 'slut']);
  // The text shown is still the change since the last full review.
  assert.equal(state.changes[0]!.sentences[0]!.before, 'Sedan följer mer.');
  const all = recordReviews(model, changed, some, ['samtycke', 'slut']);
  assert.deepEqual(reviewState(model, changed, all), { changes: [], pending: [] });
  assert.ok(all.routines.stad!.includes('Kontakten ska initieras av frivården. Sedan följer mindre.'));
});

test("a step's own words changed since it was reviewed: the field, the words removed and added", () => {
  const reviews = allReviewed();
  const sharpened: ProcessModel = { ...model, steps: model.steps.map((item) => (item.id === 'mote' ? { ...item, beskrivning: 'Ska i första hand boka ett möte.' } : item)) };
  const before = recordReviews({ ...model, steps: sharpened.steps }, routines, reviews, ['mote']);
  const after: ProcessModel = { ...model, steps: model.steps.map((item) => (item.id === 'mote' ? { ...item, beskrivning: 'Ska alltid boka ett möte.' } : item)) };
  const state = reviewState(after, routines, before);
  assert.deepEqual(state.changes, []);
  assert.deepEqual(
    state.pending.map((item) => [item.step.id, item.words.map((word) => [word.field, word.change])]),
    [['mote', [['beskrivning', { removed: ['i första hand'], added: ['alltid'] }]]]],
  );
  const [problem] = reviewProblems(state, files);
  assert.equal(problem!.file, 'content/process/steg.yaml');
  assert.equal(problem!.entry, 'mote');
  assert.equal(problem!.field, 'beskrivning');
  assert.match(problem!.message, /^stegets egna ord har ändrats sedan steget granskades \(borttaget: ”i första hand”; tillagt: ”alltid”\)\. .* Kör sedan: npm run granska -- mote$/);
});

test("a step's own words: what it tells the reader, not its place in the chart", () => {
  const words = ownWords(step('x', { tid: { text: 'fyra månader före', typ: 'tidigast', manader: -4 }, villkor: { text: 'om behov', nar: { behov: ['ja', 'kanske'] } } }));
  assert.deepEqual(Object.keys(words), ['titel', 'beskrivning', 'roller', 'tid.text', 'tid.typ', 'tid.manader', 'villkor.text', 'villkor.nar']);
  assert.equal(words['villkor.nar'], 'behov: ja, kanske');
});

test('the text of a change names every changed sentence', () => {
  const state = reviewState(model, edited('Sedan följer mer.', 'Sedan följer mindre.').map((r) => ({ ...r, body: r.body.replace('En annan mening.', 'En annan lång mening.') })), allReviewed());
  assert.deepEqual(state.changes.map((change) => change.number), [1, 2]);
  assert.match(changeText(state.changes[1]!), /^ändring 2 i avsnittet ”Målgrupp” .*meningen ”En annan lång mening\.” \(tillagt: ”lång”\)\.$/);
});

test('the file reads back as written; the earlier format is carried over for steps still up to date', () => {
  const reviews = allReviewed();
  const text = formatReviews(reviews, ['samtycke', 'nej', 'mote', 'slut']);
  assert.match(text, /^# Granskning/);
  assert.ok(text.indexOf('samtycke:') < text.indexOf('mote:'));
  assert.deepEqual(parseReviews(text), reviews);
  assert.throws(() => parseReviews('- en lista'), /går inte att läsa/);
  const old = parseReviews('mote:\n  stad#modellen: "0000000000"\nnej:\n  stad#modellen: "ffffffffff"\n');
  assert.ok('old' in old);
  // Neither fingerprint is the section's: neither step counts as reviewed.
  const migrated: Reviews = migrateReviews(old.old, model, routines);
  assert.deepEqual(Object.keys(migrated.steps), []);
});
