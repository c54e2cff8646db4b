import { test } from 'node:test';
import assert from 'node:assert/strict';
import { centre, clampZoom, maxZoom, nextZoom, scrollToKeep, visiblePart, zoomActionForKey, zoomAnnouncement } from './zoom.ts';

const maxima: Array<[string, number, number, number]> = [
  // drawn width, fitted width → the largest zoom (labels at twice their drawn size)
  ['a phone', 1453, 341, (2 * 1453) / 341],
  ['a laptop', 1453, 1118, (2 * 1453) / 1118],
  ['a column wider than twice the chart', 400, 1000, 1],
  ['a chart not measured yet', 0, 341, 1],
];
for (const [name, drawn, fitted, expected] of maxima) {
  test(`largest zoom on ${name}`, () => assert.equal(maxZoom(drawn, fitted), expected));
}

const steps: Array<[number, 'in' | 'out' | 'fit', number, number]> = [
  [1, 'in', 8, 1.5],
  [1.5, 'in', 8, 2.25],
  [6, 'in', 8, 8],
  [8, 'in', 8, 8],
  [1.5, 'out', 8, 1],
  [1, 'out', 8, 1],
  [1.52, 'out', 8, 1],
  [5.4, 'in', 8.2, 8.1],
  [5.45, 'in', 8.2, 8.2],
  [4, 'fit', 8, 1],
];
for (const [from, action, max, expected] of steps) {
  test(`zoom ${action} from ${from} (max ${max}) gives ${expected}`, () => assert.ok(Math.abs(nextZoom(from, action, max) - expected) < 1e-9, String(nextZoom(from, action, max))));
}

test('zoom stays between the whole chart and the largest', () => {
  assert.equal(clampZoom(0.3, 4), 1);
  assert.equal(clampZoom(9, 4), 4);
  assert.equal(clampZoom(Number.NaN, 4), 1);
});

const none = { ctrlKey: false, altKey: false, metaKey: false };
const keys: Array<[string, typeof none, string | undefined]> = [
  ['+', none, 'in'],
  ['=', none, 'in'],
  ['-', none, 'out'],
  ['0', none, 'fit'],
  ['+', { ...none, ctrlKey: true }, undefined],
  ['0', { ...none, metaKey: true }, undefined],
  ['ArrowDown', none, undefined],
  ['Enter', none, undefined],
];
for (const [key, modifiers, expected] of keys) {
  test(`key ${key}${modifiers.ctrlKey ? ' with ctrl' : modifiers.metaKey ? ' with meta' : ''} → ${expected}`, () => assert.equal(zoomActionForKey(key, modifiers), expected));
}

test('zoom levels are said in Swedish', () => {
  assert.equal(zoomAnnouncement(1), 'Hela schemat visas.');
  assert.equal(zoomAnnouncement(2.25), 'Schemat förstorat 225\u00a0%.');
});

test('the part of a box in the window', () => {
  assert.deepEqual(visiblePart({ left: -10, top: -100, width: 400, height: 2000 }, 375, 812), { left: 0, top: 0, width: 375, height: 812 });
  assert.deepEqual(visiblePart({ left: 0, top: 900, width: 300, height: 100 }, 375, 812), { left: 0, top: 900, width: 300, height: 0 });
});

test('after a zoom, the point zoomed at is scrolled back under the pointer', () => {
  // The chart doubles around its top left corner; the pointer was at its middle.
  const before = { left: 0, top: 0, width: 200, height: 400 };
  const after = { left: 0, top: 0, width: 400, height: 800 };
  const shown = { left: 0, top: 0, width: 300, height: 500 };
  assert.deepEqual(scrollToKeep({ x: 100, y: 200 }, before, after, shown), { x: 100, y: 200 });
  // A point outside the box is kept at the box's nearest edge.
  assert.deepEqual(scrollToKeep({ x: 100, y: 600 }, { ...before, height: 800 }, { ...after, height: 1600 }, shown), { x: 100, y: 700 });
});

test('the middle of a box', () => assert.deepEqual(centre({ left: 10, top: 20, width: 100, height: 50 }), { x: 60, y: 45 }));
