/**
 * The links that pages of the site make into a section of a routine, and
 * the sentences they quote from it. They live here, as data, so that the
 * build checks each against the routine's headings and text: a renamed
 * heading or a revised sentence stops the build with a message to the
 * document owner, instead of leaving a link that leads nowhere.
 */
import type { Problem } from './checks/problems.ts';
import { plainText, sections } from './process/source-text.ts';
import { routinePath } from './urls.ts';

export interface RoutineLink {
  /** The page that links, as a site path, and its file, for the message. */
  page: string;
  pageFile: string;
  /** The routine (its file name in content/rutiner/) and the section's anchor. */
  routine: string;
  section: string;
  /** A sentence the page shows as the routine's own words, which must stand in the section. */
  quote?: string;
}

export const ROUTINE_LINKS = {
  contactsSource: { page: '/kontakter/', pageFile: 'src/pages/kontakter.astro', routine: 'nordost', section: 'kontaktuppgifter' },
  startLocalBackground: {
    page: '/',
    pageFile: 'src/pages/index.astro',
    routine: 'nordost',
    section: 'bakgrund',
    quote: 'Insluss är ett samverkansarbete med frivården (en del av Kriminalvården) och ger förstärkt stöd till personer som frigges från anstalt.',
  },
  startCityBackground: {
    page: '/',
    pageFile: 'src/pages/index.astro',
    routine: 'goteborgs-stad',
    section: 'bakgrund',
    quote: 'Modellen innebär att planeringen inför frigivningen samordnas tidigt, redan under anstaltstiden.',
  },
  startTargetGroup: {
    page: '/',
    pageFile: 'src/pages/index.astro',
    routine: 'goteborgs-stad',
    section: 'malgrupp',
    quote: 'En förutsättning till arbete enligt inkluss, är att klienten samtycker till att samverka mellan socialtjänst och frivård sker.',
  },
} as const satisfies Record<string, RoutineLink>;

export type RoutineLinkKey = keyof typeof ROUTINE_LINKS;

export interface RoutineSource {
  id: string;
  /** "content/rutiner/nordost.mdx" */
  file: string;
  body: string;
}

/** The site path a link leads to: "/kontakter/" → "/rutiner/nordost/#kontaktuppgifter". */
export function routineLinkPath(link: RoutineLink): string {
  return `${routinePath(link.routine)}#${link.section}`;
}

/** What is wrong with the site's links into the routines, one problem per link, named for the document owner. */
export function routineLinkProblems(routines: readonly RoutineSource[], links: Record<string, RoutineLink> = ROUTINE_LINKS): Problem[] {
  const problems: Problem[] = [];
  for (const link of Object.values(links)) {
    const routine = routines.find((candidate) => candidate.id === link.routine);
    const fix = `Behåll rubriken och texten, eller be den som sköter webbplatsen att ändra länken i src/lib/routine-links.ts.`;
    if (!routine) {
      problems.push({
        file: `content/rutiner/${link.routine}.mdx`,
        entry: link.routine,
        message: `filen saknas, men sidan ${link.page} (${link.pageFile}) länkar till rutinen. ${fix}`,
      });
      continue;
    }
    const all = sections(routine.body);
    const section = all.find((candidate) => candidate.id === link.section);
    if (!section) {
      problems.push({
        file: routine.file,
        entry: routine.id,
        inText: true,
        message: `sidan ${link.page} länkar till avsnittet #${link.section}, men rutinen har ingen rubrik med den adressen. Har rubriken bytt namn? Rubrikerna har adresserna: ${all.map((s) => s.id).join(', ')}. ${fix}`,
      });
    } else if ('quote' in link && link.quote && !section.text.includes(plainText(link.quote))) {
      problems.push({
        file: routine.file,
        entry: routine.id,
        inText: true,
        message: `sidan ${link.page} citerar meningen "${link.quote}" ur avsnittet "${section.heading}", men den står inte längre där. ${fix}`,
      });
    }
  }
  return problems;
}
