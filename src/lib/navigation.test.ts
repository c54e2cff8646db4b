import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCurrentSection, mainNavigation, menuWidth } from './navigation.ts';

const routines = [
  { id: 'lokal-norr', kortnamn: 'Lokal rutin Norr', ordning: 2 },
  { id: 'stad', kortnamn: 'Stadens rutin', ordning: 1 },
];
const menu = mainNavigation(routines);
const start = menu[0]!;
const local = menu.find((item) => item.path === '/rutiner/lokal-norr/')!;

test('the menu has a routine item per routine, by its short name, in the routines’ order', () => {
  assert.deepEqual(
    menu.slice(0, 4).map((item) => [item.label, item.path]),
    [
      ['Start', '/'],
      ['Stadens rutin', '/rutiner/stad/'],
      ['Lokal rutin Norr', '/rutiner/lokal-norr/'],
      ['Kontakter', '/kontakter/'],
    ],
  );
  assert.equal(mainNavigation([...routines, { id: 'lokal-syd', kortnamn: 'Lokal rutin Syd', ordning: 3 }]).length, menu.length + 1);
});

const cases: Array<[string, typeof start, string, boolean]> = [
  ['start on the start page', start, '/', true],
  ['start on a routine', start, '/rutiner/lokal-norr/', false],
  ['a local routine on its page', local, '/rutiner/lokal-norr/', true],
  ['a local routine on an earlier version of it', local, '/rutiner/lokal-norr/2023-01-10/', true],
  ['a local routine on the city routine', local, '/rutiner/stad/', false],
];

for (const [name, item, path, expected] of cases) {
  test(`current section: ${name}`, () => assert.equal(isCurrentSection(item, path), expected));
}

test('the menu folds below the width its items need on one row, and a longer menu needs more', () => {
  const width = menuWidth(menu);
  assert.ok(width > 40 && width < 80, `${width}em`);
  const longer = mainNavigation([...routines, { id: 'lokal-syd', kortnamn: 'Lokal rutin Sydväst', ordning: 3 }]);
  assert.ok(menuWidth(longer) >= width + 'Lokal rutin Sydväst'.length * 0.5 + 1.5);
});
