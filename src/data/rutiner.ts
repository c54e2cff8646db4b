import { getEntry } from 'astro:content';
import type { Routine } from '../content-pipeline/index.ts';
import type { RoutineScope } from '../lib/districts';
import { siteContent } from './content';

export type Rutin = Routine;

/** The routines, the city's first, in the order the content sets. */
export function allRoutines(): Routine[] {
  return siteContent().routines;
}

/** Footer facts (owner, last revision) for pages that show every routine. */
export function allRoutineSources() {
  return allRoutines().map((routine) => routine.data);
}

/** Where each routine applies (src/lib/districts.ts), in order. */
export function routineScopes(): RoutineScope[] {
  return siteContent().process.routines;
}

/** A routine's text as Astro compiles it, for render(). */
export async function routineText(routine: Pick<Routine, 'id'>) {
  const entry = await getEntry('rutiner', routine.id);
  if (!entry) throw new Error(`Rutinen "${routine.id}" finns inte bland Astros innehåll.`);
  return entry;
}
