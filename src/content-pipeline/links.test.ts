import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkProblem, siteMap } from './links.ts';

const site = siteMap(
  [
    { path: '/' },
    { path: '/rutiner/nordost/', ids: new Set(['bakgrund', 'kontaktuppgifter']), idsAre: 'rubrikerna i rutinen' },
    { path: '/kontakter/', ids: new Set(['vuxen-mottag']) },
    { path: '/guide/' },
  ],
  [/^\/ordlista\/[^/]+\/$/],
);

/** href → the problem, or null. All links are made from the Nordost routine. */
const cases: Array<[string, RegExp | null]> = [
  ['/rutiner/nordost/', null],
  ['/rutiner/nordost/#bakgrund', null],
  ['#kontaktuppgifter', null],
  ['/kontakter/#vuxen-mottag', null],
  ['/guide/', null],
  ['/guide/?steg=2', null],
  ['https://www.digg.se/tdosanmalan', null],
  ['mailto:a@goteborg.se', null],
  ['tel:+46313652236', null],
  ['/ordlista/insluss/', null],
  ['/rutiner/nordost/#bakgrun', /^länken "\/rutiner\/nordost\/#bakgrun" går till #bakgrun, som inte finns på \/rutiner\/nordost\/\. Rubrikerna i rutinen: bakgrund, kontaktuppgifter\.$/],
  ['#saknas', /går till #saknas, som inte finns på \/rutiner\/nordost\//],
  ['/rutiner/nordost', /ska sluta med \/: skriv \/rutiner\/nordost\/\./],
  ['/rutiner/sydvast/', /går till en sida som inte finns på webbplatsen \(\/rutiner\/sydvast\/\)/],
  ['/guide/#fraga-1', /ankare \(#fraga-1\) på \/guide\/ som inte kan kontrolleras innan webbplatsen byggs/],
  ['/ordlista/insluss/#a', /som inte kan kontrolleras/],
  ['../kontakter/', /ska skrivas från webbplatsens början, med \/ först/],
  ['//example.com/', /saknar https:/],
];

for (const [href, expected] of cases) {
  test(`link ${href}`, () => {
    const problem = linkProblem(href, '/rutiner/nordost/', site);
    if (expected === null) assert.equal(problem, null);
    else assert.match(problem ?? '(none)', expected);
  });
}
