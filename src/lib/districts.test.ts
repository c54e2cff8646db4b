import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { filesUnder } from '../../tests/support/files.ts';
import ts from 'typescript';
import { readContent } from '../content-pipeline/index.ts';
import { administrations, districtProblems, isLocal, scopeDistricts, scopeLabel, type RoutineScope } from './districts.ts';

const city: RoutineScope = { id: 'stad', title: 'Stadens rutin', kortnamn: 'Stadens rutin', forvaltningar: ['Centrum', 'Hisingen', 'Nordost', 'Sydväst'], ordning: 1 };
const nordost: RoutineScope = { id: 'lokal-no', title: 'Lokal rutin', kortnamn: 'Lokal rutin NO', forvaltningar: ['Nordost'], kompletterar: 'stad', ordning: 2 };
const hisingen: RoutineScope = { id: 'lokal-hi', title: 'Lokal rutin', kortnamn: 'Lokal rutin HI', forvaltningar: ['Hisingen'], kompletterar: 'stad', ordning: 3 };
const routines = [hisingen, city, nordost];

test('each administration the city’s routine names, with the routines that apply to a case there', () => {
  assert.deepEqual(administrations(routines), [
    { id: 'centrum', namn: 'Centrum', rutiner: ['stad'] },
    { id: 'hisingen', namn: 'Hisingen', rutiner: ['stad', 'lokal-hi'] },
    { id: 'nordost', namn: 'Nordost', rutiner: ['stad', 'lokal-no'] },
    { id: 'sydvast', namn: 'Sydväst', rutiner: ['stad'] },
  ]);
});

test('a local routine for two administrations applies to both', () => {
  const both = { ...nordost, forvaltningar: ['Nordost', 'Centrum'] };
  const found = administrations([city, both]);
  assert.deepEqual(found.map((a) => [a.id, a.rutiner]), [
    ['centrum', ['stad', 'lokal-no']],
    ['hisingen', ['stad']],
    ['nordost', ['stad', 'lokal-no']],
    ['sydvast', ['stad']],
  ]);
});

test('a scope is local when its routine supplements another; the label says where it applies', () => {
  assert.equal(isLocal(routines, 'stad'), false);
  assert.equal(isLocal(routines, 'lokal-hi'), true);
  assert.equal(scopeLabel(routines, 'stad'), 'Hela staden (stadens rutin)');
  assert.equal(scopeLabel(routines, 'lokal-no'), 'Bara Nordost (lokal rutin)');
  assert.equal(scopeLabel([city, { ...nordost, forvaltningar: ['Nordost', 'Centrum'] }], 'lokal-no'), 'Bara Nordost och Centrum (lokal rutin)');
  assert.equal(scopeDistricts(routines, 'stad'), undefined);
  assert.equal(scopeDistricts(routines, 'lokal-hi'), 'Hisingen');
  assert.throws(() => scopeLabel(routines, 'okand'));
});

const file = (routine: RoutineScope) => ({ ...routine, file: `content/rutiner/${routine.id}.mdx` });

test('the routines as they are have no district problem', () => {
  assert.deepEqual(districtProblems(routines.map(file)), []);
});

test('a local routine naming an administration its city routine does not apply to is named with file, entry and field', () => {
  const problems = districtProblems([file(city), file({ ...hisingen, forvaltningar: ['Hisingen', 'Angered'] })]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, 'content/rutiner/lokal-hi.mdx');
  assert.equal(problems[0]!.entry, 'lokal-hi');
  assert.equal(problems[0]!.field, 'forvaltningar[2]');
  assert.match(problems[0]!.message, /"Angered" är inte en av förvaltningarna som Stadens rutin gäller för\. Skriv en av: Centrum, Hisingen, Nordost, Sydväst/);
});

test('an administration named twice, and a local routine supplementing a local one, are refused', () => {
  const twice = districtProblems([file({ ...city, forvaltningar: ['Centrum', 'centrum'] })]);
  assert.deepEqual(twice.map((p) => p.field), ['forvaltningar[2]']);
  const chained = districtProblems([file(city), file(nordost), file({ ...hisingen, kompletterar: 'lokal-no' })]);
  assert.deepEqual(chained.map((p) => [p.entry, p.field]), [['lokal-hi', 'kompletterar']]);
});

/**
 * No administration is named in the code: a district is content. Every
 * file under src/ is read as code, comments left out (the TypeScript
 * scanner for .ts, and comments' own syntax in .astro and .css); tests and
 * their fixtures may name them.
 */
test('no administration the routines name is written in src/, outside comments and tests', () => {
  const src = new URL('../', import.meta.url).pathname;
  const names = readContent().process.routines.flatMap((routine) => routine.forvaltningar);
  assert.ok(names.includes('Nordost') && names.length >= 4, 'the administrations come from the routines');
  const pattern = new RegExp(names.map((name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).join('|'), 'i');
  const found: string[] = [];
  for (const file of filesUnder(src)) {
    if (/\.test\.ts(\.snapshot)?$/.test(file) || /\/test-[^/]*\.ts$/.test(file)) continue;
    const code = withoutComments(file, readFileSync(file, 'utf8'));
    code.split('\n').forEach((line, index) => {
      if (pattern.test(line.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))) found.push(`${relative(src, file)}:${index + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});

test('the comment stripper keeps code and strings, and drops comments', () => {
  const code = withoutComments('a.ts', "const a = /\\/x/; const b = 'https://x/nordost'; // Nordost\n/** Nordost */ c(a, b);");
  assert.match(code, /const a = \/\\\/x\/;\s+const b = 'https:\/\/x\/nordost';\s+c\(a, b\);/);
  assert.doesNotMatch(code, /Nordost/);
  assert.equal(withoutComments('a.astro', '---\n// Nordost\nconst x = 1;\n---\n{/* Nordost */}<p>Nordost</p><!-- Nordost -->').includes('Nordost'), true);
  assert.equal(withoutComments('a.astro', '---\n// Nordost\n---\n{/* Nordost */}<!-- Nordost --><style>/* Nordost */</style>').includes('Nordost'), false);
});


/** The code without its comments (in .astro and .css files with the lines kept in place). */
function withoutComments(file: string, text: string): string {
  const blank = (comment: string) => comment.replace(/[^\n]/g, ' ');
  if (file.endsWith('.ts') || file.endsWith('.mjs')) {
    // The compiler knows a comment from a regular expression or a string; types go too, which names nothing.
    return ts.transpileModule(text, { compilerOptions: { removeComments: true, target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, moduleDetection: ts.ModuleDetectionKind.Force } }).outputText;
  }
  return text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/^(\s*)\/\/.*$/gm, (_, indent: string) => indent);
}
