import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filesToKeep, pageUrl } from './offline-files.ts';

const BUILD: Record<string, string> = {
  'index.html': '<script type="module" src="/rutiner/insluss/_astro/page.A1.js"></script>',
  '404.html': '<script type="module" src="/_astro/page.A1.js"></script>',
  'guide/index.html': '<script type="module" src="/_astro/guide.astro_astro_type_script.B2.js"></script>',
  'flodesschema/index.html': '<script type="module" src="/_astro/flodesschema.C3.js"></script>',
  'favicon.svg': '<svg/>',
  'rutiner/andringar.xml': '<feed/>',
  '_astro/Base.X.css': '',
  '_astro/page.A1.js': 'import{t as e}from"./shared.S.js";',
  '_astro/shared.S.js': '',
  '_astro/guide.astro_astro_type_script.B2.js': 'import"./shared.S.js";e(()=>import(`./guide-app.G.js`))',
  '_astro/guide-app.G.js': 'import{a}from"./dates.D.js"',
  '_astro/dates.D.js': '',
  '_astro/flodesschema.C3.js': 'import(`./flow-chart-draw.F.js`)',
  '_astro/flow-chart-draw.F.js': 'const __vite__mapDeps=["_astro/mermaid.core.M.js"];import(`./mermaid.core.M.js`)',
  '_astro/mermaid.core.M.js': 'import"./chunk-big.Z.js"',
  '_astro/chunk-big.Z.js': '',
  '_astro/unused.U.js': '',
  'pagefind/pagefind.js': '',
  'pagefind/pagefind-worker.js': '',
  'pagefind/pagefind-entry.json': '{"languages":{"sv":{"hash":"sv_1","wasm":"sv"}}}',
  'pagefind/pagefind.sv_1.pf_meta': '',
  'pagefind/wasm.sv.pagefind': '',
  'pagefind/wasm.unknown.pagefind': '',
  'pagefind/pagefind-ui.js': '',
  'pagefind/pagefind-component-ui.css': '',
  'pagefind/pagefind-highlight.js': '',
  'pagefind/index/sv_a.pf_index': '',
  'pagefind/fragment/sv_b.pf_fragment': '',
  'pagefind/ord.json': '{}',
};
const kept = filesToKeep(Object.keys(BUILD), (path) => BUILD[path]!, ['guide-app', 'flow-chart-draw', 'role-guide']);

test('every page but the 404 page, the stylesheets and the icon; not the feed', () => {
  assert.deepEqual(kept.filter((file) => !file.startsWith('_astro/') && !file.startsWith('pagefind/')), ['index.html', 'guide/index.html', 'flodesschema/index.html', 'favicon.svg']);
  assert.ok(kept.includes('_astro/Base.X.css'));
});

test('the pages’ scripts and their imports, the site’s own scripts loaded on demand, not a library loaded on demand', () => {
  assert.deepEqual(
    kept.filter((file) => file.endsWith('.js') && file.startsWith('_astro/')).sort(),
    ['_astro/dates.D.js', '_astro/flodesschema.C3.js', '_astro/flow-chart-draw.F.js', '_astro/guide-app.G.js', '_astro/guide.astro_astro_type_script.B2.js', '_astro/page.A1.js', '_astro/shared.S.js'],
  );
});

test('the search and its index, without Pagefind’s own interfaces or another language’s WebAssembly', () => {
  assert.deepEqual(kept.filter((file) => file.startsWith('pagefind/')), [
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.sv_1.pf_meta',
    'pagefind/wasm.sv.pagefind',
    'pagefind/index/sv_a.pf_index',
    'pagefind/fragment/sv_b.pf_fragment',
    'pagefind/ord.json',
  ]);
});

test('a page is saved under the address readers open', () => {
  assert.equal(pageUrl('index.html'), '');
  assert.equal(pageUrl('rutiner/nordost/index.html'), 'rutiner/nordost/');
  assert.equal(pageUrl('_astro/a.js'), '_astro/a.js');
});
