import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageRecords, recordHtml, siteWords, type SearchRecord } from './search-index.ts';
import { REPEATED_TITLE_META } from './search.ts';

const page = (main: string, attributes = 'data-pagefind-body') =>
  `<!doctype html><html lang="sv"><head><title>T</title><script>var x = "<h2 id=no>";</script></head><body>
  <header><form role="search"><label for="q">Sök i rutinerna</label><input id="q"><button>Sök</button></form></header>
  <main ${attributes}>${main}</main><footer><p>Dokumentansvarig</p></footer></body></html>`;

const contents = (records: SearchRecord[]) => records.map((record) => [record.url, record.title, record.content]);

test('a page without data-pagefind-body gives no records', () => {
  assert.deepEqual(pageRecords(page('<h1>Sök</h1><p>Text</p>', 'id="innehall"'), '/sok/'), []);
});

test('each heading with an id starts a section; text above the first is the page’s, titled by its h1', () => {
  const records = pageRecords(
    page(`<h1>Lokal rutin Insluss</h1><p>Kompletterar stadens rutin.</p>
      <h2 id="bakgrund">Bakgrund</h2><p>Insluss är ett samverkansarbete.</p>
      <h2 id="rutin">Rutin</h2>
      <h3 id="oklarheter-i-ansvarsfragan">Oklarheter i ansvarsfrågan</h3><p>SP eller SIP.</p>`),
    '/rutiner/nordost/',
  );
  assert.deepEqual(contents(records), [
    ['/rutiner/nordost/', 'Lokal rutin Insluss', 'Kompletterar stadens rutin.'],
    ['/rutiner/nordost/#bakgrund', 'Bakgrund', 'Insluss är ett samverkansarbete.'],
    // A heading without text of its own is found by its title.
    ['/rutiner/nordost/#rutin', 'Rutin', 'Rutin'],
    ['/rutiner/nordost/#oklarheter-i-ansvarsfragan', 'Oklarheter i ansvarsfrågan', 'SP eller SIP.'],
  ]);
  assert.ok(records.every((record) => record.page === 'Lokal rutin Insluss'));
});

test('labels and values, table cells and lines never run together', () => {
  const [record] = pageRecords(
    page(`<h1>Kontakter</h1>
      <dl><div><dt>Vem</dt><dd>Socialsekreterare</dd></div><div><dt>Telefon</dt><dd><a href="tel:+46313900604">031-390 06 04</a></dd></div></dl>
      <table><tr><th>Beslutad av</th><th>Datum</th></tr><tr><td>AC-nätverket</td><td>2022-05-19</td></tr></table>
      <p>Rad ett<br>rad två, <strong>fet</strong>text och <a href="#x">länk</a>.</p>`),
    '/kontakter/',
  );
  assert.equal(
    record!.content,
    'Vem Socialsekreterare. Telefon 031-390 06 04. Beslutad av. Datum. AC-nätverket. 2022-05-19. Rad ett rad två, fettext och länk.',
  );
});

test('ignored, navigation, forms and scripts are left out; entities are decoded', () => {
  const [record] = pageRecords(
    page(`<h1>Frivårdsinspektör</h1><nav><h2 id="pa-sidan">På sidan</h2><a href="#a">Dina steg</a></nav>
      <p>Frivården &amp; socialtjänsten &#8211; &quot;Insluss&quot;.</p>
      <ol data-pagefind-ignore><li><h3>Steg</h3><p>Citat ur rutinen.</p></li></ol>
      <h2 data-pagefind-ignore id="dina-steg">Dina steg</h2><svg><text>Nod</text></svg><button>Visa</button>`),
    '/roller/frivarden/',
  );
  assert.equal(record!.content, 'Frivården & socialtjänsten – "Insluss".');
});

test('an element with an id and data-pagefind-title starts a section, its heading not repeated in the text', () => {
  const records = pageRecords(
    page(`<h1>Flödesschema</h1><ol>
      <li id="steg-sig" data-pagefind-title="Överväga SIG"><article><h4>Överväga SIG</h4><p>SIG kan vara en hjälpsam insats.</p>
        <div data-pagefind-ignore><blockquote>Citat</blockquote></div></article></li>
      <li id="steg-nybesok" data-pagefind-title="Nybesök"><article><h4>Nybesök</h4><p>Senast två veckor före.</p></article></li></ol>`),
    '/flodesschema/',
  );
  assert.deepEqual(contents(records), [
    ['/flodesschema/', 'Flödesschema', 'Flödesschema'],
    ['/flodesschema/#steg-sig', 'Överväga SIG', 'SIG kan vara en hjälpsam insats.'],
    ['/flodesschema/#steg-nybesok', 'Nybesök', 'Senast två veckor före.'],
  ]);
});

test('data-pagefind-meta sets metadata on the section it is in', () => {
  const records = pageRecords(
    page(`<h1>Ordlista</h1><section><h2 id="sig" data-pagefind-meta="term">SIG</h2><p>Står för: social insatsgrupp.</p></section>
      <section><h2 id="sip">SIP</h2><p data-pagefind-meta="kalla:rutinen">Står för: samordnad individuell plan.</p></section>`),
    '/ordlista/',
  );
  assert.deepEqual(
    records.map((record) => [record.url, record.meta]),
    [
      ['/ordlista/', {}],
      ['/ordlista/#sig', { term: 'SIG' }],
      ['/ordlista/#sip', { kalla: 'rutinen' }],
    ],
  );
});

test('the site’s words: the most frequent first, lower case where the site ever writes it so', () => {
  const record = (title: string, content: string): SearchRecord => ({ url: '/', title, page: '', content, meta: {}, weight: 1, runs: [{ text: content, weight: 1 }] });
  assert.deepEqual(
    siteWords([record('SIG', 'kan SIG vara; vänder sig till Treserva'), record('Treserva', 'via Treserva och Inkluss-modellen')]),
    ['sig', 'Treserva', 'Inkluss', 'Inklussmodellen', 'kan', 'modellen', 'och', 'till', 'vara', 'via', 'vänder'],
  );
});

test('data-pagefind-weight weighs the text inside an element, and a section starting inside it', () => {
  const records = pageRecords(
    page(
      `<h1>Flödesschema</h1><p>Schemat visar processen.</p><ol data-pagefind-weight="0.05">
      <li id="steg-sig" data-pagefind-title="SIG"><article><h4>SIG</h4><p>SIG kan vara en hjälpsam insats.</p></article></li></ol>`,
    ),
    '/flodesschema/',
  );
  assert.deepEqual(
    records.map((record) => [record.url, record.weight, record.runs]),
    [
      ['/flodesschema/', 1, [{ text: 'Schemat visar processen.', weight: 1 }]],
      ['/flodesschema/#steg-sig', 0.05, [{ text: 'SIG kan vara en hjälpsam insats.', weight: 0.05 }]],
    ],
  );
  // A weight on the page's <main> weighs the whole page, its title too.
  const [whole] = pageRecords(page('<h1>Roller</h1><p>Välj din roll.</p>', 'data-pagefind-body data-pagefind-weight="0.05"'), '/roller/');
  assert.deepEqual([whole!.weight, whole!.runs], [0.05, [{ text: 'Välj din roll.', weight: 0.05 }]]);
  // Mixed weights in one section stay apart, in order; the text as a whole is unchanged.
  const [mixed] = pageRecords(page('<h1>Sida</h1><p>Rutinens ord.</p><p data-pagefind-weight="0.5">Läsningen.</p><p>Mer.</p>'), '/sida/');
  assert.deepEqual(mixed!.runs, [
    { text: 'Rutinens ord.', weight: 1 },
    { text: 'Läsningen.', weight: 0.5 },
    { text: 'Mer.', weight: 1 },
  ]);
  assert.equal(mixed!.content, 'Rutinens ord. Läsningen. Mer.');
});

test('a record for Pagefind: its runs weighed, its heading a title only where it is the routine\'s own text', () => {
  const record = (weight: number): SearchRecord => ({
    url: '/x/#a',
    title: 'Rubrik, med "citat" & <tecken>',
    page: 'Sidan',
    content: 'Text.',
    meta: { term: 'SIG' },
    weight,
    runs: [{ text: 'Text <b>.', weight }],
  });
  const own = recordHtml(record(1));
  assert.match(own, /<span data-pagefind-meta="title">Rubrik, med &quot;citat&quot; &amp; &lt;tecken&gt;<\/span>/);
  assert.match(own, /<span data-pagefind-meta="term">SIG<\/span>/);
  assert.match(own, /<span data-pagefind-filter="sida">Sidan<\/span>/);
  assert.match(own, /<main data-pagefind-body><p>Text &lt;b&gt;\.<\/p><\/main>/);
  assert.match(own, /^<!doctype html><html lang="sv">/);
  const repeated = recordHtml(record(0.05));
  assert.match(repeated, new RegExp(`<span data-pagefind-meta="${REPEATED_TITLE_META}">Rubrik`));
  assert.doesNotMatch(repeated, /data-pagefind-meta="title"/);
  assert.match(repeated, /<p data-pagefind-weight="0.05">Text &lt;b&gt;\.<\/p>/);
});
