import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { copyProject, replace, replaceLine, ROOT, type Copy } from './build-with.ts';

/**
 * A copy of the project as a document owner leaves it after publishing a
 * revision by the editing guide: the Nordost routine's published text
 * kept as content/rutiner/nordost/2023-09-26.mdx, and the current file
 * revised (one word changed in a section that steps cite, a new date, a
 * summary), the steps that cite the section reviewed again
 * (`npm run granska`). The site's settings are filled in too. Its build, in dist-versioner/, is read by
 * tests/content/revisions.test.ts and by the browser tests in
 * tests/revisions.spec.ts.
 */
export const FIXTURE = {
  routine: 'nordost',
  earlier: '2023-09-26',
  current: '2024-05-02',
  removed: 'etablera',
  added: 'upprätta',
  /** The sentence the word is in, before the edit. */
  sentence: 'Kontaktuppgifter i denna rutin används för att etablera kontakt.',
  section: 'Ansvarsfördelning vid uppstart',
  sectionId: 'ansvarsfordelning-vid-uppstart',
  summary: 'Ansvarsfördelningen vid uppstart: kontaktuppgifterna används för att ”upprätta kontakt”.',
  organisation: 'Göteborgs Stad',
  intranet: { adress: 'https://intranat.example.se/', text: 'Intranätets startsida' },
  email: 'synpunkter.insluss@goteborg.se',
  ownerEmail: 'dokumentansvarig.insluss@goteborg.se',
  dist: join(ROOT, 'dist-versioner'),
} as const;

export function revisionFixture(): Copy {
  const published = readFileSync(join(ROOT, 'content/rutiner/nordost.mdx'), 'utf8');
  const copy = copyProject(
    {
      'content/rutiner/nordost.mdx': (text) =>
        replace(FIXTURE.sentence, FIXTURE.sentence.replace(FIXTURE.removed, FIXTURE.added))(
          replaceLine('senastReviderad:', `senastReviderad: ${FIXTURE.current}\nandringar: "${FIXTURE.summary}"`)(text),
        ),
      'content/webbplats.yaml': (text) =>
        replaceLine('intranat:', `intranat:\n  adress: ${FIXTURE.intranet.adress}\n  text: ${FIXTURE.intranet.text}`)(
          replaceLine('tillganglighetEpost:', `tillganglighetEpost: ${FIXTURE.email}`)(
            replaceLine('dokumentansvarigEpost:', `dokumentansvarigEpost: ${FIXTURE.ownerEmail}`)(text),
          ),
        ),
    },
    { [`content/rutiner/nordost/${FIXTURE.earlier}.mdx`]: published },
  );
  // As the editing guide says: re-read the steps that cite the changed section, then record it.
  const reviewed = copy.run(['scripts/granska.ts', ...revisedSteps()]);
  if (!reviewed.ok) throw new Error(`npm run granska failed in the fixture:\n${reviewed.output}`);
  return copy;
}

/** The steps that cite the section the fixture's revision changed, read from content/process/steg.yaml. */
export function revisedSteps(): string[] {
  const steps = load(readFileSync(join(ROOT, 'content/process/steg.yaml'), 'utf8')) as Array<{ id: string; kallor: Array<{ dokument: string; avsnitt: string }> }>;
  return steps.filter((step) => step.kallor.some((source) => source.dokument === FIXTURE.routine && source.avsnitt === FIXTURE.sectionId)).map((step) => step.id);
}
