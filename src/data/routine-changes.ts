import type { RoutineRevisions } from '../lib/seen-revisions';
import { changedSectionIds, stepsCiting } from '../lib/revisions/changed-steps';
import { HISTORY_ID } from '../lib/routine-page';
import { comparisonPath, routinePath } from '../lib/urls';
import { processModel } from './process';
import { revisionsOf } from './revisions';
import type { Rutin } from './rutiner';

export interface RoutineChanges extends RoutineRevisions {
  kortnamn: string;
  /** Where "se vad som ändrades" leads: the comparison of the current revision, or the history where its earlier text is not kept. */
  path: string;
  /** Whether `path` is a comparison (else the routine's history). */
  compared: boolean;
}

/**
 * Each routine's current revision and, for each version kept after the
 * first, the steps whose cited sections changed in it: computed when the
 * site is built, for the change line (src/scripts/routine-changes.ts).
 */
export async function routineChanges(routines: readonly Rutin[]): Promise<RoutineChanges[]> {
  const { steps } = await processModel();
  return Promise.all(
    routines.map(async (routine) => {
      const revisions = await revisionsOf(routine);
      const changed = Object.fromEntries(
        revisions.comparisons.map(({ from, to }) => [to.date, stepsCiting(steps, routine.id, changedSectionIds(revisions.body(from.date), revisions.body(to.date)))]),
      );
      const current = routine.data.senastReviderad;
      const compared = current in changed;
      return {
        id: routine.id,
        kortnamn: routine.data.kortnamn,
        current,
        changed,
        compared,
        path: compared ? comparisonPath(routine.id, current) : `${routinePath(routine.id)}#${HISTORY_ID}`,
      };
    }),
  );
}
