import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withIntrinsicSize, withPlainLinks } from './svg.ts';

test('node links get a plain href', () => {
  assert.equal(
    withPlainLinks('<a xlink:href="#steg-a" data-look="neo"><g/></a><a class="x" xlink:href="#steg-b">'),
    '<a href="#steg-a" data-look="neo"><g/></a><a class="x" href="#steg-b">',
  );
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
