import { getCollection, type CollectionEntry } from 'astro:content';
import type { RoutineScope } from '../lib/districts';

export type Rutin = CollectionEntry<'rutiner'>;

/** The routines, the city's first, in the order the content sets. */
export async function allRoutines(): Promise<Rutin[]> {
  return (await getCollection('rutiner')).sort((a, b) => a.data.ordning - b.data.ordning);
}

/** Footer facts (owner, last revision) for pages that show every routine. */
export async function allRoutineSources() {
  return (await allRoutines()).map((routine) => routine.data);
}

/** Where each routine applies (src/lib/districts.ts), in order. */
export async function routineScopes(): Promise<RoutineScope[]> {
  return (await allRoutines()).map((routine) => ({
    id: routine.id,
    title: routine.data.title,
    kortnamn: routine.data.kortnamn,
    forvaltningar: routine.data.forvaltningar,
    kompletterar: routine.data.kompletterar,
    ordning: routine.data.ordning,
  }));
}
