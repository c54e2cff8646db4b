import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprint, formatReviews, parseReviews, recordReviews, reviewProblems, staleReviews, type Reviews } from './review.ts';
import { ROUTINE, smallModel } from './test-fixtures.ts';
import { sections } from './source-text.ts';

const model = smallModel();
const routines = [ROUTINE];
const sectionText = (body: string, id: string) => sections(body).find((section) => section.id === id)!.text;
const allReviewed = () => recordReviews(model, routines, {}, model.steps.map((step) => step.id));

test('a fingerprint ignores line breaks and emphasis, not words', () => {
  const body = ROUTINE.body;
  const same = fingerprint(sectionText(body.replace('**initieras** av\nfrivården', 'initieras av frivården'), 'modellen'));
  assert.equal(same, fingerprint(sectionText(body, 'modellen')));
  assert.notEqual(fingerprint(sectionText(body.replace('Sedan följer mer.', 'Sedan följer mycket mer.'), 'modellen')), same);
  assert.match(same, /^[0-9a-f]{10}$/);
});

test('steps never reviewed are reported, each naming the section', () => {
  const stale = staleReviews(model, routines, {});
  assert.equal(stale.length, model.steps.length);
  assert.ok(stale.every((item) => item.reason === 'ny' && item.heading === 'Modellen'));
});

test('once reviewed, nothing is stale; a changed word makes every step citing the section stale', () => {
  const reviews = allReviewed();
  assert.deepEqual(staleReviews(model, routines, reviews), []);
  const changed = [{ ...ROUTINE, body: ROUTINE.body.replace('Sedan följer mer.', 'Sedan följer mycket mer.') }];
  const problems = reviewProblems(model, changed, reviews);
  assert.deepEqual(problems.map((p) => p.entry).sort(), ['mote', 'nej', 'samtycke', 'slut']);
  assert.equal(problems[0]!.file, 'content/process/steg.yaml');
  assert.equal(problems[0]!.field, 'kallor[1].avsnitt');
  assert.match(problems[0]!.message, /^avsnittet ”Modellen” i rutinen "stad" har ändrats sedan steget granskades\. Läs avsnittet .* Kör sedan: npm run granska -- \S+$/);
  // A change in a section no step cites changes nothing.
  const elsewhere = [{ ...ROUTINE, body: ROUTINE.body.replace('En annan mening.', 'En helt annan mening.') }];
  assert.deepEqual(reviewProblems(model, elsewhere, reviews), []);
});

test('recording a review updates only the steps named, and drops steps that are gone', () => {
  const changed = [{ ...ROUTINE, body: ROUTINE.body.replace('Sedan följer mer.', 'Sedan följer mycket mer.') }];
  const reviews: Reviews = { ...allReviewed(), borttaget: { 'stad#modellen': 'abc' } };
  const next = recordReviews(model, changed, reviews, ['mote']);
  assert.equal(next.borttaget, undefined);
  assert.deepEqual(staleReviews(model, changed, next).map((item) => item.step.id).sort(), ['nej', 'samtycke', 'slut']);
});

test('the file reads back as written, steps in the model\'s order', () => {
  const reviews = allReviewed();
  const text = formatReviews(reviews, ['samtycke', 'nej', 'mote', 'slut']);
  assert.match(text, /^# Granskning/);
  assert.ok(text.indexOf('samtycke:') < text.indexOf('mote:'));
  assert.deepEqual(parseReviews(text), reviews);
  assert.throws(() => parseReviews('- en lista'), /granskning\.yaml går inte att läsa/);
});
