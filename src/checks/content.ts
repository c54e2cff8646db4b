/**
 * Checks everything in content/ the way the build does, without building:
 * `npm run kontrollera`, the build's first step (src/integrations/
 * content-check.ts) and the dev server all run this one function. It reads
 * the files from disk and applies the collections' own schemas (from
 * src/content.config.ts), the MDX rules, the links, the versions, the
 * contact data's cross-checks and the process model's, so each rule has
 * one source. Every message is Swedish and names the file, the entry and
 * the field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { collections } from '../content.config.ts';
import { CONTACTS_FILE, crossCheckContacts, emailsToCheck } from '../lib/contacts.ts';
import { checkMdx, type ComponentRule, type MdxLink } from '../lib/checks/mdx.ts';
import { GLOSSARY_FILE, validateGlossary, type GlossaryEntry } from '../lib/glossary.ts';
import { linkProblem, siteMap, type SitePage } from '../lib/checks/links.ts';
import { formatProblem, issuesToProblems, swedishIssue, type Problem } from '../lib/checks/problems.ts';
import { readFrontmatter, readYaml } from '../lib/checks/yaml.ts';
import { dateProblem } from '../lib/iso-date.ts';
import { districtProblems, type RoutineScope } from '../lib/districts.ts';
import type { ProcessModel, QuestionEntry, Source } from '../lib/process/model.ts';
import { withAdministrations } from '../lib/process/questions.ts';
import { stepAnchor } from '../lib/process/model.ts';
import { sections } from '../lib/process/source-text.ts';
import { FILES, formatProblem as formatModelProblem, quoteProblem, readRoutines, validateModel } from '../lib/process/validate.ts';
import { REVIEW_FILE, parseReviews, reviewCommand, reviewProblems } from '../lib/process/review.ts';
import { versionProblems, type VersionHeader } from '../lib/revisions/history.ts';
import { ROUTINE_PAGE_IDS } from '../lib/routine-page.ts';
import { comparisonPath, routinePath, versionPath } from '../lib/urls.ts';

export interface ContentReport {
  /** Mistakes that stop the build, one line each. */
  errors: string[];
  /** Things the owner should know that do not stop it. */
  warnings: string[];
}

export const SITE_FILE = 'content/webbplats.yaml';

/** A schema as the collections hold it: zod's safeParse, with the `error` option for Swedish defaults. */
interface Schema {
  safeParse(data: unknown, params?: { error?: (issue: never) => string }): { success: true; data: unknown } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
}

const schemaOf = (name: keyof typeof collections) => (collections[name] as unknown as { schema: Schema }).schema;

/** Parses one entry with its collection's schema; problems go to `problems`, the data (or undefined) is returned. */
function parseEntry<T>(name: keyof typeof collections, data: unknown, file: string, entry: string | undefined, problems: Problem[]): T | undefined {
  const result = schemaOf(name).safeParse(data, { error: swedishIssue as (issue: never) => string });
  if (result.success) return result.data as T;
  problems.push(...issuesToProblems(file, entry, result.error.issues));
  return undefined;
}

interface MdxEntry {
  id: string;
  file: string;
  source: string;
  body: string;
  links: MdxLink[];
  ids: string[];
  /** The page the text is shown on, for links within it. */
  page: string;
}

type RoutineData = VersionHeader & Omit<RoutineScope, 'id'>;

export async function checkContent(root: string = process.cwd()): Promise<ContentReport> {
  const problems: Problem[] = [];
  /** Messages other checks already wrote out in full (contacts' and the process model's cross-checks). */
  const written: string[] = [];
  const warnings: string[] = [];
  const path = (file: string) => join(root, file);
  const read = (file: string) => readFileSync(path(file), 'utf8');

  // Contacts first: the routines' <Kontaktuppgifter enhet="…" /> names their units.
  const contacts = checkContacts(existsSync(path(CONTACTS_FILE)) ? read(CONTACTS_FILE) : undefined, problems, written, warnings);

  const components: Record<string, Record<string, ComponentRule>> = {
    rutiner: {
      Kontaktuppgifter: (attributes) => {
        const unexpected = Object.keys(attributes).filter((name) => name !== 'enhet');
        if (unexpected.length) return `attributet ${unexpected.join(', ')} finns inte. Skriv <Kontaktuppgifter enhet="…" />.`;
        if (!attributes.enhet) return 'ange vilken enhet, till exempel <Kontaktuppgifter enhet="vuxen-mottag" />.';
        if (contacts && !contacts.units.includes(attributes.enhet)) {
          return `det finns ingen enhet "${attributes.enhet}" i ${CONTACTS_FILE}. Skriv en av: ${contacts.units.join(', ')}.`;
        }
        return null;
      },
    },
    // An earlier version shows no contacts (they are today's data), so a unit since removed is no mistake there.
    versioner: { Kontaktuppgifter: (attributes) => (attributes.enhet ? null : 'ange vilken enhet, till exempel <Kontaktuppgifter enhet="vuxen-mottag" />.') },
    sidor: { Kontakt: (attributes) => (Object.keys(attributes).length ? 'skrivs utan attribut: <Kontakt />.' : null) },
  };
  const importable = listFiles(path('src/components'))
    .filter((file) => file.endsWith('.astro'))
    .map((file) => relative(root, file).split(sep).join('/'));

  const readMdx = (file: string, id: string, page: string, collection: 'rutiner' | 'versioner' | 'sidor') => {
    const source = read(file);
    const frontmatter = readFrontmatter(source, file);
    // The text is still checked, and still known to other checks, when the fields cannot be read.
    if (!frontmatter.ok) problems.push({ ...frontmatter.problem, entry: id });
    const data = frontmatter.ok ? parseEntry<RoutineData>(collection, frontmatter.value, file, id, problems) : undefined;
    const report = checkMdx(source, { file, entry: id, components: components[collection]!, importable });
    problems.push(...report.problems);
    const entry: MdxEntry = { id, file, source, body: bodyOf(source), links: report.links, ids: report.ids, page };
    return { entry, data, fields: frontmatter.ok ? (frontmatter.value as Record<string, unknown> | null) ?? {} : undefined };
  };

  // The routines: each current text, and the earlier versions kept beside it.
  const routineDir = 'content/rutiner';
  const routineFiles = listDir(path(routineDir)).filter((name) => /\.mdx?$/.test(name));
  const routines: Array<MdxEntry & { data?: RoutineData; scope?: RoutineScope }> = [];
  for (const name of routineFiles) {
    const id = name.replace(/\.mdx?$/, '');
    const result = readMdx(`${routineDir}/${name}`, id, routinePath(id), 'rutiner');
    routines.push({ ...result.entry, data: result.data, scope: result.fields && scopeFields(id, result.fields) });
  }
  const versions: Array<MdxEntry & { routine: string; date: string; data?: RoutineData }> = [];
  for (const folder of listDir(path(routineDir)).filter((name) => statSync(path(`${routineDir}/${name}`)).isDirectory())) {
    const ids = routines.map((routine) => routine.id);
    if (!ids.includes(folder)) {
      problems.push({
        file: `${routineDir}/${folder}/`,
        message: `mappen hör inte till någon rutin. Tidigare versioner av en rutin ligger i en mapp med rutinens filnamn: ${ids.map((id) => `${routineDir}/${id}/`).join(', ')}.`,
      });
      continue;
    }
    for (const name of listDir(path(`${routineDir}/${folder}`))) {
      const file = `${routineDir}/${folder}/${name}`;
      const date = name.replace(/\.mdx?$/, '');
      if (!/\.mdx?$/.test(name) || dateProblem(date)) {
        problems.push({ file, message: `en tidigare version ska heta som sitt datum, till exempel ${folder}/2023-09-26.mdx.` });
        continue;
      }
      const result = readMdx(file, `${folder}/${date}`, versionPath(folder, date), 'versioner');
      versions.push({ ...result.entry, routine: folder, date, data: result.data });
    }
  }
  for (const routine of routines) {
    const earlier = versions.filter((version) => version.routine === routine.id);
    if (!routine.data || earlier.some((version) => !version.data)) continue;
    problems.push(
      ...versionProblems(
        routine.id,
        routine.file,
        routine.data,
        earlier.map((version) => ({ file: version.file, date: version.date, header: version.data! })),
      ),
    );
  }

  // Where each routine applies: a local routine's administrations must be its city routine's.
  // Read from the fields as written, so a mistake elsewhere in a header does not hide one here.
  const scopes = routines.flatMap((routine) => (routine.scope ? [{ ...routine.scope, file: routine.file }] : []));
  problems.push(...districtProblems(scopes));

  const pages: MdxEntry[] = [];
  for (const name of listDir(path('content/sidor')).filter((file) => /\.mdx?$/.test(file))) {
    const id = name.replace(/\.mdx?$/, '');
    pages.push(readMdx(`content/sidor/${name}`, id, `/${id}/`, 'sidor').entry);
  }

  // The process model: per entry, then across files and against the routines.
  const model = checkProcess(read, problems, scopes);
  if (model && contacts) {
    const texts = routines.map((routine) => ({ id: routine.id, body: routine.body }));
    const found = validateModel(model, { routines: texts, contactIds: contacts.ids });
    written.push(...found.map(formatModelProblem));
    // Reviews are checked once the model itself is sound: a wrong section name is the first thing to fix.
    if (found.length === 0) {
      const unreviewed = reviewProblems(model, texts, existsSync(path(REVIEW_FILE)) ? parseReviews(read(REVIEW_FILE)) : {});
      written.push(...unreviewed.map(formatModelProblem));
      const toReview = [...new Set(unreviewed.map((problem) => problem.entry))];
      if (toReview.length > 0) {
        written.push(
          `Steg som behöver granskas mot rutinens text (se content/README.md, "När en rutin ändras"): läs avsnitten, kontrollera stegen och kör\n  ${reviewCommand(toReview)}`,
        );
      }
    }
  }

  // The glossary: per entry, then its quotes and terms against the routines.
  const glossary = checkList<GlossaryEntry>(read, 'ordlista', GLOSSARY_FILE, problems);
  if (glossary && contacts) {
    const found = validateGlossary(glossary, { routines: routines.map((routine) => ({ id: routine.id, body: routine.body })), contactIds: contacts.ids });
    written.push(...found.map(formatModelProblem));
  }

  // Links in the texts, against the pages the site will have.
  const site = siteMap(
    sitePages(root, {
      routines,
      versions,
      // Each version after the first has a page of what changed in it.
      comparisons: routines.flatMap((routine) => {
        const dates = [...versions.filter((v) => v.routine === routine.id).map((v) => v.date).sort(), routine.data?.senastReviderad];
        return dates.slice(1).flatMap((date) => (date ? [comparisonPath(routine.id, date)] : []));
      }),
      roles: model?.roles.map((role) => role.id) ?? [],
      steps: model?.steps.map((step) => step.id) ?? [],
      contactAnchors: contacts?.anchors ?? [],
    }),
    dynamicRoutes(root),
  );
  for (const entry of [...routines, ...versions, ...pages]) {
    for (const link of entry.links) {
      const problem = linkProblem(link.href, entry.page, site);
      if (problem) problems.push({ file: entry.file, line: link.line, entry: entry.id, inText: true, message: problem });
    }
  }

  const settings = checkSite(existsSync(path(SITE_FILE)) ? read(SITE_FILE) : undefined, problems);
  // The start page's sentences are the routines' own words, each where it says.
  if (settings) {
    const texts = readRoutines(routines.map((routine) => ({ id: routine.id, body: routine.body })));
    settings.startsidan.citat.forEach((source, index) => {
      const problem = quoteProblem(source, texts);
      if (problem) problems.push({ file: SITE_FILE, field: `startsidan.citat[${index + 1}].${problem.field}`, message: `${problem.message} Startsidan visar meningen som rutinens ord.` });
    });
  }
  if (settings && !settings.tillganglighetEpost) {
    warnings.push(
      `${SITE_FILE}, fältet tillganglighetEpost: adressen för synpunkter på tillgängligheten är inte ifylld. Tillgänglighetsredogörelsen hänvisar till rutinernas dokumentansvariga tills den finns.`,
    );
  }

  if (settings && !settings.dokumentansvarigEpost) {
    warnings.push(
      `${SITE_FILE}, fältet dokumentansvarigEpost: adressen dit läsare skriver när de har hittat ett fel är inte ifylld. Sidorna nämner rutinernas dokumentansvariga, utan länk, tills den finns.`,
    );
  }

  return { errors: [...problems.map(formatProblem), ...written], warnings };
}

/** A routine's scope fields as written, where their types are right (the schema reports the rest). */
function scopeFields(id: string, fields: Record<string, unknown>): RoutineScope | undefined {
  const { title, kortnamn, forvaltningar, kompletterar, ordning } = fields;
  if (!Array.isArray(forvaltningar) || !forvaltningar.every((name) => typeof name === 'string')) return undefined;
  if (kompletterar !== undefined && typeof kompletterar !== 'string') return undefined;
  return {
    id,
    title: typeof title === 'string' ? title : id,
    kortnamn: typeof kortnamn === 'string' ? kortnamn : id,
    forvaltningar,
    kompletterar,
    ordning: typeof ordning === 'number' ? ordning : 0,
  };
}

/** The text below the frontmatter, as the content layer gives it (`body`). */
function bodyOf(source: string): string {
  return source.replace(/^\uFEFF?---[\s\S]*?\n---\r?\n?/, '');
}

interface ContactsSummary {
  units: string[];
  /** Units, lines and people: what roles may name as contacts. */
  ids: string[];
  /** Every id the contacts page gives an anchor. */
  anchors: string[];
}

function checkContacts(text: string | undefined, problems: Problem[], written: string[], warnings: string[]): ContactsSummary | undefined {
  if (text === undefined) {
    problems.push({ file: CONTACTS_FILE, message: 'filen saknas. Kontaktlistan och rutinens kontaktavsnitt byggs från den.' });
    return undefined;
  }
  const read = readYaml(text, CONTACTS_FILE);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  // Already located and in Swedish: "content/kontakter.yaml → personer → …".
  const crossChecks = crossCheckContacts(read.value);
  written.push(...crossChecks);
  const file = read.value as Record<'enheter' | 'personer', unknown[]>;
  if (!Array.isArray(file?.enheter) || !Array.isArray(file?.personer)) return undefined;
  // Each entry is still checked on its own, so one run lists every mistake.
  const records = (list: unknown[]) => list.filter((entry): entry is Record<string, unknown> & { id: string } => typeof entry === 'object' && entry !== null);
  const lists = { enheter: records(file.enheter), personer: records(file.personer) };
  const people: Array<{ id: string; namn: string; epost: string }> = [];
  for (const list of ['enheter', 'personer'] as const) {
    lists[list].forEach((raw, ordning) => {
      const data = parseEntry<{ id: string; namn: string; epost: string }>(list, { ...raw, ordning }, CONTACTS_FILE, `${list} → ${raw.id}`, problems);
      if (data && list === 'personer') people.push(data);
    });
  }
  for (const person of emailsToCheck(people)) {
    warnings.push(
      `Att kontrollera i ${CONTACTS_FILE} → personer → ${person.id}, fältet epost: ${person.epost} stavas annorlunda än namnet ${person.namn}. Adressen visas som den står i rutinen; listan finns i content/README.md.`,
    );
  }
  const units = lists.enheter.map((unit) => unit.id);
  const lines = lists.enheter.flatMap((unit) => (Array.isArray(unit.linjer) ? (unit.linjer as Array<{ id: string }>) : []).map((line) => line?.id));
  const personIds = lists.personer.map((person) => person.id);
  return { units, ids: [...units, ...personIds], anchors: [...units, ...lines, ...personIds] };
}

function checkProcess(read: (file: string) => string, problems: Problem[], routines: RoutineScope[]): ProcessModel | undefined {
  const roles = checkList<ProcessModel['roles'][number]>(read, 'roller', FILES.roles, problems);
  const phases = checkList<ProcessModel['phases'][number]>(read, 'faser', FILES.phases, problems);
  const steps = checkList<ProcessModel['steps'][number]>(read, 'steg', FILES.steps, problems);
  const questions = checkList<QuestionEntry>(read, 'fragor', FILES.questions, problems);
  // The administration question's answers come from the routines' forvaltningar.
  return roles && phases && steps && questions ? { roles, phases, steps, questions: withAdministrations(questions, routines), routines } : undefined;
}

/**
 * A YAML file that is a list of entries with ids (the process model, the
 * glossary): each entry checked against its collection's schema, and ids
 * unique. Undefined when anything is wrong, so cross-checks don't pile
 * follow-on errors onto the first.
 */
function checkList<T>(read: (file: string) => string, collection: keyof typeof collections, file: string, problems: Problem[]): T[] | undefined {
  let text: string;
  try {
    text = read(file);
  } catch {
    problems.push({ file, message: 'filen saknas.' });
    return undefined;
  }
  const yaml = readYaml(text, file);
  if (!yaml.ok || !Array.isArray(yaml.value)) {
    problems.push(yaml.ok ? { file, message: 'filen ska vara en lista, där varje post börjar med "- id: …".' } : yaml.problem);
    return undefined;
  }
  const entries = yaml.value as Array<Record<string, unknown>>;
  const seen = new Map<string, string>();
  const parsed: T[] = [];
  let ok = true;
  entries.forEach((raw, index) => {
    const name = [raw?.titel, raw?.namn, raw?.term, raw?.fraga].find((value) => typeof value === 'string');
    const place = `post nummer ${index + 1}${name ? ` (${name})` : ''}`;
    const id = typeof raw?.id === 'string' ? raw.id : undefined;
    if (id && seen.has(id)) {
      problems.push({ file, entry: place, field: 'id', message: `id "${id}" används också av ${seen.get(id)}. Varje post behöver ett eget id.` });
      ok = false;
    } else if (id) seen.set(id, place);
    const data = parseEntry<T>(collection, raw, file, id ?? place, problems);
    if (data === undefined) ok = false;
    else parsed.push(data);
  });
  return ok ? parsed : undefined;
}

interface SiteSettings {
  tillganglighetEpost: string | null;
  dokumentansvarigEpost: string | null;
  startsidan: { citat: Source[] };
}

function checkSite(text: string | undefined, problems: Problem[]): SiteSettings | undefined {
  const read = text === undefined ? { ok: true as const, value: {} } : readYaml(text, SITE_FILE);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  return parseEntry<SiteSettings>('webbplats', read.value ?? {}, SITE_FILE, undefined, problems);
}

interface PageSources {
  routines: MdxEntry[];
  versions: Array<MdxEntry & { routine: string; date: string }>;
  comparisons: string[];
  roles: string[];
  steps: string[];
  contactAnchors: string[];
}

/** The routes whose pages come from content, and the anchors those pages get. */
const DYNAMIC = {
  'rutiner/[id]': (sources: PageSources): SitePage[] =>
    sources.routines.map((routine) => ({ path: routinePath(routine.id), ids: routineAnchors(routine), idsAre: 'rubrikerna i rutinen har adresserna' })),
  'rutiner/[id]/[datum]': (sources: PageSources): SitePage[] =>
    sources.versions.map((version) => ({ path: versionPath(version.routine, version.date), ids: routineAnchors(version), idsAre: 'rubrikerna i versionen har adresserna' })),
  'rutiner/[id]/andringar/[datum]': (sources: PageSources): SitePage[] => sources.comparisons.map((path) => ({ path })),
  'roller/[roll]': (sources: PageSources): SitePage[] => sources.roles.map((role) => ({ path: `/roller/${role}/` })),
} as const;

/** Pages whose anchors come from data. */
const STATIC_ANCHORS: Record<string, (sources: PageSources) => SitePage> = {
  '/kontakter/': (sources) => ({ path: '/kontakter/', ids: new Set(sources.contactAnchors), idsAre: 'kontakterna har adresserna' }),
  '/flodesschema/': (sources) => ({ path: '/flodesschema/', ids: new Set(sources.steps.map(stepAnchor)), idsAre: 'stegen har adresserna' }),
};

function routineAnchors(entry: MdxEntry): Set<string> {
  return new Set([...sections(entry.body).map((section) => section.id), ...entry.ids, ...ROUTINE_PAGE_IDS]);
}

/** Every page the build will make, from the page files in src/pages and the content. */
function sitePages(root: string, sources: PageSources): SitePage[] {
  const pages: SitePage[] = [];
  for (const route of routes(root)) {
    if (route in DYNAMIC) pages.push(...DYNAMIC[route as keyof typeof DYNAMIC](sources));
    else if (!route.includes('[')) {
      const path = route === '' ? '/' : `/${route}/`;
      pages.push(STATIC_ANCHORS[path]?.(sources) ?? { path });
    }
  }
  return pages;
}

/** Routes of page files this check does not know, as patterns: a link to one is accepted without an anchor. */
function dynamicRoutes(root: string): RegExp[] {
  return routes(root)
    .filter((route) => route.includes('[') && !(route in DYNAMIC))
    .map((route) => new RegExp(`^/${route.replace(/\[\.\.\.[^\]]+\]/g, '.+').replace(/\[[^\]]+\]/g, '[^/]+')}/$`));
}

/** "rutiner/[id]", "kontakter", "" for the start page; 404 and endpoints left out. */
function routes(root: string): string[] {
  const dir = join(root, 'src/pages');
  return listFiles(dir)
    .filter((file) => /\.(astro|mdx?)$/.test(file))
    .map((file) => relative(dir, file).split(sep).join('/').replace(/\.(astro|mdx?)$/, '').replace(/(^|\/)index$/, ''))
    .filter((route) => route !== '404');
}

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function listFiles(dir: string): string[] {
  return listDir(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
