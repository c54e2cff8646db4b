import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibleText, withIntrinsicSize, withoutEmbeddedStyles, withPlainLinks, withXlinkLinks } from './svg.ts';

test('node links get a plain href', () => {
  assert.equal(
    withPlainLinks('<a xlink:href="#steg-a" data-look="neo"><g/></a><a class="x" xlink:href="#steg-b">'),
    '<a href="#steg-a" data-look="neo"><g/></a><a class="x" href="#steg-b">',
  );
});

test('the xlink namespace goes with the last xlink link, and only then', () => {
  assert.equal(withPlainLinks('<svg xmlns:xlink="http://www.w3.org/1999/xlink" id="x"><a xlink:href="#a"/></svg>'), '<svg id="x"><a href="#a"/></svg>');
  const used = '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#m"/></svg>';
  assert.equal(withPlainLinks(used), used);
});

test('links back to xlink for SVG 1.1 tools, with the namespace declared once', () => {
  assert.equal(
    withXlinkLinks('<svg id="x"><a href="#a"/><a class="n" href="#b"/></svg>'),
    '<svg xmlns:xlink="http://www.w3.org/1999/xlink" id="x"><a xlink:href="#a"/><a class="n" xlink:href="#b"/></svg>',
  );
  assert.equal(withXlinkLinks('<svg><g/></svg>'), '<svg><g/></svg>');
  // As Mermaid writes it: xlink:href, the namespace undeclared.
  assert.equal(withXlinkLinks('<svg id="x"><a xlink:href="#a"/></svg>'), '<svg xmlns:xlink="http://www.w3.org/1999/xlink" id="x"><a xlink:href="#a"/></svg>');
  assert.equal(withPlainLinks(withXlinkLinks('<svg id="x"><a href="#a"/></svg>')), '<svg id="x"><a href="#a"/></svg>');
});

test('the SVG gets the size of its drawing instead of its container\'s', () => {
  assert.equal(
    withIntrinsicSize('<svg id="x" width="100%" class="flowchart" style="max-width: 1580.77px;" viewBox="8 8 1580.77 3499" role="doc">'),
    '<svg id="x" width="1581" height="3499" class="flowchart" viewBox="8 8 1580.77 3499" role="doc">',
  );
});

test('an SVG without a viewBox is left alone', () => {
  assert.equal(withIntrinsicSize('<svg width="100%">'), '<svg width="100%">');
});

test('Mermaid\'s embedded stylesheet is removed, nothing else', () => {
  assert.equal(withoutEmbeddedStyles('<svg><title>T</title><style>#x{fill:#1b1b1b}\n.a{}</style><g class="root"/></svg>'), '<svg><title>T</title><g class="root"/></svg>');
});

test('the accessible name and description are the title and desc the root points to', () => {
  const svg =
    '<svg aria-describedby="chart-desc-x" aria-labelledby="chart-title-x" role="graphics-document document">' +
    '<title id="chart-title-x">Flödesschema</title><desc id="chart-desc-x"> Stegen i ordning. </desc></svg>';
  assert.deepEqual(accessibleText(svg), { title: 'Flödesschema', description: 'Stegen i ordning.' });
});

const incomplete: Array<[string, string, { title: string; description: string }]> = [
  ['no desc', '<svg aria-labelledby="t"><title id="t">T</title></svg>', { title: 'T', description: '' }],
  ['an empty title', '<svg aria-labelledby="t" aria-describedby="d"><title id="t"></title><desc id="d">D</desc></svg>', { title: '', description: 'D' }],
  ['a title nothing points to', '<svg><title id="t">T</title></svg>', { title: '', description: '' }],
];
for (const [name, svg, expected] of incomplete) {
  test(`accessible text of an SVG with ${name}`, () => assert.deepEqual(accessibleText(svg), expected));
}
