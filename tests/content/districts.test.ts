import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../scripts/lib/browser.mjs';
import { ASTRO, differences, englishLines, ROOT, type Copy } from './project.ts';
import { DISTRICT, districtFixture } from './district-fixture.ts';
import { all, hasClass, main, one, parse, words } from './html.ts';

/**
 * A district is content: a copy of the project gains a local supplement
 * for Hisingen (tests/content/district-fixture.ts) with files under
 * content/ only, and its build shows it everywhere the site shows a
 * district: the menu, the routine, the flowchart's chart and list, the role
 * page, the contacts page. The guide is walked in a browser, in
 * tests/districts.spec.ts, over the same build (dist-distrikt/).
 */
const page = (path: string) => parse(join(DISTRICT.dist, path, 'index.html'));

let copy: Copy;
let build: { ok: boolean; output: string };
let changed: { added: string[]; edited: string[] };

before(() => {
  rmSync(DISTRICT.dist, { recursive: true, force: true });
  copy = districtFixture();
  changed = differences(ROOT, copy.dir);
  // The chart is drawn at build time where a browser can be started, as in the real build.
  const browser = findChromium({ headless: true }).path;
  build = copy.run([ASTRO, 'build'], { OUT_DIR: DISTRICT.dist, BASE_PATH: '/', ...(browser ? { CHROMIUM_PATH: browser } : {}) });
});

after(() => copy?.remove());

test('adding the supplement touches only files under content/, and the copy builds', () => {
  assert.deepEqual(changed, {
    added: [`content/rutiner/${DISTRICT.routine}.mdx`, `content/rutiner/${DISTRICT.routine}/beslutat-dokument.txt`],
    edited: ['content/kontakter.yaml', 'content/process/granskning.yaml', 'content/process/roller.yaml', 'content/process/steg.yaml'],
  });
  assert.equal(build.ok, true, build.output);
});

// What an owner sees after `npm run build` (issue 19, point 4): the build
// of a copy that only gained content, as the real one with a browser to draw the chart.
test('the build prints only Swedish: the reminders, what was built, nothing of Astro\'s or Vite\'s progress', () => {
  assert.deepEqual(englishLines(build.output), []);
  assert.match(build.output, /^Obs: content\/webbplats\.yaml, fältet tillganglighetEpost: adressen för synpunkter på tillgängligheten är inte ifylld\./m);
  assert.match(build.output, /^Sidorna är byggda: \d+ sidor i \S*dist-distrikt\/\.$/m);
  assert.match(build.output, /^Sökindex: \d+ avsnitt från \d+ sidor$/m);
  assert.doesNotMatch(build.output, /MODULE_LEVEL_DIRECTIVE|larger than 500 kB|\[build\]|\[vite\]/);
});

test('the menu has the supplement, by its short name, on every page', () => {
  for (const path of ['', 'kontakter/', `rutiner/${DISTRICT.routine}/`]) {
    const menu = one(page(path), (node) => hasClass(node, 'site-nav__list'));
    const items = all(menu, (node) => node.tagName === 'a').map((a) => [words(a), a.properties.href, a.properties.ariaCurrent]);
    assert.deepEqual(
      items.find(([label]) => label === DISTRICT.kortnamn),
      [DISTRICT.kortnamn, `/rutiner/${DISTRICT.routine}/`, path === `rutiner/${DISTRICT.routine}/` ? 'page' : undefined],
    );
    assert.ok(items.some(([label]) => label === 'Lokal rutin Nordost'), 'the other supplement stays');
  }
});

test('the routine has its page, supplementing the city’s, with its contact', () => {
  const html = main(page(`rutiner/${DISTRICT.routine}/`));
  assert.equal(words(one(html, (node) => node.tagName === 'h1')), DISTRICT.title);
  assert.match(words(one(html, (node) => hasClass(node, 'routine__supplements'))), /^Kompletterar Göteborgs Stads rutin/);
  assert.ok(all(html, (node) => node.tagName === 'a').some((a) => a.properties.href === DISTRICT.line.tel));
});

test('the flowchart draws the step as a local node named with its administration, and lists it as Hisingen only', () => {
  const html = main(page('flodesschema/'));
  const svg = one(html, (node) => node.tagName === 'svg');
  const link = one(svg, (node) => node.tagName === 'a' && node.properties.href === `#steg-${DISTRICT.step.id}`);
  const group = one(link, (node) => hasClass(node, 'node'));
  assert.ok(hasClass(group, 'lokal'), 'drawn as a step of a local routine');
  // The arrow's label (the administration) in bold at the top of the step it leads to, then the step.
  assert.equal(words(one(group, (node) => node.tagName === 'p')), `${DISTRICT.administration}Vuxenenheten (${DISTRICT.administration}): ${DISTRICT.step.titel}`);
  const item = one(html, (node) => node.properties?.id === `steg-${DISTRICT.step.id}`);
  assert.ok(hasClass(one(item, (node) => node.tagName === 'article'), 'step--lokal'));
  const scope = one(item, (node) => node.tagName === 'div' && all(node, (child) => child.tagName === 'dt').some((dt) => words(dt) === 'Gäller'));
  assert.equal(words(one(scope, (node) => node.tagName === 'dd')), `Bara ${DISTRICT.administration} (lokal rutin)`);
  assert.match(words(one(html, (node) => hasClass(node, 'legend'))), /Streckad ram: lokal rutin, gäller bara förvaltningen inom parentes \(Nordost, Hisingen\)/);
});

test('the role page lists the step, and the contact under the supplement’s administration', () => {
  const html = main(page('roller/vuxenenheten/'));
  const item = one(html, (node) => node.properties?.id === `steg-${DISTRICT.step.id}`);
  assert.equal(words(one(item, (node) => hasClass(node, 'step__condition'))), `Villkor: I ärenden hos Socialförvaltningen ${DISTRICT.administration}`);
  assert.match(words(one(item, (node) => hasClass(node, 'step__title'))), new RegExp(`^\\d+\\. ${DISTRICT.step.titel}$`));
  const contacts = one(html, (node) => hasClass(node, 'role-contacts'));
  assert.equal(words(one(contacts, (node) => node.tagName === 'h2')), `Kontakter i Nordost och ${DISTRICT.administration}`);
  assert.match(words(contacts), new RegExp(`Ur Lokal rutin Nordost och ${DISTRICT.kortnamn}\\.`));
  assert.ok(all(contacts, (node) => node.tagName === 'a').some((a) => a.properties.href === DISTRICT.line.tel));
});

test('the contacts page lists the contact, tagged with its routine, and names both routines as sources', () => {
  const html = main(page('kontakter/'));
  const unit = one(html, (node) => node.tagName === 'section' && all(node, (child) => child.tagName === 'h2' && child.properties.id === DISTRICT.unit.id).length === 1);
  assert.equal(words(one(unit, (node) => node.tagName === 'h2')), DISTRICT.unit.namn);
  assert.equal(words(one(unit, (node) => hasClass(node, 'contact-unit__org'))), `${DISTRICT.unit.forvaltning} · ur ${DISTRICT.kortnamn}`);
  assert.ok(all(unit, (node) => node.tagName === 'a').some((a) => a.properties.href === DISTRICT.line.tel));
  const sources = one(html, (node) => hasClass(node, 'lead__source'));
  assert.match(words(sources), new RegExp(`Lokal rutin Insluss \\(Nordost\\) och ${DISTRICT.title} \\(${DISTRICT.administration}\\)`));
  const links = all(sources, (node) => node.tagName === 'a').map((a) => a.properties.href);
  assert.deepEqual(links, ['/rutiner/nordost/#kontaktuppgifter', `/rutiner/${DISTRICT.routine}/#${DISTRICT.section.id}`]);
});
