// A larger content set for the bench's growth scenario (scripts/bench-growth.mjs):
// what content/ would hold after a few years of use. Four local
// supplements in all, as the 150 steps and 40 units are totals: one more
// for each administration that has none, each with its decided document's
// text and its contact units;
// the process grown to `steps` steps that quote those supplements, chained
// and entered from the city's step where a case is initiated; the contact
// directory grown to `contactUnits` units; and `keptRevisions` earlier
// versions kept for every routine, as the editing guide has the owner keep
// them (content/README.md, "Publicera en ny version av en rutin").
//
// Everything is derived from the index of a thing (no randomness), so two
// runs generate the same bytes and their figures compare. The text is
// fiction but reads as a routine does; phone numbers are in PTS's series for
// fiction (031-390 06 00–99).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/lib/slug.ts';

export const GROWTH = { localRoutines: 4, steps: 150, contactUnits: 40, keptRevisions: 2 };

const SECTIONS = [
  'Ansvarsfördelning vid uppstart',
  'Planering under anstaltstiden',
  'Samverkan med frivården',
  'Försörjningsstöd och sysselsättning',
  'Boende och vardag',
  'Uppföljning efter frigivningen',
  'Övervakningstiden',
  'Dokumentation',
];
/** Who acts in a sentence, and the role in content/process/roller.yaml. */
const ACTORS = [
  ['Vuxenenheten', 'vuxenenheten'],
  ['Ekonomiskt bistånd', 'forsorjningsstod'],
  ['Frivårdsinspektören', 'frivarden'],
];
/** What is done, and the step's title for it. */
const ACTIONS = [
  ['bokar ett planeringsmöte med den enskilde', 'Boka ett planeringsmöte'],
  ['dokumenterar överenskommelsen i Treserva', 'Dokumentera överenskommelsen'],
  ['informerar den enskilde om nästa steg i Insluss-ärendet', 'Informera om nästa steg'],
  ['stämmer av Insluss-ärendet med berörda enheter', 'Stämma av med berörda enheter'],
  ['går igenom den enskildes behov av boende', 'Gå igenom behovet av boende'],
  ['följer upp planeringen tillsammans med den enskilde', 'Följa upp planeringen'],
  ['skickar en skriftlig sammanfattning till ansvarig handläggare', 'Skicka en sammanfattning'],
  ['bjuder in till ett gemensamt videomöte på frivården', 'Bjuda in till videomöte'],
];
const TIMES = [
  'inom en vecka efter att ärendet har kommit in',
  'senast två veckor före frigivningen',
  'i samband med frigivningen',
  'under den första månaden efter frigivningen',
  'när samtycket är inhämtat',
];
const OPENING_HOURS = 'Telefonen är öppen måndag till fredag 8–12 och 13–16. Övrig tid hänvisas till socialjouren.';
const PHASES = ['forsta-kontakt', 'uppstart', 'planering', 'frigivning', 'overvakning'];
const UNIT_NAMES = ['Vuxen Mottag', 'Försörjningsstöd Mottag', 'Beroendeenheten', 'Boendeenheten', 'Arbetsmarknadsenheten', 'Socialpsykiatri', 'Relationsvåld', 'Vuxen Utredning', 'Försörjningsstöd Löpande', 'Ungdomsenheten'];
/** The existing step whose arrows lead into each new supplement (as tests/content/district-fixture.ts does). */
const ENTRY_STEP = 'initiera-arendet';

/**
 * The edits and new files (paths from the project's root) that grow the
 * content in `root` to GROWTH, in the shape copyProject() takes
 * (tests/content/project.ts), and the ids of the new steps, which the
 * copy's `npm run granska` then records as reviewed.
 * @param {string} root
 */
export function growContent(root) {
  const read = (file) => readFileSync(join(root, file), 'utf8');
  const existingSteps = (read('content/process/steg.yaml').match(/^- id: /gm) ?? []).length;
  const kontakter = read('content/kontakter.yaml');
  const existingUnits = (/^enheter:\n([\s\S]*?)^personer:/m.exec(kontakter)?.[1].match(/^ {2}- id: /gm) ?? []).length;
  const routineFiles = readdirSync(join(root, 'content/rutiner')).filter((file) => file.endsWith('.mdx'));
  const lastOrder = Math.max(...routineFiles.map((file) => Number(/^ordning: (\d+)$/m.exec(read(`content/rutiner/${file}`))?.[1] ?? 0)));
  // The administrations the city's routine names, those without a supplement first: each reader's view then grows alike.
  const headers = routineFiles.map((file) => read(`content/rutiner/${file}`));
  const named = (text) => /^forvaltningar: \[(.*)\]$/m.exec(text)?.[1].split(',').map((name) => name.trim()) ?? [];
  const local = headers.filter((text) => /^kompletterar: /m.test(text));
  const covered = new Set(local.flatMap(named));
  const all = headers.filter((text) => !/^kompletterar: /m.test(text)).flatMap(named);
  const administrations = [...all.filter((name) => !covered.has(name)), ...all.filter((name) => covered.has(name))];
  const newRoutines = GROWTH.localRoutines - local.length;

  const newSteps = GROWTH.steps - existingSteps;
  const newUnits = GROWTH.contactUnits - existingUnits;
  /** @type {Record<string, string>} */
  const files = {};
  /** @type {Record<string, (text: string) => string>} */
  const edits = {};
  const steps = [];
  const units = [];
  const entries = [];

  for (let r = 0; r < newRoutines; r++) {
    const n = r + 1;
    const id = `lokal-rutin-${n}`;
    const administration = administrations[r % administrations.length];
    const kortnamn = `Lokal rutin ${n}`;
    const title = `Lokal rutin Insluss ${n} (${administration})`;
    const stepCount = Math.floor(newSteps / newRoutines) + (r < newSteps % newRoutines ? 1 : 0);
    const unitCount = Math.floor(newUnits / newRoutines) + (r < newUnits % newRoutines ? 1 : 0);

    const myUnits = Array.from({ length: unitCount }, (_, k) => {
      const number = units.length + k;
      const namn = `${UNIT_NAMES[k % UNIT_NAMES.length]} ${administration}${k >= UNIT_NAMES.length ? ` ${Math.floor(k / UNIT_NAMES.length) + 1}` : ''}`;
      return {
        id: `${id}-enhet-${k + 1}`,
        namn,
        forvaltning: `Socialförvaltningen ${administration}`,
        rutin: id,
        line: { id: `${id}-enhet-${k + 1}-linje`, namn: 'Mottagningens telefon', telefon: `031-390 06 ${String(number).padStart(2, '0')}` },
        open: number % 2 === 0,
      };
    });
    units.push(...myUnits);

    // Sentences, grouped into sections of five, two paragraphs each; one step quotes each sentence.
    const perSection = 5;
    const sections = [];
    const mySteps = [];
    for (let i = 0; i < stepCount; i++) {
      const [subject, role] = ACTORS[i % ACTORS.length];
      const [action, actionTitle] = ACTIONS[i % ACTIONS.length];
      const time = TIMES[i % TIMES.length];
      const sentence = `${subject} i ${administration} ${action} ${time}.`;
      const heading = SECTIONS[Math.floor(i / perSection) % SECTIONS.length] + (i >= perSection * SECTIONS.length ? ` ${Math.floor(i / (perSection * SECTIONS.length)) + 1}` : '');
      if (i % perSection === 0) sections.push({ heading, sentences: [] });
      sections.at(-1).sentences.push(sentence);
      mySteps.push({
        id: `${id}-steg-${i + 1}`,
        titel: `${actionTitle} (steg ${i + 1} i ${kortnamn})`,
        beskrivning: sentence,
        roller: [role],
        // As today's steps: another role, and the person concerned in about half of them.
        berorda: [ACTORS[(i + 1) % ACTORS.length][1], ...(i % 2 === 0 ? ['den-enskilde'] : [])],
        fas: PHASES[Math.floor((i * PHASES.length) / stepCount)],
        tid: time,
        omfattning: id,
        avsnitt: slugify(heading),
        citat: sentence,
      });
    }
    mySteps.forEach((step, i) => (step.nasta = mySteps[i + 1]?.id));
    steps.push(...mySteps);
    entries.push({ till: mySteps[0].id, etikett: kortnamn });

    const paragraphs = (sentences) => [sentences.slice(0, 3).join(' '), sentences.slice(3).join(' ')].filter(Boolean);
    const body = [
      ...sections.flatMap((section) => [`## ${section.heading}`, ...paragraphs(section.sentences)]),
      '## Kontaktuppgifter',
      ...myUnits.flatMap((unit) => [`### ${unit.namn}`, `<Kontaktuppgifter enhet="${unit.id}" />`]),
    ].join('\n\n');
    const decided = [
      ...sections.flatMap((section) => [section.heading, ...paragraphs(section.sentences)]),
      'Kontaktuppgifter',
      ...myUnits.flatMap((unit) => [unit.namn, `${unit.line.namn}: ${unit.line.telefon}`, ...(unit.open ? [OPENING_HOURS] : [])]),
    ].join('\n\n');

    // Decided in the first year, revised twice a year after: the earlier versions are kept.
    const year = 2021 + r;
    const decidedOn = `${year}-02-1${r}`;
    const revisions = [decidedOn, `${year}-09-0${r + 1}`, `${year + 1}-03-0${r + 1}`];
    const header = (revised, changes) => `---
title: ${title}
kortnamn: ${kortnamn}
beskrivning: ${administration}s lokala komplettering till stadens rutin (genererad för webbplatsens prestandamätning).
dokumentsort: Rutin
beslutadAv: Ledningsgruppen inom socialförvaltningen ${administration}
gallerFor: Vuxna och försörjningsstöd ${administration}
diarienummer:
beslut:
  - datum: ${decidedOn}
giltighetstid: Tills vidare
senastReviderad: ${revised}
dokumentansvarig: Verksamhetsutvecklare, Vuxna och försörjningsstöd ${administration}
kompletterar: goteborgs-stad
forvaltningar: [${administration}]
sokord: [insluss, inkluss]
ordning: ${lastOrder + n}${changes ? `\nandringar: ${changes}` : ''}
---

`;
    const current = revisions.at(-1);
    files[`content/rutiner/${id}.mdx`] = `${header(current, 'Tidsangivelserna i avsnittet om uppföljning förtydligade.')}${body}\n`;
    files[`content/rutiner/${id}/beslutat-dokument.txt`] = `${title}\n\nBeslutad av: Ledningsgruppen inom socialförvaltningen ${administration}\nSenast reviderad: ${current}\n\n${decided}\n`;
    for (const [v, date] of revisions.slice(0, -1).entries()) {
      files[`content/rutiner/${id}/${date}.mdx`] = `${header(date, v > 0 ? 'Avsnittet om samverkan med frivården utökat.' : '')}${earlierBody(body, GROWTH.keptRevisions - v)}\n`;
    }
  }

  // The routines already in content/ get their kept versions too, and the summary a revision needs.
  for (const file of routineFiles) {
    const id = file.replace(/\.mdx$/, '');
    const text = read(`content/rutiner/${file}`);
    const revised = /^senastReviderad: (\S+)$/m.exec(text)[1];
    const decisions = [...text.matchAll(/^ {2}- datum: (\S+)$/gm)].map((match) => match[1]).filter((date) => date < revised);
    const first = decisions.at(-1) ?? shiftDays(revised, -365);
    const dates = [first, ...Array.from({ length: GROWTH.keptRevisions - 1 }, (_, k) => midway(first, revised, (k + 1) / GROWTH.keptRevisions))];
    edits[`content/rutiner/${file}`] = (current) =>
      current.replace(/^senastReviderad: .*$/m, (line) => `${line}\nandringar: Kontaktuppgifterna och ett stycke om samverkan reviderade.`);
    const [, head, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text);
    for (const [v, date] of dates.entries()) {
      const oldHead = head
        .replace(/^senastReviderad: .*$/m, `senastReviderad: ${date}${v > 0 ? '\nandringar: Ett stycke om samverkan omformulerat.' : ''}`);
      files[`content/rutiner/${id}/${date}.mdx`] = `${oldHead}${earlierBody(body, GROWTH.keptRevisions - v)}`;
    }
  }

  edits['content/process/steg.yaml'] = (text) => {
    const arrows = entries.map((entry) => `    - till: ${entry.till}\n      etikett: ${entry.etikett}\n`).join('');
    const withArrows = text.replace(new RegExp(`(- id: ${ENTRY_STEP}\\n(?:  .*\\n)*?  nasta:\\n)`), `$1${arrows}`);
    if (withArrows === text) throw new Error(`content/process/steg.yaml: no nasta list in step ${ENTRY_STEP} to lead into the generated supplements`);
    return `${withArrows.trimEnd()}\n${steps.map(stepYaml).join('')}`;
  };
  edits['content/kontakter.yaml'] = (text) => text.replace(/^personer:/m, `${units.map(unitYaml).join('')}\npersoner:`);
  // Each role's page lists the new units that serve it, as a document owner adds them (content/README.md, step 2).
  edits['content/process/roller.yaml'] = (text) =>
    text.replace(/^(- id: (vuxenenheten|forsorjningsstod)\n(?:  .*\n)*?  kontakter: \[)([^\]]*)\]/gm, (_, start, role, list) => {
      const served = units.filter((_, k) => (role === 'vuxenenheten' ? k % 2 === 0 : k % 2 === 1)).map((unit) => unit.id);
      return `${start}${[list, ...served].filter(Boolean).join(', ')}]`;
    });

  return { edits, files, stepIds: steps.map((step) => step.id), counts: { steps: existingSteps + steps.length, units: existingUnits + units.length } };
}

/**
 * An earlier text: the current one without its last `drop` plain
 * paragraphs (the revisions since then added them).
 * @param {string} body
 * @param {number} drop
 */
function earlierBody(body, drop) {
  const blocks = body.split('\n\n');
  const plain = blocks.map((block, i) => (/^\p{Lu}[^<>{}[\]|*_`]*[.:]$/u.test(block.trim()) ? i : -1)).filter((i) => i >= 0);
  const dropped = new Set(plain.slice(-drop));
  return blocks.filter((_, i) => !dropped.has(i)).join('\n\n');
}

function stepYaml(step) {
  return `
- id: ${step.id}
  titel: ${step.titel}
  beskrivning: ${step.beskrivning}
  roller: [${step.roller.join(', ')}]
  berorda: [${step.berorda.join(', ')}]
  fas: ${step.fas}${step.nasta ? `\n  nasta:\n    - till: ${step.nasta}` : ''}
  tid:
    text: ${step.tid}
    typ: utan-datum
  omfattning: ${step.omfattning}
  kallor:
    - dokument: ${step.omfattning}
      avsnitt: ${step.avsnitt}
      citat: ${step.citat}
`;
}

function unitYaml(unit) {
  return `
  - id: ${unit.id}
    namn: ${unit.namn}
    forvaltning: ${unit.forvaltning}
    rutin: ${unit.rutin}
    linjer:
      - id: ${unit.line.id}
        namn: ${unit.line.namn}
        telefon: ${unit.line.telefon}
${
  unit.open
    ? `    oppettider:
      text: ${OPENING_HOURS}
      ovrigTid: socialjouren
      mandag: [08:00-12:00, 13:00-16:00]
      tisdag: [08:00-12:00, 13:00-16:00]
      onsdag: [08:00-12:00, 13:00-16:00]
      torsdag: [08:00-12:00, 13:00-16:00]
      fredag: [08:00-12:00, 13:00-16:00]
`
    : ''
}`;
}

function shiftDays(iso, days) {
  return new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function midway(from, to, share) {
  const a = Date.parse(`${from}T12:00:00Z`);
  return new Date(a + (Date.parse(`${to}T12:00:00Z`) - a) * share).toISOString().slice(0, 10);
}
