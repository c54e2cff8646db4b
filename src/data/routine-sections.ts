import { sections } from '../lib/process/source-text';
import { allRoutines } from './rutiner';

/** Names of routines and their sections, for "Källa:" links. */
export interface SectionTitles {
  routineTitle(routineId: string): string;
  sectionTitle(routineId: string, sectionId: string): string;
}

export function routineSectionTitles(): SectionTitles {
  const routines = allRoutines();
  const titles = new Map(routines.map((routine) => [routine.id, routine.data.title]));
  const headings = new Map(routines.map((routine) => [routine.id, sections(routine.body)]));
  return {
    routineTitle: (id) => titles.get(id) ?? id,
    sectionTitle: (id, section) => headings.get(id)?.find((candidate) => candidate.id === section)?.heading ?? section,
  };
}
