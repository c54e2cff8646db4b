import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { ROOT, type Copy } from './project.ts';
import { all, hasClass, main, one, parse, text, words } from './html.ts';
import { FIXTURE, revisionFixture } from './revision-fixture.ts';

/**
 * The revision mechanism, proven on a copy of the project with a second,
 * edited revision of the Nordost routine (tests/content/revision-fixture.ts):
 * its build must give the earlier version at a stable address with a
 * banner, a page whose marked words are exactly the edit, and the routine's
 * history. The live site keeps one version of each routine, and never an
 * invented earlier text.
 */
const page = (path: string) => join(FIXTURE.dist, path, 'index.html');
const VERSION_PAGE = `rutiner/${FIXTURE.routine}/${FIXTURE.earlier}/`;
const COMPARISON_PAGE = `rutiner/${FIXTURE.routine}/andringar/${FIXTURE.current}/`;
const ROUTINE_PAGE = `rutiner/${FIXTURE.routine}/`;

let copy: Copy;
let build: { ok: boolean; output: string };

before(() => {
  rmSync(FIXTURE.dist, { recursive: true, force: true });
  copy = revisionFixture();
  build = copy.run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { OUT_DIR: FIXTURE.dist, BASE_PATH: '/' });
});

after(() => copy?.remove());

test('the copy with two revisions builds, without the reminders of missing addresses', () => {
  assert.equal(build.ok, true, build.output);
  assert.doesNotMatch(build.output, /tillganglighetEpost|dokumentansvarigEpost/);
});

test('the earlier version has its own address, says it is not the current one and links to it', () => {
  const html = parse(page(VERSION_PAGE));
  const notice = one(html, (node) => hasClass(node, 'version-notice'));
  assert.match(words(notice), /^Det här är inte den gällande versionen/);
  assert.match(words(notice), new RegExp(`versionen från ${FIXTURE.earlier} och gällde till ${FIXTURE.current}\\. Den gäller inte längre\\.`));
  const links = all(notice, (node) => node.tagName === 'a').map((a) => [a.properties.href, words(a)]);
  assert.deepEqual(links, [
    [`/${ROUTINE_PAGE}`, `Läs den gällande versionen av ${FIXTURE.title}`],
    [`/${COMPARISON_PAGE}`, `se vad som ändrades ${FIXTURE.current}`],
  ]);
  assert.ok(text(main(html)).includes(FIXTURE.earlierText), 'the earlier text, word for word');
});

test('what changed: exactly the edited words are marked, with labels that are read and printed', () => {
  const html = parse(page(COMPARISON_PAGE));
  const sections = all(main(html), (node) => hasClass(node, 'comparison__section'));
  const marked = (tag: string) => sections.flatMap((section) => all(section, (node) => node.tagName === tag)).map((node) => text(node, (child) => hasClass(child, 'change-label')).trim());
  assert.deepEqual(marked('del'), [FIXTURE.removed]);
  assert.deepEqual(marked('ins'), [FIXTURE.added]);
  const labels = sections.flatMap((section) => all(section, (node) => hasClass(node, 'change-label'))).map((node) => text(node));
  assert.deepEqual(labels, ['Borttaget: ', ' (slut på borttaget)', 'Tillagt: ', ' (slut på tillagt)']);
  const body = text(main(html));
  assert.match(body, new RegExp(`Ändrade avsnitt: ${FIXTURE.section}`));
  assert.match(body, /Ändrade dokumentuppgifter: Senast reviderad/);
  assert.ok(body.includes(FIXTURE.summary), 'the owner’s summary');
  assert.doesNotMatch(body, /Nya avsnitt|Borttagna avsnitt/);
  const header = one(main(html), (node) => hasClass(node, 'comparison__header'));
  assert.equal(words(one(header, (node) => node.tagName === 'dt')), 'Senast reviderad');
  assert.equal(words(one(header, (node) => node.tagName === 'dd')), `Borttaget: ${FIXTURE.earlier} (slut på borttaget) Tillagt: ${FIXTURE.current} (slut på tillagt)`);
});

test('the routine says when it was last revised, links to what changed, and lists its history', () => {
  const html = parse(page(ROUTINE_PAGE));
  const revised = one(html, (node) => hasClass(node, 'routine__revised'));
  assert.equal(words(revised), `Senast reviderad ${FIXTURE.current} – se vad som ändrades`);
  assert.equal(one(revised, (node) => node.tagName === 'a').properties.href, `/${COMPARISON_PAGE}`);
  const history = all(one(html, (node) => hasClass(node, 'revision-history')), (node) => node.tagName === 'li').map((li) => words(li));
  // The revision's two versions, then those content/ already kept: each readable, and compared with the one before it if there is one.
  const published = [{ date: FIXTURE.earlier, summary: FIXTURE.earlierSummary }, ...FIXTURE.keptBefore];
  const kept = published.map(({ date, summary }, index) =>
    [`${date} Reviderad.`, summary && `Ändringar i denna version: ${summary}`, `Läs versionen från ${date}.`, index < published.length - 1 && `Se vad som ändrades ${date}.`]
      .filter(Boolean)
      .join(' '),
  );
  assert.deepEqual(history.slice(0, 1 + kept.length), [
    `${FIXTURE.current} Reviderad. Gällande version. Ändringar i denna version: ${FIXTURE.summary} Se vad som ändrades ${FIXTURE.current}.`,
    ...kept,
  ]);
  // Then the routine's decisions, newest first.
  const decisions = history.slice(1 + kept.length);
  assert.ok(decisions.length > 0, history.join('\n'));
  for (const entry of decisions) assert.match(entry, /^\d{4}-\d{2}-\d{2} Beslutad\b/);
  assert.deepEqual(decisions.map((entry) => entry.slice(0, 10)), decisions.map((entry) => entry.slice(0, 10)).sort().reverse());
  const oldest = published.at(-1)!.date;
  assert.match(text(one(html, (node) => hasClass(node, 'revision-history'))), new RegExp(`Tidigare versioner av texten, från före ${oldest}, är inte publicerade på webbplatsen\\.`));
});

test('earlier versions and comparisons are left out of search; the current text is in it', () => {
  assert.equal(main(parse(page(VERSION_PAGE))).properties.dataPagefindBody, undefined);
  assert.equal(main(parse(page(COMPARISON_PAGE))).properties.dataPagefindBody, undefined);
  assert.notEqual(main(parse(page(ROUTINE_PAGE))).properties.dataPagefindBody, undefined);
});

test('the header names the organisation and links to the intranet; the statement gives the feedback address', () => {
  const start = parse(page(''));
  const org = one(start, (node) => hasClass(node, 'site-header__org'));
  assert.equal(words(org), `${FIXTURE.organisation} · ${FIXTURE.intranet.text}`);
  assert.equal(one(org, (node) => node.tagName === 'a').properties.href, FIXTURE.intranet.adress);
  const statement = main(parse(page('tillganglighet/')));
  assert.deepEqual(
    all(statement, (node) => node.tagName === 'a' && String(node.properties.href).startsWith('mailto:')).map((a) => a.properties.href),
    [`mailto:${FIXTURE.email}`, `mailto:${FIXTURE.email}`],
  );
});

test('the new pages are valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  for (const path of [VERSION_PAGE, COMPARISON_PAGE, ROUTINE_PAGE]) {
    const report = await validator.validateFile(page(path));
    const problems = report.results.flatMap(({ messages }) => messages.map(({ line, ruleId, message }) => `${path}:${line} ${ruleId}: ${message}`));
    assert.deepEqual(problems, []);
  }
});

test('every link and anchor on the new pages leads somewhere in the build', () => {
  const broken: string[] = [];
  for (const path of [VERSION_PAGE, COMPARISON_PAGE, ROUTINE_PAGE]) {
    for (const a of all(parse(page(path)), (node) => node.tagName === 'a')) {
      const href = String(a.properties.href);
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, `http://site/${path}`);
      // A page is a folder's index.html; the feed is a file of its own.
      const linked = decodeURIComponent(url.pathname);
      const target = linked.endsWith('/') ? join(FIXTURE.dist, linked, 'index.html') : join(FIXTURE.dist, linked);
      if (!existsSync(target)) broken.push(`${path}: ${href}`);
      else if (url.hash && !readFileSync(target, 'utf8').includes(` id="${decodeURIComponent(url.hash.slice(1))}"`)) broken.push(`${path}: ${href} (no anchor)`);
    }
  }
  assert.deepEqual(broken, []);
});
