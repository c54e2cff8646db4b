/**
 * The content pipeline: the one place that reads content/ and decides
 * whether it is sound. `loadContent()` reads every file once, parses each
 * with its schema (./schemas.ts), applies the rules across files (the
 * checks beside this file) and returns the typed content with every
 * mistake, in Swedish, naming file, entry and field.
 *
 * Everything that needs the content takes it from here: the build and the
 * dev server (./integration.ts, which hands it to the pages), `npm run
 * kontrollera`, `npm run granska` and the tests. See docs/architecture.md.
 */
import { checkingDateWarnings, todayInSweden } from '../lib/checking-dates.ts';
import { dateProblem } from '../lib/iso-date.ts';
import { districtProblems, type RoutineScope } from '../lib/districts.ts';
import { questionsAndGroups } from '../lib/process/questions.ts';
import { sections } from '../lib/process/source-text.ts';
import { NO_REVIEWS, parseReviews, reviewProblems, reviewState, reviewSummary, type Reviews, type ReviewState } from '../lib/process/review.ts';
import { versionProblems } from '../lib/revisions/history.ts';
import { routinePath, versionPath } from '../lib/urls.ts';
import type { ProcessModel } from '../lib/process/model.ts';
import { FLOWCHART_PATH, processViews, rolePages, viewModel, viewPath } from '../lib/process/views.ts';
import { routineBlocks } from '../lib/routine-text/blocks.ts';
import { crossCheckContacts, emailsToCheck, entryName } from './contacts.ts';
import { DECIDED, decidedFile, decidedProblems, readDecided } from './decided.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, FILES, isHidden, kindOf, PAGE_DIR, ROUTINE_DIR, unreadFiles, type ContentFiles } from './files.ts';
import { validateGlossary } from './glossary.ts';
import { markupProblems } from './markup.ts';
import { checkMdx, type ComponentRule, type MdxLink } from './mdx.ts';
import { formatProblem, issuesToProblems, swedishIssue, type Problem } from './problems.ts';
import { quoteProblem, routineSources, validateModel } from './process.ts';
import * as schemas from './schemas.ts';
import { linkProblems, projectFiles, projectPages } from './site.ts';
import { readFrontmatter, readYaml } from './yaml.ts';

/** An MDX file of content/: its header as its schema gives it, and its text below the header. */
export interface Document<Header> {
  /** The file name without .mdx; "nordost/2023-09-26" for an earlier version. */
  id: string;
  /** From the project's root: "content/rutiner/nordost.mdx". */
  file: string;
  data: Header;
  body: string;
}

export type Routine = Document<schemas.RoutineHeader>;
export type EarlierVersion = Document<schemas.RoutineHeader> & { routine: string; date: string };
export type SitePage = Document<schemas.PageHeader>;

/** Everything in content/, read and checked. */
export interface Content {
  /** The routines, in their `ordning`. */
  routines: Routine[];
  /** Earlier versions the owners keep, by routine, oldest first. */
  versions: EarlierVersion[];
  pages: SitePage[];
  contacts: { units: schemas.Unit[]; people: schemas.Person[] };
  process: ProcessModel;
  glossary: schemas.GlossaryEntry[];
  site: schemas.SiteSettings;
  reviews: Reviews;
}

export interface ContentResult {
  /** Mistakes that stop the build, one located line each. */
  errors: string[];
  /** What to do about several errors at once (the steps to re-read), after the errors. */
  nextSteps: string[];
  /** Things the owner should know that do not stop the build. */
  warnings: string[];
  /**
   * The content, when every file could be read into its types; only
   * sound when `errors` is empty (the build and the pages use it only
   * then; `npm run granska` needs it while steps wait for review).
   */
  content: Content | undefined;
}

export interface LoadOptions {
  /** The project's root; content/ and src/pages/ are found below it. */
  root?: string;
  /** Where content/ is read from: the disk below `root` unless given. */
  files?: ContentFiles;
  /** The date the owner's dates of checking are compared with, YYYY-MM-DD: today in Sweden unless given. */
  today?: string;
}

export function loadContent({ root = process.cwd(), files = filesOnDisk(root), today = todayInSweden() }: LoadOptions = {}): ContentResult {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const listed = files.list().filter((file) => !isHidden(file));
  problems.push(...unreadFiles(listed));
  const routineIds = listed.filter((file) => kindOf(file)?.pattern === 'rutiner/*.{md,mdx}').map((file) => file.slice(ROUTINE_DIR.length + 1).replace(/\.mdx?$/, ''));
  const parse = parser(problems, routineIds);

  // Contacts first: the routines' <Kontaktuppgifter enhet="…" /> names their units.
  const contacts = readContacts(files, parse, problems, warnings);

  const components: Record<'rutiner' | 'versioner' | 'sidor', Record<string, ComponentRule>> = {
    rutiner: {
      Kontaktuppgifter: (attributes) => {
        const unexpected = Object.keys(attributes).filter((name) => name !== 'enhet');
        if (unexpected.length) return `attributet ${unexpected.join(', ')} finns inte. Skriv <Kontaktuppgifter enhet="…" />.`;
        if (!attributes.enhet) return 'ange vilken enhet, till exempel <Kontaktuppgifter enhet="vuxen-mottag" />.';
        const units = contacts.raw?.enheter.map((unit) => unit.id);
        if (units && !units.includes(attributes.enhet)) {
          return `det finns ingen enhet "${attributes.enhet}" i ${FILES.contacts}. Skriv en av: ${units.join(', ')}.`;
        }
        return null;
      },
    },
    // An earlier version shows no contacts (they are today's data), so a unit since removed is no mistake there.
    versioner: { Kontaktuppgifter: (attributes) => (attributes.enhet ? null : 'ange vilken enhet, till exempel <Kontaktuppgifter enhet="vuxen-mottag" />.') },
    sidor: { Kontakt: (attributes) => (Object.keys(attributes).length ? 'skrivs utan attribut: <Kontakt />.' : null) },
  };
  const importable = projectFiles(root, 'src/components').filter((file) => file.endsWith('.astro'));
  const links: Array<{ file: string; id: string; page: string; links: MdxLink[] }> = [];

  /** An MDX file: its header through `schema`, its text through the MDX rules. */
  const readMdx = <Header>(file: string, id: string, page: string, collection: keyof typeof components, schema: schemas.Schema<Header>) => {
    const source = files.read(file) ?? '';
    const frontmatter = readFrontmatter(source, file);
    // The text is still checked, and still known to other checks, when the header cannot be read.
    if (!frontmatter.ok) problems.push({ ...frontmatter.problem, entry: id });
    const fields = frontmatter.ok ? ((frontmatter.value ?? {}) as Record<string, unknown>) : undefined;
    const data = fields ? parse(schema, fields, { file, entry: id }) : undefined;
    const report = checkMdx(source, { file, entry: id, components: components[collection], importable });
    problems.push(...report.problems);
    const body = bodyOf(source);
    links.push({ file, id, page, links: report.links });
    return { document: data === undefined ? undefined : { id, file, data, body }, fields, body, ids: report.ids, source, readable: report.readable };
  };

  // The routines: each current text, and the earlier versions kept beside it.
  const routineFiles = listed.filter((file) => kindOf(file)?.pattern === 'rutiner/*.{md,mdx}');
  const routines = routineFiles.map((file) => {
    const id = file.slice(ROUTINE_DIR.length + 1).replace(/\.mdx?$/, '');
    const read = readMdx(file, id, routinePath(id), 'rutiner', schemas.routineHeader);
    return {
      id,
      file,
      body: read.body,
      blocks: routineBlocks(read.source),
      ids: read.ids,
      document: read.document,
      scope: read.fields && scopeFields(id, read.fields),
      readable: read.readable,
    };
  });
  const versions: Array<{ routine: string; date: string; file: string; body: string; ids: string[]; document: Routine | undefined }> = [];
  const strayFolders = new Set<string>();
  for (const file of listed.filter((file) => kindOf(file)?.pattern === 'rutiner/*/*')) {
    const [folder = '', name = ''] = file.slice(ROUTINE_DIR.length + 1).split('/');
    if (!routineIds.includes(folder)) {
      if (strayFolders.has(folder)) continue;
      strayFolders.add(folder);
      problems.push({
        file: `${ROUTINE_DIR}/${folder}/`,
        message: `mappen hör inte till någon rutin. Tidigare versioner av en rutin ligger i en mapp med rutinens filnamn: ${routineIds.map((id) => `${ROUTINE_DIR}/${id}/`).join(', ')}.`,
      });
      continue;
    }
    const date = name.replace(/\.mdx?$/, '');
    if (/\.(pdf|txt|docx?|odt|rtf)$/i.test(name)) {
      problems.push({ file, message: `rutinens beslutade dokument ska heta ${DECIDED}.pdf (eller ${DECIDED}.txt, om det är sparat som text). Byt namn på filen.` });
      continue;
    }
    if (!/\.mdx?$/.test(name) || dateProblem(date)) {
      problems.push({ file, message: `en tidigare version ska heta som sitt datum, till exempel ${folder}/2023-09-26.mdx.` });
      continue;
    }
    const read = readMdx(file, `${folder}/${date}`, versionPath(folder, date), 'versioner', schemas.routineHeader);
    versions.push({ routine: folder, date, file, body: read.body, ids: read.ids, document: read.document });
  }
  for (const routine of routines) {
    const earlier = versions.filter((version) => version.routine === routine.id);
    if (!routine.document || earlier.some((version) => !version.document)) continue;
    problems.push(
      ...versionProblems(
        routine.id,
        routine.file,
        routine.document.data,
        earlier.map((version) => ({ file: version.file, date: version.date, header: version.document!.data })),
      ),
    );
  }

  // Where each routine applies: a local routine's administrations must be its city routine's.
  // Read from the fields as written, so a mistake elsewhere in a header does not hide one here.
  const scopes = routines.flatMap((routine) => (routine.scope ? [{ ...routine.scope, file: routine.file }] : []));
  problems.push(...districtProblems(scopes));

  // Each routine's page against its decided document, sentence by sentence.
  for (const routine of routines) {
    const file = decidedFile(listed, routine.id);
    if (!file) {
      problems.push({
        file: routine.file,
        entry: routine.id,
        message: `rutinens beslutade dokument saknas. Lägg dokumentet som PDF i ${ROUTINE_DIR}/${routine.id}/${DECIDED}.pdf (eller dess text i ${DECIDED}.txt), så kontrolleras att sidan säger det som dokumentet säger (se content/README.md, ”Det beslutade dokumentet”).`,
      });
      continue;
    }
    // A routine showing contact data cannot be compared while that data is
    // unreadable: its mistake is already reported, and a second message
    // about the same lines would send the owner to the routine instead.
    if (!contacts.parsed && routine.blocks.some((block) => block.component?.name === 'Kontaktuppgifter')) continue;
    // Nor while its own text cannot be read: every sentence would seem to differ.
    if (!routine.readable) continue;
    const decided = readDecided(files, file);
    if ('problem' in decided) {
      problems.push(decided.problem);
      continue;
    }
    const found = decidedProblems({
      routine: { id: routine.id, file: routine.file, blocks: routine.blocks, senastReviderad: routine.document?.data.senastReviderad },
      decided: { file, text: decided.text },
      contacts: contacts.parsed,
    });
    problems.push(...found.problems);
    warnings.push(...found.warnings);
  }

  const pageFiles = listed.filter((file) => file.startsWith(`${PAGE_DIR}/`) && kindOf(file));
  const pages = pageFiles.map((file) => {
    const id = file.slice(PAGE_DIR.length + 1).replace(/\.mdx?$/, '');
    return readMdx(file, id, `/${id}/`, 'sidor', schemas.pageHeader).document;
  });

  const texts = routines.map((routine) => ({ id: routine.id, body: routine.body }));
  const contactIds = contacts.raw ? [...contacts.raw.enheter, ...contacts.raw.personer].map((entry) => entry.id) : undefined;

  // The process model: per entry, then across files and against the routines.
  const roles = readList(files, FILES.roles, schemas.role, parse, problems);
  const phases = readList(files, FILES.phases, schemas.phase, parse, problems);
  const steps = readList(files, FILES.steps, schemas.step, parse, problems);
  const questions = readList(files, FILES.questions, schemas.question, parse, problems);
  // Where every header was read, the routines as their schema gives them; else as written, for the checks.
  const routineScopes = all(routines.map((routine) => routine.document))
    ? routines.map(({ id, document }) => ({ id, ...scopeOf(document!.data) }))
    : scopes.map(({ file: _, ...scope }) => scope);
  const model: ProcessModel | undefined =
    roles && phases && steps && questions
      ? // The administration question's answers come from the routines' forvaltningar.
        { roles, phases, steps, ...questionsAndGroups(questions, routineScopes), routines: inOrder(routineScopes) }
      : undefined;
  const reviews = readReviews(files, problems);
  const nextSteps: string[] = [];
  if (model && contactIds) {
    problems.push(...validateModel(model, { routines: texts, contactIds }));
    // The review is shown with the model's other mistakes, so that all of them come in one run;
    // not while a routine's text cannot be read, whose change would be the mistake itself.
    if (reviews && routines.every((routine) => routine.readable)) {
      // A step with a mistake of its own is not yet to be read again for the words of that mistake:
      // "rollen finns inte" is what to fix; once fixed, its changed words are asked for as usual.
      const mistaken = new Set(problems.flatMap((problem) => (problem.file === FILES.steps && problem.entry ? [problem.entry] : [])));
      const state = withoutWordsOf(reviewState(model, texts, reviews), mistaken);
      problems.push(...reviewProblems(state, new Map(routines.map((routine) => [routine.id, routine.file]))));
      const summary = reviewSummary(state);
      if (summary) nextSteps.push(summary);
    }
  }

  // The glossary: per entry, then its quotes and terms against the routines.
  const glossary = readList(files, FILES.glossary, schemas.glossaryEntry, parse, problems);
  if (glossary && contactIds) problems.push(...validateGlossary(glossary, { routines: texts, contactIds }));

  // Links in the texts, against the pages the site will have.
  const comparisons = routines.flatMap((routine) => {
    const dates = [...versions.filter((version) => version.routine === routine.id).map((version) => version.date).sort(), routine.document?.data.senastReviderad];
    return dates.slice(1).flatMap((date) => (date ? [{ routine: routine.id, date }] : []));
  });
  const site = projectPages(root, {
    routines: routines.map((routine) => ({ id: routine.id, anchors: anchorsOf(routine) })),
    versions: versions.map((version) => ({ routine: version.routine, date: version.date, anchors: anchorsOf(version) })),
    comparisons,
    ...sitePagesOfTheProcess(model),
    contactAnchors: contacts.anchors,
  });
  problems.push(...linkProblems(links, site));

  const settings = readSettings(files, parse, problems);
  // The start page's sentences are the routines' own words, each where it says.
  if (settings) {
    const sources = routineSources(texts);
    settings.startsidan.citat.forEach((source, index) => {
      const problem = quoteProblem(source, sources, '');
      if (problem) problems.push({ file: FILES.site, field: `startsidan.citat[${index + 1}].${problem.field}`, message: `${problem.message} Startsidan visar meningen som rutinens ord.` });
    });
    // The owner's own dates of checking, against the owner's own limit.
    warnings.push(
      ...checkingDateWarnings({
        routines: routines.map((routine) => ({ id: routine.id, file: routine.file, nastaOversyn: routine.document?.data.nastaOversyn })),
        units: contacts.parsed?.units ?? [],
        limitMonths: settings.kontaktuppgifterManader,
        today,
        files: { contacts: FILES.contacts, site: FILES.site },
      }),
    );
    if (!settings.tillganglighetEpost) {
      warnings.push(
        `${FILES.site}, fältet tillganglighetEpost: adressen för synpunkter på tillgängligheten är inte ifylld. Tillgänglighetsredogörelsen hänvisar till rutinernas dokumentansvariga tills den finns.`,
      );
    }
    if (!settings.dokumentansvarigEpost) {
      warnings.push(
        `${FILES.site}, fältet dokumentansvarigEpost: adressen dit läsare skriver när de har hittat ett fel är inte ifylld. Sidorna nämner rutinernas dokumentansvariga, utan länk, tills den finns.`,
      );
    }
  }

  const documents = routines.map((routine) => routine.document);
  const earlier = versions.map((version) => (version.document ? { ...version.document, routine: version.routine, date: version.date } : undefined));
  const content =
    model && contacts.parsed && glossary && settings && all(documents) && all(earlier) && all(pages)
      ? {
          routines: inOrder(documents.map((routine) => ({ ...routine, ordning: routine.data.ordning }))).map(({ ordning: _, ...routine }) => routine),
          versions: earlier.sort((a, b) => a.routine.localeCompare(b.routine) || a.date.localeCompare(b.date)),
          pages,
          contacts: contacts.parsed,
          process: model,
          glossary,
          site: settings,
          reviews: reviews ?? NO_REVIEWS,
        }
      : undefined;
  return { errors: problems.map(formatProblem), nextSteps, warnings, content };
}

/** content/ as it is on disk below `root`. */
export function filesOnDisk(root: string): ContentFiles {
  return {
    list: () => listFiles(root, CONTENT_DIR),
    read: (file) => {
      const path = join(root, file);
      return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
    },
    bytes: (file) => {
      const path = join(root, file);
      return existsSync(path) && statSync(path).isFile() ? readFileSync(path) : undefined;
    },
  };
}

function listFiles(root: string, dir: string): string[] {
  const path = join(root, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(root, `${dir}/${entry.name}`) : [`${dir}/${entry.name}`]));
}

/**
 * The content of the project at `root`, for tools and tests that need it
 * sound: throws the owner's messages when it is not.
 */
export function readContent(root: string = process.cwd()): Content {
  const result = (cache.get(root) ?? cache.set(root, loadContent({ root })).get(root))!;
  if (result.errors.length > 0 || !result.content) throw new Error(`Innehållet har fel:\n${[...result.errors, ...result.nextSteps].join('\n')}`);
  return result.content;
}

const cache = new Map<string, ContentResult>();

type Parse = <T>(schema: schemas.Schema<T>, data: unknown, at: Pick<Problem, 'file' | 'entry'>) => T | undefined;

/**
 * Parses one entry with its schema, and checks what the schema cannot: a
 * field naming a routine names one in content/rutiner/, and no text
 * carries code. Problems go to `problems`; the data, or undefined, is returned.
 */
function parser(problems: Problem[], routineIds: readonly string[]): Parse {
  const references = new Map<unknown, readonly string[]>([
    [schemas.routineHeader, schemas.ROUTINE_REFERENCES.routine],
    [schemas.role, schemas.ROUTINE_REFERENCES.role],
    [schemas.step, schemas.ROUTINE_REFERENCES.step],
    [schemas.unit, schemas.ROUTINE_REFERENCES.unit],
  ]);
  return (schema, data, at) => {
    const result = schema.safeParse(data, { error: swedishIssue });
    const found = result.success ? [] : issuesToProblems(at.file, at.entry, result.error.issues);
    const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    for (const field of references.get(schema) ?? []) {
      const value = record[field];
      if (typeof value === 'string' && !routineIds.includes(value)) {
        found.push({ ...at, field, message: `Det finns ingen rutin som heter "${value}". Skriv en av: ${routineIds.join(', ')}.` });
      }
    }
    // A field the schema refused already has its message.
    const refused = new Set(found.map((problem) => problem.field));
    found.push(...markupProblems(data, at).filter((problem) => !refused.has(problem.field)));
    problems.push(...found);
    return found.length === 0 && result.success ? result.data : undefined;
  };
}

interface RawContacts {
  enheter: Array<Record<string, unknown> & { id: string }>;
  personer: Array<Record<string, unknown> & { id: string }>;
}

/** content/kontakter.yaml: the whole file's checks, then each entry on its own, so one run lists every mistake. */
function readContacts(files: ContentFiles, parse: Parse, problems: Problem[], warnings: string[]) {
  const none = { raw: undefined, parsed: undefined, anchors: [] as string[] };
  const text = files.read(FILES.contacts);
  if (text === undefined) {
    problems.push({ file: FILES.contacts, message: 'filen saknas. Kontaktlistan och rutinens kontaktavsnitt byggs från den.' });
    return none;
  }
  const read = readYaml(text, FILES.contacts);
  if (!read.ok) {
    problems.push(read.problem);
    return none;
  }
  const crossChecks = crossCheckContacts(read.value);
  problems.push(...crossChecks);
  const file = read.value as Partial<Record<'enheter' | 'personer', unknown>> | null;
  if (!Array.isArray(file?.enheter) || !Array.isArray(file?.personer)) return none;
  const records = (list: unknown[]) => list.filter((entry): entry is Record<string, unknown> & { id: string } => typeof entry === 'object' && entry !== null);
  const raw: RawContacts = { enheter: records(file.enheter), personer: records(file.personer) };
  const units = raw.enheter.map((entry, index) => parse(schemas.unit, entry, { file: FILES.contacts, entry: entryName('enheter', entry, index) }));
  const people = raw.personer.map((entry, index) => parse(schemas.person, entry, { file: FILES.contacts, entry: entryName('personer', entry, index) }));
  for (const person of emailsToCheck(people.filter((person) => person !== undefined))) {
    warnings.push(
      `Att kontrollera i ${FILES.contacts} → personer → ${person.id}, fältet epost: ${person.epost} stavas annorlunda än namnet ${person.namn}. Adressen visas som den står i rutinen; listan finns i content/TOLKNINGAR.md.`,
    );
  }
  const lines = raw.enheter.flatMap((unit) => (Array.isArray(unit.linjer) ? (unit.linjer as Array<{ id?: unknown }>) : []).map((line) => line?.id)).filter((id) => typeof id === 'string');
  const anchors = [...raw.enheter.map((unit) => unit.id), ...lines, ...raw.personer.map((person) => person.id)];
  const parsed = crossChecks.length === 0 && all(units) && all(people) ? { units, people } : undefined;
  return { raw, parsed, anchors };
}

/**
 * The flowchart's and the roles' pages, by administration's view
 * (src/lib/process/views.ts), for checking links in the texts. A model
 * whose scopes name no routine has its mistakes reported elsewhere; its
 * pages are then taken as one view, so that the check still runs.
 */
function sitePagesOfTheProcess(model: ProcessModel | undefined): { rolePages: string[]; flowcharts: Array<{ path: string; steps: string[] }> } {
  if (!model) return { rolePages: [], flowcharts: [] };
  try {
    const views = processViews(model);
    return {
      rolePages: model.roles.flatMap((role) => rolePages(model, views, role.id).map((page) => page.path)),
      flowcharts: views.map((view) => ({ path: viewPath(FLOWCHART_PATH, view), steps: viewModel(model, view).steps.map((step) => step.id) })),
    };
  } catch {
    return { rolePages: model.roles.map((role) => `/roller/${role.id}/`), flowcharts: [{ path: FLOWCHART_PATH, steps: model.steps.map((step) => step.id) }] };
  }
}

/**
 * A YAML file that is a list of entries with ids (the process model, the
 * glossary): each entry through its schema, and ids unique. Undefined when
 * anything is wrong, so checks across files don't pile follow-on errors
 * onto the first.
 */
function readList<T>(files: ContentFiles, file: string, schema: schemas.Schema<T>, parse: Parse, problems: Problem[]): T[] | undefined {
  const text = files.read(file);
  if (text === undefined) {
    problems.push({ file, message: 'filen saknas.' });
    return undefined;
  }
  const yaml = readYaml(text, file);
  if (!yaml.ok || !Array.isArray(yaml.value)) {
    problems.push(yaml.ok ? { file, message: 'filen ska vara en lista, där varje post börjar med "- id: …".' } : yaml.problem);
    return undefined;
  }
  const seen = new Map<string, string>();
  const parsed: T[] = [];
  let ok = true;
  (yaml.value as unknown[]).forEach((entry, index) => {
    const raw = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const name = [raw.titel, raw.namn, raw.term, raw.fraga].find((value) => typeof value === 'string');
    const place = `post nummer ${index + 1}${name ? ` (${name})` : ''}`;
    const id = typeof raw.id === 'string' ? raw.id : undefined;
    if (id && seen.has(id)) {
      problems.push({ file, entry: place, field: 'id', message: `id "${id}" används också av ${seen.get(id)}. Varje post behöver ett eget id.` });
      ok = false;
    } else if (id) seen.set(id, place);
    const data = parse(schema, entry, { file, entry: id ?? place });
    if (data === undefined) ok = false;
    else parsed.push(data);
  });
  return ok ? parsed : undefined;
}

/** content/webbplats.yaml; a file that is not there takes every default. */
function readSettings(files: ContentFiles, parse: Parse, problems: Problem[]): schemas.SiteSettings | undefined {
  const text = files.read(FILES.site);
  const read = text === undefined ? { ok: true as const, value: {} } : readYaml(text, FILES.site);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  return parse(schemas.siteSettings, read.value ?? {}, { file: FILES.site });
}

/**
 * content/process/granskning.yaml; a missing file means no step has been
 * reviewed yet. One that cannot be read, or is of the earlier format, is
 * reported (undefined: no review is shown until `npm run granska` has
 * written it anew).
 */
function readReviews(files: ContentFiles, problems: Problem[]): Reviews | undefined {
  const text = files.read(FILES.reviews);
  if (text === undefined) return NO_REVIEWS;
  try {
    const read = parseReviews(text);
    if ('old' in read) {
      problems.push({
        file: FILES.reviews,
        message: 'filen är skriven i ett äldre format, som bara visar att ett avsnitt har ändrats och inte vad. Kör npm run granska en gång, så skrivs den om (steg som var granskade förblir granskade).',
      });
      return undefined;
    }
    return read;
  } catch (error) {
    problems.push({ file: FILES.reviews, message: `filen går inte att läsa (${(error as Error).message.split('\n')[0]}). Skriv om den med npm run granska.` });
    return undefined;
  }
}

function scopeOf({ title, kortnamn, forvaltningar, kompletterar, ordning }: schemas.RoutineHeader): Omit<RoutineScope, 'id'> {
  return { title, kortnamn, forvaltningar, kompletterar, ordning };
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

/** The anchors a routine's page will have: its headings' and the ids its text sets. */
function anchorsOf(document: { body: string; ids: readonly string[] }): string[] {
  return [...sections(document.body).map((section) => section.id), ...document.ids];
}

/** The text below the header, as the content layer gives it (`body`). */
function bodyOf(source: string): string {
  return source.replace(/^\uFEFF?---[\s\S]*?\n---\r?\n?/, '');
}

function inOrder<T extends { ordning: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.ordning - b.ordning);
}

function all<T>(items: ReadonlyArray<T | undefined>): items is T[] {
  return items.every((item) => item !== undefined);
}

/** The review without the changed own words of the given steps; a step left with nothing to read again is dropped. */
function withoutWordsOf(state: ReviewState, stepIds: ReadonlySet<string>): ReviewState {
  const pending = state.pending
    .map((item) => (stepIds.has(item.step.id) ? { ...item, words: [] } : item))
    .filter((item) => item.unreviewed || item.words.length > 0 || item.changes.length > 0);
  return { ...state, pending };
}
