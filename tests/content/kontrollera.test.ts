import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kontrolleraWith } from './build-with.ts';
import { allMistakes, MISTAKES } from './mistakes.ts';

/** Words of English messages (zod's, Astro's, Node's) that must never reach the document owner. */
const ENGLISH = /\b(the|and|is|not|of|with|invalid|expected|received|undefined|error|does|match|must|should|unknown|cannot|failed|required)\b/i;

const lines = (output: string) => output.split('\n').filter((line) => line.trim());

test('npm run kontrollera passes the content as it is, and prints the reminders in Swedish', () => {
  const { ok, output } = kontrolleraWith({ 'content/rutiner/nordost.mdx': (text) => `${text}\n` });
  assert.equal(ok, true, output);
  assert.match(output, /Inga fel i content\/ \(kontrollen tog (under en sekund|[\d,]+ s)\)\./);
  assert.match(output, /Obs: content\/webbplats\.yaml, fältet tillganglighetEpost: adressen för synpunkter på tillgängligheten är inte ifylld\./);
  assert.match(output, /Obs: content\/webbplats\.yaml, fältet dokumentansvarigEpost: adressen dit läsare skriver när de har hittat ett fel är inte ifylld\./);
  assert.deepEqual(lines(output).filter((line) => ENGLISH.test(line)), []);
});

test('npm run kontrollera finds every mistake of the build at once, and prints nothing but Swedish', () => {
  const { ok, output } = kontrolleraWith(allMistakes());
  assert.equal(ok, false, 'a mistake must give a non-zero exit');
  for (const { name, says } of MISTAKES) assert.match(output, says, name);
  assert.match(output, /\d+ fel i content\/ \(kontrollen tog (under en sekund|[\d,]+ s)\)\. Rätta felen och kör npm run kontrollera igen\./);
  // Quoted code is the owner's own; everything else must be Swedish.
  const prose = lines(output).map((line) => line.replace(/"[^"]*"|<[^>]*>|#\S+/g, ''));
  assert.deepEqual(prose.filter((line) => ENGLISH.test(line)), []);
});
