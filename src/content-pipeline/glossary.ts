/**
 * The glossary's rules across files (content/ordlista.yaml against the
 * routines and the contact data).
 */
import { formPattern, formsOf, usages } from '../lib/glossary.ts';
import type { RoutineText } from '../lib/process/source-text.ts';
import { FILES } from './files.ts';
import type { Problem } from './problems.ts';
import { quoteProblem, routineSources } from './process.ts';
import type { GlossaryEntry } from './schemas.ts';

/**
 * Checks what the schema cannot: each explanation stands word for word in
 * the section it names (the process model's check) and names the term;
 * an expansion said to be the routines' stands beside the term in one of
 * their sections; the term is used in the routines at all; a contact
 * exists. Problems name file, entry and field, in Swedish.
 */
export function validateGlossary(entries: readonly GlossaryEntry[], context: { routines: readonly RoutineText[]; contactIds: readonly string[] }): Problem[] {
  const problems: Problem[] = [];
  const routines = routineSources(context.routines);
  const contacts = new Set(context.contactIds);
  for (const entry of entries) {
    const at = (field: string, message: string) => problems.push({ file: FILES.glossary, entry: entry.id, field, message });
    const patterns = formsOf(entry).map(formPattern);
    const names = (text: string) => patterns.some((pattern) => pattern.test(text));
    if (entry.utskrivning && entry.utskrivningTolkning) {
      at('utskrivningTolkning', 'skriv antingen utskrivning (står i rutinen) eller utskrivningTolkning (webbplatsens läsning), inte båda.');
    }
    entry.forklaring.forEach((source, index) => {
      const field = `forklaring[${index + 1}]`;
      const problem = quoteProblem(source, routines, ', och läs förklaringen mot den nya texten');
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
