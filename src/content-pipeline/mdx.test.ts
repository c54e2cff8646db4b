import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMdx, normaliseUrl, type MdxRules } from './mdx.ts';

const rules: MdxRules = {
  file: 'content/rutiner/nordost.mdx',
  entry: 'nordost',
  components: { Kontaktuppgifter: (attributes) => (attributes.enhet === 'vuxen-mottag' ? null : `det finns ingen enhet "${attributes.enhet}".`) },
  importable: ['src/components/ContactCard.astro'],
};

const FRONTMATTER = '---\ntitle: x\n---\n\n';

/** Checks `text` as the body of a routine; the first line of text is line 5. */
const check = (text: string) => checkMdx(FRONTMATTER + text, rules);
const messages = (text: string) => check(text).problems.map((p) => `${p.line}: ${p.message}`);

test('a routine’s own kind of text passes', () => {
  const text = [
    '## Bakgrund',
    '',
    'Text med **fetstil**, en [länk](/rutiner/goteborgs-stad/#malgrupp) och <br /> radbrytning.',
    '',
    '{/* En kommentar till den som redigerar. */}',
    '',
    '<details class="mall">',
    '<summary>Om mallen</summary>',
    '',
    '<h2 id="styrsystem">Styrsystem</h2>',
    '',
    '</details>',
    '',
    '<Kontaktuppgifter enhet="vuxen-mottag" />',
    '',
    'Kod visas som text: `<script>alert(1)</script>` och `{1 + 1}`.',
    '',
    '```',
    '<iframe src="https://example.com"></iframe>',
    '```',
  ].join('\n');
  const report = check(text);
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.links, [{ href: '/rutiner/goteborgs-stad/#malgrupp', line: 7 }]);
  assert.deepEqual(report.ids, ['styrsystem']);
});

/** Text → the message, and the line it is on. */
const refused: Array<[string, string, RegExp]> = [
  ['a script', 'Text.\n\n<script>alert(1)</script>', /^7: <script> kör kod i läsarens webbläsare/],
  ['an inline script', 'Text <script>alert(1)</script> mitt i.', /^5: <script> kör kod/],
  ['an iframe', '<iframe src="https://example.com" />', /^5: <iframe> visar en annan webbplats/],
  ['a style element', '<style>{`body { display: none }`}</style>', /^5: <style> ändrar webbplatsens utseende/],
  ['an event handler', '<span onClick="alert(1)">x</span>', /^5: onClick på <span> kör kod i läsarens webbläsare/],
  ['an event handler in lower case', '<p onmouseover="alert(1)">x</p>', /^5: onmouseover på <p> kör kod/],
  ['a javascript: link', '[klicka](javascript:alert(1))', /^5: länken "javascript:alert\(1\)" kör kod/],
  ['a javascript: link in disguise', '<a href="java&#115;cript:alert(1)">x</a>', /^5: länken .* kör kod/],
  ['a javascript: link as a definition', '[klicka][x]\n\n[x]: JAVASCRIPT:alert(1)', /^7: länken .* kör kod/],
  ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /^5: länkar som börjar med data: kan inte användas/],
  ['an import of a module', "import fs from 'node:fs'\n\nText.", /^5: "import fs from 'node:fs'" kan inte användas: import och export kör kod/],
  ['an export', 'export const x = 1\n\nText.', /^5: "export const x = 1" kan inte användas/],
  ['an expression', 'Summan är {1 + 1}.', /^5: \{1 \+ 1\} är kod och kan inte användas/],
  ['code hidden between comments', '{/* a */ process.exit(1) /* b */}', /^5: .* är kod/],
  ['an attribute written as code', '<a href={"https://x.se"}>x</a>', /^5: attributet href på <a> är skrivet som kod/],
  ['a spread attribute', '<span {...x}>x</span>', /^5: <span> har ett attribut skrivet som kod/],
  ['an unknown element', '<object data="x.swf"></object>', /^5: <object> kan inte användas i innehållet/],
  ['an svg', '<svg onload="alert(1)"></svg>', /^5: <svg> kan inte användas/],
  ['a style attribute', '<span style="display:none">x</span>', /^5: style på <span> kan inte användas/],
  ['an unknown component', '<Bild src="x" />', /^5: komponenten <Bild> finns inte\. Innehållet kan använda <Kontaktuppgifter … \/>/],
  ['a component with a wrong attribute', '<Kontaktuppgifter enhet="vuxen" />', /^5: <Kontaktuppgifter>: det finns ingen enhet "vuxen"\./],
  ['a site link as a tag', '<a href="/kontakter/">kontakter</a>', /^5: länken <a href="\/kontakter\/"> till en sida på webbplatsen ska skrivas \[text\]\(\/kontakter\/\)/],
  ['an image', '![bild](https://example.com/x.png)', /^5: bilder kan inte läggas in/],
  ['a tag that is not closed', 'Text\n\n<details>\n\nMer text', /^7: texten går inte att läsa .*<details> måste stängas/],
  ['a lone brace', 'Pris {ungefär', /^5: texten går inte att läsa .*Skriv \\< eller \\\{/],
];

for (const [name, text, expected] of refused) {
  test(`refused: ${name}`, () => {
    const found = messages(text);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, expected);
    assert.equal(check(text).problems[0]!.file, 'content/rutiner/nordost.mdx');
    assert.equal(check(text).problems[0]!.entry, 'nordost');
  });
}

test('one of the site’s own components may be imported by its path', () => {
  assert.deepEqual(messages("import ContactCard from '../../src/components/ContactCard.astro'\n\n<ContactCard />"), []);
  assert.match(messages("import Evil from '../../scripts/serve.mjs'\n\n<Evil />")[0]!, /kan inte användas: import och export/);
});

test('a URL reads as a browser would read its start', () => {
  assert.equal(normaliseUrl(' java\tscript:x'), 'javascript:x');
  assert.equal(normaliseUrl('&#x6A;avascript&colon;x'), 'javascript:x');
});
