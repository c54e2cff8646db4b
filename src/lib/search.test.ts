import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  caseSensitiveWords,
  editDistance,
  exactCaseFirst,
  excerptParts,
  fold,
  highlightUrl,
  knownWords,
  matchedWords,
  MAX_QUERY_LENGTH,
  QUERY_LIMIT_NOTE,
  indexProbes,
  queryAtLimit,
  partialFailure,
  queryFromSearch,
  resultSummary,
  suggestions,
  unmatchedQueryWords,
  words,
} from './search.ts';

const queries: Array<[string, string | null]> = [
  ['', null],
  ['?other=1', null],
  ['?q=', ''],
  ['?q=%20%20', ''],
  ['?q=matpengar', 'matpengar'],
  ['?q=akuta+%20matpengar', 'akuta matpengar'],
  ['?q=%3Cscript%3E', '<script>'],
  [`?q=${'a'.repeat(5000)}`, 'a'.repeat(MAX_QUERY_LENGTH)],
];

for (const [search, expected] of queries) {
  test(`query from ${JSON.stringify(search.slice(0, 30))}`, () => assert.equal(queryFromSearch(search), expected));
}

test('a query as long as the field takes, or longer, is said to be cut; a shorter one is not', () => {
  assert.equal(queryAtLimit(`?q=${'a'.repeat(10_000)}`), true);
  assert.equal(queryAtLimit(`?q=${'a'.repeat(MAX_QUERY_LENGTH)}`), true);
  assert.equal(queryAtLimit(`?q=${'a'.repeat(MAX_QUERY_LENGTH - 1)}`), false);
  assert.equal(queryAtLimit(`?q=${encodeURIComponent(`  matpengar${' '.repeat(300)}`)}`), false, 'spaces around do not count');
  assert.equal(queryAtLimit(''), false);
  assert.match(QUERY_LIMIT_NOTE, new RegExp(`^Sökrutan tar högst ${MAX_QUERY_LENGTH} tecken\\.`));
});

test('a search that found nothing is checked with the site\'s words in the query, or else its most frequent word', () => {
  const siteWords = ['och', 'insluss', 'samtycke'];
  assert.deepEqual(indexProbes('Samtycke qxz', siteWords), ['samtycke']);
  assert.deepEqual(indexProbes('qxzvbnmlk', siteWords), ['och']);
  assert.deepEqual(indexProbes('qxzvbnmlk', []), []);
});

test('marks become marked parts and entities are decoded', () => {
  assert.deepEqual(excerptParts('få <mark>akuta</mark> matpengar &amp; mer'), [
    { text: 'få ', marked: false },
    { text: 'akuta', marked: true },
    { text: ' matpengar & mer', marked: false },
  ]);
});

test('markup other than marks is never passed on', () => {
  assert.deepEqual(excerptParts('a <img src=x onerror=alert(1)> &lt;b&gt;'), [{ text: 'a  <b>', marked: false }]);
});

const summaries: Array<[string, number, string]> = [
  ['', 0, 'Inga träffar: skriv ett eller flera ord att söka efter.'],
  ['xyzzy', 0, 'Inga träffar för ”xyzzy”. Prova ett annat ord eller en annan stavning.'],
  ['insluss', 1, '1 träff för ”insluss”.'],
  ['insluss', 2, '2 träffar för ”insluss”.'],
];

for (const [query, count, expected] of summaries) {
  test(`summary for ${JSON.stringify(query)} with ${count}`, () => assert.equal(resultSummary(query, count), expected));
}

test('words: letters only, hyphenated words in parts and whole, as Pagefind indexes them', () => {
  assert.deepEqual(words('Inkluss-modellen (SIG), 031-390 06 04 och t.ex e-post.'), ['Inkluss', 'modellen', 'Inklussmodellen', 'SIG', 'och', 'ex', 'post']);
});

test('matched words are read at Pagefind’s locations, without punctuation, once each', () => {
  assert.deepEqual(matchedWords('kan SIG (social insatsgrupp) vara SIG.', [1, 5]), ['SIG']);
  assert.deepEqual(matchedWords('vänder sig direkt', [1, 9]), ['sig']);
});

const caseWords: Array<[string, string[]]> = [
  ['SIG', ['SIG']],
  ['sig', []],
  ['Treserva', []],
  ['Sig', []],
  ['vad är FFS?', ['FFS']],
  ['SIP och SP', ['SIP', 'SP']],
];
for (const [query, expected] of caseWords) {
  test(`case-sensitive words of ${JSON.stringify(query)}`, () => assert.deepEqual(caseSensitiveWords(query), expected));
}

test('hits with the query’s capitals as written come first, the rest keep their order', () => {
  const hits = [
    { id: 'pronomen', words: ['sig'] },
    { id: 'signalerar', words: ['signalerar'] },
    { id: 'förkortning', words: ['SIG'] },
    { id: 'rubrik', words: ['SIGs'] },
  ];
  const order = (query: string) => exactCaseFirst(hits, query, (hit) => hit.words).map((hit) => hit.id);
  assert.deepEqual(order('SIG'), ['förkortning', 'rubrik', 'pronomen', 'signalerar']);
  assert.deepEqual(order('sig'), ['pronomen', 'signalerar', 'förkortning', 'rubrik']);
  assert.deepEqual(order('Sig'), ['pronomen', 'signalerar', 'förkortning', 'rubrik']);
});

const urls: Array<[string, string[], string]> = [
  ['/rutiner/goteborgs-stad/#inkluss-modellen', ['SIG'], '/rutiner/goteborgs-stad/?markera=SIG#inkluss-modellen'],
  ['/rutiner/insluss/kontakter/', ['Provsson', 'Ester'], '/rutiner/insluss/kontakter/?markera=Provsson&markera=Ester'],
  ['/ordlista/#frivarden', ['frivården'], '/ordlista/?markera=friv%C3%A5rden#frivarden'],
  ['/ordlista/#sig', [], '/ordlista/#sig'],
];
for (const [url, marked, expected] of urls) {
  test(`highlight address for ${url} ${marked.join(' ')}`, () => assert.equal(highlightUrl(url, marked, 'markera'), expected));
}

test('fold: lower case, å ä ö as a a o, as Pagefind compares', () => assert.equal(fold('Försörjningsstöd ÅÄÖ'), 'forsorjningsstod aao'));

const distances: Array<[string, string, number]> = [
  ['samtyke', 'samtycke', 1],
  ['samtcyke', 'samtycke', 1],
  ['frivard', 'frivard', 0],
  ['insluss', 'inkluss', 1],
  ['abc', 'xyz', 3],
];
for (const [a, b, expected] of distances) {
  test(`edit distance ${a} → ${b}`, () => assert.equal(editDistance(a, b), expected));
}

const SITE = ['och', 'samtycke', 'samtycker', 'samtyckt', 'samt', 'samtliga', 'frivården', 'försörjningsstöd', 'Treserva', 'sig', 'här', 'har'];

const spellings: Array<[string, string[]]> = [
  ['samtyke', ['samtycke', 'samtycker', 'samtyckt']],
  ['Tresreva', ['Treserva']],
  ['forsorjningstod', ['försörjningsstöd']],
  ['frivårdn och samtyke', ['frivården och samtycke']],
  ['samtycke', []],
  ['qxzvbnm', []],
  ['sg', []],
  ['samtyke qxzvbnm', []],
];
for (const [query, expected] of spellings) {
  test(`"Menade du" for ${JSON.stringify(query)}`, () => assert.deepEqual(suggestions(query, SITE), expected));
}

test('known words: the query’s words the site uses, in lower case', () => {
  assert.deepEqual(knownWords('Samtycke och qxz HÄR', SITE), ['samtycke', 'och', 'här']);
});

const unmatched: Array<[string, string[], string[]]> = [
  ['samtyke', ['samt', 'samtliga'], ['samtyke']],
  ['samtycke', ['samtycke', 'samtycker'], []],
  ['samtyck', ['samtycke'], []],
  ['inkluss-modellen', ['inkluss-modellen'], []],
  ['SIG', ['sig'], []],
  ['frivard', ['frivården'], []],
];
for (const [query, matched, expected] of unmatched) {
  test(`query words the hits do not account for: ${query}`, () => assert.deepEqual(unmatchedQueryWords(query, matched), expected));
}

test('a partial failure says how many hits could not be shown', () => {
  assert.match(partialFailure(1), /^En del av sökningen kunde inte köras just nu: 1 träff kunde inte visas\./);
  assert.match(partialFailure(3), /3 träffar kunde inte visas/);
});
