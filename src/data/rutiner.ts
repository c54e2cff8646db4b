import { getCollection, type CollectionEntry } from 'astro:content';

export type Rutin = CollectionEntry<'rutiner'>;

/** Both routines, the city's first, in the order the content sets. */
export async function allRoutines(): Promise<Rutin[]> {
  return (await getCollection('rutiner')).sort((a, b) => a.data.ordning - b.data.ordning);
}

/** Footer facts (owner, last revision) for pages that show every routine. */
export async function allRoutineSources() {
  return (await allRoutines()).map((routine) => routine.data);
}
