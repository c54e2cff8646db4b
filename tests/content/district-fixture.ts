import { join } from 'node:path';
import { copyProject, replace, replaceLine, ROOT, type Copy } from './project.ts';

/**
 * A copy of the project as a document owner leaves it after adding a local
 * supplement for a second administration by the editing guide
 * (content/README.md, "En lokal rutin för en annan förvaltning"): a small,
 * fictitious routine for Hisingen with one section and its decided
 * document's text, one step that cites it and one contact, and nothing else. Every change is under content/; no
 * file under src/ is touched. Its build, in dist-distrikt/, is read by
 * tests/content/districts.test.ts and by the browser tests in
 * tests/districts.spec.ts.
 */
export const DISTRICT = {
  routine: 'hisingen',
  administration: 'Hisingen',
  title: 'Lokal rutin Insluss Hisingen',
  kortnamn: 'Lokal rutin Hisingen',
  section: { id: 'ansvarsfordelning-pa-hisingen', heading: 'Ansvarsfördelning på Hisingen' },
  sentence: 'Vuxenenheten på Hisingen ringer frivården inom en vecka efter att ärendet har kommit in.',
  step: { id: 'ringa-frivarden-hisingen', titel: 'Ringa frivården inom en vecka' },
  /** The step the new one follows in the process. */
  after: 'initiera-arendet',
  unit: { id: 'vuxen-mottag-hisingen', namn: 'Vuxen Mottag Hisingen', forvaltning: 'Socialförvaltningen Hisingen' },
  /** A fictitious number (PTS's series for fiction, 031-390 06 00–99). */
  line: { id: 'vuxen-mottag-hisingen-linje', namn: 'Mottag Hisingen', telefon: '031-390 06 00', tel: 'tel:+46313900600' },
  dist: join(ROOT, 'dist-distrikt'),
} as const;

/** The files the owner adds; everything else is an edit of a file that is there. */
export const DISTRICT_FILES = {
  [`content/rutiner/${DISTRICT.routine}.mdx`]: `---
title: ${DISTRICT.title}
kortnamn: ${DISTRICT.kortnamn}
beskrivning: Hisingens lokala komplettering till stadens rutin (ett påhittat exempel för webbplatsens tester).
dokumentsort: Rutin
beslutadAv: Ledningsgruppen inom socialförvaltningen Hisingen
gallerFor: Vuxna och försörjningsstöd Hisingen
diarienummer:
beslut:
  - datum: 2025-01-15
giltighetstid: Tills vidare
senastReviderad: 2025-01-15
dokumentansvarig: Verksamhetsutvecklare, Vuxna och försörjningsstöd Hisingen
kompletterar: goteborgs-stad
forvaltningar: [${DISTRICT.administration}]
sokord: [insluss, inkluss]
ordning: 3
---

## ${DISTRICT.section.heading}

${DISTRICT.sentence}

<Kontaktuppgifter enhet="${DISTRICT.unit.id}" />
`,
  // The decided document's text, as the owner saves it beside the routine.
  [`content/rutiner/${DISTRICT.routine}/beslutat-dokument.txt`]: `${DISTRICT.title}

Beslutad av: Ledningsgruppen inom socialförvaltningen Hisingen
Senast reviderad: 2025-01-15

${DISTRICT.section.heading}

${DISTRICT.sentence}

${DISTRICT.line.namn}: ${DISTRICT.line.telefon}
`,
};

const STEP = `
- id: ${DISTRICT.step.id}
  titel: ${DISTRICT.step.titel}
  beskrivning: ${DISTRICT.sentence}
  roller: [vuxenenheten]
  berorda: [frivarden]
  fas: uppstart
  omfattning: ${DISTRICT.routine}
  kallor:
    - dokument: ${DISTRICT.routine}
      avsnitt: ${DISTRICT.section.id}
      citat: ${DISTRICT.sentence}
`;

const UNIT = `  - id: ${DISTRICT.unit.id}
    namn: ${DISTRICT.unit.namn}
    forvaltning: ${DISTRICT.unit.forvaltning}
    rutin: ${DISTRICT.routine}
    linjer:
      - id: ${DISTRICT.line.id}
        namn: ${DISTRICT.line.namn}
        telefon: ${DISTRICT.line.telefon}

personer:`;

export const DISTRICT_EDITS = {
  // The step, and the arrow to it from the step it follows.
  'content/process/steg.yaml': (text: string) => {
    const withArrow = text.replace(
      new RegExp(`(- id: ${DISTRICT.after}\\n(?:  .*\\n)*?  nasta:\\n)`),
      `$1    - till: ${DISTRICT.step.id}\n      etikett: ${DISTRICT.administration}\n`,
    );
    return `${withArrow.trimEnd()}\n${STEP}`;
  },
  // The contact, tagged with its routine, and on the role page of the role it serves.
  'content/kontakter.yaml': replaceLine('personer:', UNIT),
  'content/process/roller.yaml': replace('kontakter: [vuxen-mottag]', `kontakter: [vuxen-mottag, ${DISTRICT.unit.id}]`),
};

/** The copy, with the new step reviewed against its section as the owner does (npm run granska). */
export function districtFixture(): Copy {
  const copy = copyProject(DISTRICT_EDITS, DISTRICT_FILES);
  const review = copy.run([join(ROOT, 'scripts/granska.ts'), DISTRICT.step.id]);
  if (!review.ok) throw new Error(`npm run granska failed in the copy:\n${review.output}`);
  return copy;
}
