import type { Source } from './process/model.ts';
import { quoteProblem, readRoutines, type Problem, type RoutineText } from './process/validate.ts';

export const GLOSSARY_FILE = 'content/ordlista.yaml';

/** One term of the routines, as content/ordlista.yaml writes it. */
export interface GlossaryEntry {
  id: string;
  /** As the routines write it, e.g. "SIG", "Insluss / Inkluss". */
  term: string;
  /** The words that find the term in the routines' text; the term itself when not given. */
  former: string[];
  /** What an abbreviation stands for, written as in the routines (checked). */
  utskrivning?: string | undefined;
  /** What it stands for, read by the site where the routines only imply it (shown as the site's). */
  utskrivningTolkning?: string | undefined;
  /** The routines' own explanation, word for word, with where it stands (checked). */
  forklaring: Source[];
  /** The document owner's explanation where the routines give none, shown as the site's text. */
  webbplatsensForklaring?: string | undefined;
  /** A unit or person in the contact data to link to. */
  kontakt?: string | undefined;
}

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
export function usages(entry: Pick<GlossaryEntry, 'term' | 'former'>, routines: RoutineText[]): Usage[] {
  const patterns = formsOf(entry).map(formPattern);
  const { sections } = readRoutines(routines);
  return routines.flatMap((routine) =>
    (sections.get(routine.id) ?? [])
      .filter((section) => patterns.some((pattern) => pattern.test(section.heading) || pattern.test(section.ownText)))
      .map((section) => ({ dokument: routine.id, avsnitt: section.id, heading: section.heading })),
  );
}

/**
 * Checks what the schema cannot: each explanation stands word for word in
 * the section it names (the process model's check) and names the term;
 * an expansion said to be the routines' stands beside the term in one of
 * their sections; the term is used in the routines at all; a contact
 * exists. Problems name file, entry and field, in Swedish.
 */
export function validateGlossary(entries: GlossaryEntry[], context: { routines: RoutineText[]; contactIds: string[] }): Problem[] {
  const problems: Problem[] = [];
  const routines = readRoutines(context.routines);
  const contacts = new Set(context.contactIds);
  for (const entry of entries) {
    const at = (field: string, message: string) => problems.push({ file: GLOSSARY_FILE, entry: entry.id, field, message });
    const patterns = formsOf(entry).map(formPattern);
    const names = (text: string) => patterns.some((pattern) => pattern.test(text));
    if (entry.utskrivning && entry.utskrivningTolkning) {
      at('utskrivningTolkning', 'skriv antingen utskrivning (står i rutinen) eller utskrivningTolkning (webbplatsens läsning), inte båda.');
    }
    entry.forklaring.forEach((source, index) => {
      const field = `forklaring[${index + 1}]`;
      const problem = quoteProblem(source, routines);
      if (problem) at(`${field}.${problem.field}`, problem.message);
      else if (!names(source.citat)) at(`${field}.citat`, `citatet nämner inte termen (letade efter: ${formsOf(entry).join(', ')}).`);
    });
    if (entry.utskrivning) {
      const expansion = entry.utskrivning.toLocaleLowerCase('sv');
      const beside = [...routines.sections.values()].flat().some((section) => names(section.ownText) && section.ownText.toLocaleLowerCase('sv').includes(expansion));
      if (!beside) {
        at(
          'utskrivning',
          `"${entry.utskrivning}" står inte i något avsnitt av rutinerna tillsammans med termen. Skriv utskrivningen som rutinen gör, eller under utskrivningTolkning om det är webbplatsens läsning.`,
        );
      }
    }
    if (usages(entry, context.routines).length === 0) {
      at('former', `termen används inte i rutinerna (letade efter: ${formsOf(entry).join(', ')}). Lägg till formen som rutinen skriver under former.`);
    }
    if (entry.kontakt && !contacts.has(entry.kontakt)) at('kontakt', `kontakten "${entry.kontakt}" finns inte i kontaktuppgifterna (content/kontakter.yaml).`);
  }
  return problems;
}

/** Entries in Swedish alphabetical order of their terms (å, ä, ö last). */
export function alphabetical<T extends { term: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'sv', { sensitivity: 'base' }));
}
