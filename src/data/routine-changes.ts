import type { RoutineRevisions } from '../lib/seen-revisions';
import { changedSteps } from '../lib/revisions/changed-steps';
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
 * first, the steps that quote a paragraph it changed: computed from the
 * content pipeline's data when the site is built, for the change line
 * (src/elements/routine-changes.ts).
 */
export function routineChanges(routines: readonly Rutin[]): RoutineChanges[] {
  const { steps } = processModel();
  return routines.map((routine) => {
    const revisions = revisionsOf(routine);
    const changed = Object.fromEntries(
      revisions.comparisons.map(({ from, to }) => [to.date, changedSteps(steps, routine.id, revisions.body(from.date), revisions.body(to.date))]),
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
  });
}
