/**
 * The routines' terms (content/ordlista.yaml): how a term is found in the
 * routines' text, and where they use it. Its rules are in
 * src/content-pipeline/glossary.ts.
 */
import type { GlossaryEntry } from '../content-pipeline/schemas.ts';
import { sections, type RoutineText } from './process/source-text.ts';

export type { GlossaryEntry };

/** A section of a routine that uses a term. */
export interface Usage {
  dokument: string;
  avsnitt: string;
  heading: string;
}

/** The forms that find an entry: those listed, else the term's parts ("Insluss / Inkluss" → Insluss, Inkluss). */
export function formsOf(entry: Pick<GlossaryEntry, 'term' | 'former'>): string[] {
  return entry.former.length > 0 ? entry.former : entry.term.split('/').map((part) => part.trim()).filter(Boolean);
}

/** Swedish endings a form may take and still be the same word: frivården, frivårdens, övervakningen. */
const ENDINGS = '(?:en|ens|et|ets|n|ns|na|nas|t|s|ar|arna|arnas|er|erna|ernas|or|orna|ornas|e|a)?';

/**
 * A form as a pattern over the routines' text. A form in capitals (SIG)
 * matches that word only, as written, so the pronoun "sig" is not SIG;
 * any other matches whole words in any case, each word also with a common
 * ending. A compound (övervakningstiden) counts only if listed itself.
 */
export function formPattern(form: string): RegExp {
  const capitals = /^[\p{Lu}\p{N}]+$/u.test(form);
  const parts = form.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (capitals ? '' : ENDINGS));
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, capitals ? 'u' : 'iu');
}

/** The sections of the routines, in order, whose heading or own text uses one of the entry's forms. */
export function usages(entry: Pick<GlossaryEntry, 'term' | 'former'>, routines: readonly RoutineText[]): Usage[] {
  const patterns = formsOf(entry).map(formPattern);
  return routines.flatMap((routine) =>
    sections(routine.body)
      .filter((section) => patterns.some((pattern) => pattern.test(section.heading) || pattern.test(section.ownText)))
      .map((section) => ({ dokument: routine.id, avsnitt: section.id, heading: section.heading })),
  );
}

/** Entries in Swedish alphabetical order of their terms (å, ä, ö last). */
export function alphabetical<T extends { term: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'sv', { sensitivity: 'base' }));
}
