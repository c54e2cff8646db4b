/**
 * Which steps a revision of a routine touched: the steps that cite a
 * section whose text differs between the two versions. Sections are read
 * as the review of steps reads them (src/lib/process/review.ts: a
 * section's plain words, its sub-sections included), so a step marked
 * here is exactly a step the owner had to re-read before publishing.
 */
import type { Source } from '../process/model.ts';
import { sections } from '../process/source-text.ts';

/** The ids of the sections whose words differ between `before` and `after`, or that only one of them has. */
export function changedSectionIds(before: string, after: string): string[] {
  const old = new Map(sections(before).map((section) => [section.id, section.text]));
  const now = new Map(sections(after).map((section) => [section.id, section.text]));
  const ids = new Set([...now.keys(), ...old.keys()]);
  return [...ids].filter((id) => old.get(id) !== now.get(id));
}

/** The ids of the steps, in the order given, that cite one of `sectionIds` of `routineId`. */
export function stepsCiting<S extends { id: string; kallor: Array<Pick<Source, 'dokument' | 'avsnitt'>> }>(
  steps: readonly S[],
  routineId: string,
  sectionIds: readonly string[],
): string[] {
  const changed = new Set(sectionIds);
  return steps.filter((step) => step.kallor.some((source) => source.dokument === routineId && changed.has(source.avsnitt))).map((step) => step.id);
}
