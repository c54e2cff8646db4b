import { formatProblem } from '../lib/checks/problems';
import { ROUTINE_LINKS, routineLinkPath, routineLinkProblems, type RoutineLinkKey } from '../lib/routine-links';
import { allRoutines } from './rutiner';

/**
 * A page's link into a routine (src/lib/routine-links.ts): its site path,
 * and the sentence it quotes. The content check has verified every one
 * before the build; a page still refuses to link to a heading that is not
 * there, rather than emit a link that leads nowhere.
 */
export async function routineLink(key: RoutineLinkKey): Promise<{ path: string; quote: string | undefined }> {
  const link = ROUTINE_LINKS[key];
  const routines = (await allRoutines()).map((routine) => ({ id: routine.id, file: `content/rutiner/${routine.id}.mdx`, body: routine.body ?? '' }));
  const problems = routineLinkProblems(routines, { [key]: link });
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return { path: routineLinkPath(link), quote: 'quote' in link ? link.quote : undefined };
}
