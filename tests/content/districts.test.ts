import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../scripts/lib/browser.mjs';
import { ASTRO, differences, englishLines, ROOT, type Copy } from './project.ts';
import { DISTRICT, districtFixture } from './district-fixture.ts';
import { all, hasClass, main, one, parse, words } from './html.ts';
import { slugify } from '../../src/lib/slug.ts';

/**
 * A district is content: a copy of the project gains a local supplement
 * for Hisingen (tests/content/district-fixture.ts) with files under
 * content/ only, and its build shows it everywhere the site shows a
 * district: the menu, the routine, a flowchart and role page of its own
 * (src/lib/process/views.ts), the contacts page. The guide is walked in a browser, in
 * tests/districts.spec.ts, over the same build (dist-distrikt/).
 */
/** The address of the administration's view (src/lib/process/views.ts). */
const VIEW = slugify(DISTRICT.administration);
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

test('the supplement’s administration gets its own flowchart: the step drawn as a local node named with its administration, listed as Hisingen only', () => {
  const html = main(page(`flodesschema/${VIEW}/`));
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
  // Only this administration's local steps: Nordost's have a chart of their own.
  assert.match(words(one(html, (node) => hasClass(node, 'legend'))), new RegExp(`Streckad ram: lokal rutin, gäller bara förvaltningen inom parentes \\(${DISTRICT.administration}\\)`));
  assert.equal(words(one(html, (node) => node.tagName === 'h1')), `Flödesschema för ${DISTRICT.administration}`);
});

test('the city’s flowchart names the new chart, and its step leads there', () => {
  const html = main(page('flodesschema/'));
  const views = one(html, (node) => node.tagName === 'nav' && node.properties.ariaLabel === 'Förvaltning');
  // Not in the city's chart nor its list: only an anchor at the link to its own chart, where an old link to it lands.
  const anchored = all(html, (node) => node.properties?.id === `steg-${DISTRICT.step.id}`);
  assert.equal(anchored.length, 1);
  assert.equal(anchored[0]!.tagName, 'span');
  const item = one(views, (node) => node.tagName === 'li' && all(node, (child) => child === anchored[0]).length === 1);
  assert.equal(one(item, (node) => node.tagName === 'a').properties.href, `/flodesschema/${VIEW}/`);
  // In the order the city's routine names its administrations; the city's chart by those it is the whole process for.
  const links = all(views, (node) => node.tagName === 'a').map((a) => [words(a), a.properties.href]);
  assert.deepEqual(links.slice(1), [
    [DISTRICT.administration, `/flodesschema/${VIEW}/`],
    ['Nordost', '/flodesschema/nordost/'],
  ]);
  assert.equal(links[0]![1], '/flodesschema/');
  assert.doesNotMatch(String(links[0]![0]), new RegExp(`${DISTRICT.administration}|Nordost`));
  const before = one(html, (node) => node.properties?.id === `steg-${DISTRICT.after}`);
  assert.ok(
    all(before, (node) => node.tagName === 'a').some((a) => a.properties.href === `/flodesschema/${VIEW}/#steg-${DISTRICT.step.id}`),
    'the step before it links to it on its own chart',
  );
});

test('the role gets a page for the administration, with the step and the contact under it', () => {
  const html = main(page(`roller/vuxenenheten/${VIEW}/`));
  const item = one(html, (node) => node.properties?.id === `steg-${DISTRICT.step.id}`);
  assert.equal(words(one(item, (node) => hasClass(node, 'step__condition'))), `Villkor: I ärenden hos Socialförvaltningen ${DISTRICT.administration}`);
  assert.match(words(one(item, (node) => hasClass(node, 'step__title'))), new RegExp(`^\\d+\\. ${DISTRICT.step.titel}$`));
  const contacts = one(html, (node) => hasClass(node, 'role-contacts'));
  assert.equal(words(one(contacts, (node) => node.tagName === 'h2')), `Kontakter i ${DISTRICT.administration}`);
  assert.match(words(contacts), new RegExp(`Ur ${DISTRICT.kortnamn}\\.`));
  assert.ok(all(contacts, (node) => node.tagName === 'a').some((a) => a.properties.href === DISTRICT.line.tel));
  const city = main(page('roller/vuxenenheten/'));
  const views = one(city, (node) => node.tagName === 'nav' && node.properties.ariaLabel === 'Förvaltning');
  assert.ok(all(views, (node) => node.tagName === 'a').some((a) => a.properties.href === `/roller/vuxenenheten/${VIEW}/`), 'the city’s role page links to it');
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
