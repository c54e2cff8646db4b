import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, replace, replaceLine, ROOT, type Copy } from './project.ts';

/**
 * A copy of the project as a document owner leaves it after publishing a
 * revision by the editing guide: the Nordost routine's published text
 * kept as content/rutiner/nordost/2023-09-26.mdx, and the current file
 * revised (one word changed, a new date, a summary). The site's settings
 * are filled in too. Its build, in dist-versioner/, is read by
 * tests/content/revisions.test.ts and by the browser tests in
 * tests/revisions.spec.ts.
 */
export const FIXTURE = {
  routine: 'nordost',
  earlier: '2023-09-26',
  current: '2024-05-02',
  removed: 'tydliggöra',
  added: 'klargöra',
  section: 'Syfte med denna rutin',
  summary: 'Syftet förtydligat: ”klargöra vem som gör vad”.',
  organisation: 'Göteborgs Stad',
  intranet: { adress: 'https://intranat.example.se/', text: 'Intranätets startsida' },
  email: 'synpunkter.insluss@goteborg.se',
  dist: join(ROOT, 'dist-versioner'),
} as const;

export function revisionFixture(): Copy {
  const published = readFileSync(join(ROOT, 'content/rutiner/nordost.mdx'), 'utf8');
  const copy = copyProject(
    {
      'content/rutiner/nordost.mdx': (text) =>
        replace(`- ${FIXTURE.removed} vem som gör vad`, `- ${FIXTURE.added} vem som gör vad`)(
          replaceLine('senastReviderad:', `senastReviderad: ${FIXTURE.current}\nandringar: "${FIXTURE.summary}"`)(text),
        ),
      // The new decided document says the same.
      'content/rutiner/nordost/beslutat-dokument.txt': replace(`- ${FIXTURE.removed} vem som gör vad`, `- ${FIXTURE.added} vem som gör vad`),
      'content/webbplats.yaml': (text) =>
        replaceLine('intranat:', `intranat:\n  adress: ${FIXTURE.intranet.adress}\n  text: ${FIXTURE.intranet.text}`)(
          replaceLine('tillganglighetEpost:', `tillganglighetEpost: ${FIXTURE.email}`)(text),
        ),
    },
    { [`content/rutiner/nordost/${FIXTURE.earlier}.mdx`]: published },
  );
  // The changed sentence is read as the owner does (npm run granska): no step quotes it.
  const review = copy.run([join(ROOT, 'scripts/granska.ts'), 'ändring', '1']);
  if (!review.ok) throw new Error(`npm run granska failed in the copy:\n${review.output}`);
  return copy;
}
