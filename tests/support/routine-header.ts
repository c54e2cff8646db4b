import type { RoutineHeader } from '../../src/content-pipeline/schemas.ts';
import { siteContent } from './process.ts';

/**
 * A routine's document header as the owner wrote it in
 * content/rutiner/<id>.mdx, read by the same pipeline as the build (dates
 * stay the text written), so a test compares the page with the file and
 * never with a copy of its own.
 */
export function routineHeader(id: string): RoutineHeader {
  const routine = siteContent().routines.find((candidate) => candidate.id === id);
  if (!routine) throw new Error(`No routine content/rutiner/${id}.mdx`);
  return routine.data;
}
