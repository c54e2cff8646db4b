import { formsOf, usages } from '../../src/lib/glossary.ts';
import { routineBlocks } from '../../src/lib/routine-text/blocks.ts';
import { caseSensitiveWords, fold, suggestions, words } from '../../src/lib/search.ts';
import { siteContacts } from './contacts.ts';
import { siteContent } from './process.ts';

/**
 * The cases the search spec (tests/search.spec.ts) searches for, chosen
 * from content/ by the property each test needs (a word only one section
 * of a routine uses, a person whose surname nobody else has, …), never
 * written into the spec: a document owner's edit in content/ picks another
 * case, and the test goes on proving the same behaviour.
 */

const content = siteContent();

/** A section of a routine as its page shows it: the text of its own blocks, below its heading. */
export interface RoutineSection {
  routine: string;
  /** The heading's id, the hit's #fragment. */
  id: string;
  heading: string;
  text: string;
}

/** The routines' own sections (Markdown headings; the document template's text left out), in page order. */
export const routineSections: RoutineSection[] = content.routines.flatMap((routine) => {
  const found = new Map<string, RoutineSection>();
  for (const block of routineBlocks(routine.body)) {
    if (block.template || block.kind !== 'text' || !block.section) continue;
    const section = found.get(block.section) ?? { routine: routine.id, id: block.section, heading: block.sectionHeading, text: '' };
    section.text = `${section.text} ${block.text}`.trim();
    found.set(block.section, section);
  }
  return [...found.values()];
});

/**
 * Every text content/ gives the site to show (routines, pages, contacts,
 * the process, the glossary, the settings): each string value, not the
 * field names. The record of reviews is left out: no page shows it.
 */
export const shownTexts: string[] = (() => {
  const { reviews: _reviews, ...shown } = content;
  return textsOf(shown);
})();

/** The string values in a value from content/, however deep. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

const folded = new Map<string, string>();
/** Folded once each: the same texts are searched for many words. */
const foldOnce = (text: string) => folded.get(text) ?? folded.set(text, fold(text)).get(text)!;
const occurrences = (text: string, part: string) => foldOnce(text).split(fold(part)).length - 1;

/**
 * How often content/ uses a word, counted by its beginning (all but its
 * last two letters, four at least) so that its inflections count too, as
 * the search's Swedish stemming and prefix matching find them.
 */
function uses(word: string, texts: readonly string[] = shownTexts): number {
  const start = word.slice(0, Math.max(4, word.length - 2));
  return texts.reduce((sum, text) => sum + occurrences(text, start), 0);
}

/**
 * A word that only one section of the routine uses, in any form, and no
 * other text of the site: long, in lower case (no rule for capitals
 * applies), the first such word in the routine's order.
 */
export function wordOfOneSection(routine: string): { word: string; section: RoutineSection } {
  for (const section of routineSections.filter((candidate) => candidate.routine === routine)) {
    const word = words(section.text).find((candidate) => /^\p{Ll}{8,}$/u.test(candidate) && uses(candidate) === uses(candidate, [section.text]));
    if (word) return { word, section };
  }
  throw new Error(`No word of content/rutiner/${routine}.mdx that only one of its sections uses`);
}

/**
 * Each routine's search words (`sokord` in its header: the model's
 * spellings), each with the routines that list it; the first also with
 * its first letter's case turned, as a reader may type it.
 */
export function searchWords(): Array<{ query: string; routines: string[] }> {
  const all = [...new Set(content.routines.flatMap((routine) => routine.data.sokord))];
  const listing = (word: string) => content.routines.filter((routine) => routine.data.sokord.some((listed) => fold(listed) === fold(word))).map((routine) => routine.id);
  const turn = (word: string) => {
    const first = word.charAt(0);
    const upper = first.toLocaleUpperCase('sv');
    return `${first === upper ? first.toLocaleLowerCase('sv') : upper}${word.slice(1)}`;
  };
  return [...all.slice(0, 1), ...all.slice(0, 1).map(turn), ...all.slice(1)].map((query) => ({ query, routines: listing(query) }));
}

/** The glossary's entries whose term is one word (the term the search is tried with). */
const oneWordTerms = content.glossary.filter((entry) => /^[\p{L}-]+$/u.test(entry.term));

/**
 * A term written in capitals (an abbreviation: the reader means that
 * spelling) that the routines also write in lower case as another word
 * (SIG and the pronoun "sig"), the one the routines' sections use most as
 * written; with a section that writes it once as written.
 */
export function capitalsTerm() {
  const candidates = oneWordTerms
    .filter((entry) => caseSensitiveWords(entry.term).length === 1)
    .map((entry) => {
      const lower = entry.term.toLocaleLowerCase('sv');
      const asWritten = (section: RoutineSection) => words(section.text).filter((word) => word === entry.term).length;
      return {
        entry,
        lower,
        sections: routineSections.filter((section) => asWritten(section) > 0),
        once: routineSections.filter((section) => asWritten(section) === 1),
        lowerSections: routineSections.filter((section) => words(section.text).includes(lower)),
      };
    })
    .filter((candidate) => candidate.lowerSections.length > 0 && candidate.once.length > 0)
    .sort((a, b) => b.sections.length - a.sections.length);
  const chosen = candidates[0];
  if (!chosen) throw new Error('No glossary term in capitals that the routines also write in lower case as another word');
  // Where the routine's page has the word in other sections too, marking that section only is seen.
  const section = chosen.once.find((candidate) => routineSections.some((other) => other.routine === candidate.routine && other !== candidate && words(other.text).some((word) => fold(word) === fold(chosen.entry.term)))) ?? chosen.once[0]!;
  const inSteps = content.process.steps.filter((step) => words(`${step.titel} ${step.beskrivning}`).includes(chosen.entry.term)).length;
  /** The hits that write it as written: the routines' sections and the flowchart's steps. */
  const writtenIn = chosen.sections.length + inSteps;
  return { term: chosen.entry.term, lower: chosen.lower, id: chosen.entry.id, writtenIn, section };
}

/**
 * Terms the glossary explains, each with where its explanation is: the
 * one-word terms the routines' sections use most (the most passages
 * compete with the entry), `abbreviations` of them written in capitals,
 * then `others`.
 */
export function glossaryTerms(abbreviations: number, others: number): Array<{ query: string; heading: string; section: string }> {
  const used = (entry: (typeof oneWordTerms)[number]) => usages(entry, content.routines).length;
  const ranked = [...oneWordTerms].sort((a, b) => used(b) - used(a));
  const inCapitals = (entry: (typeof oneWordTerms)[number]) => caseSensitiveWords(entry.term).length > 0;
  return [...ranked.filter(inCapitals).slice(0, abbreviations), ...ranked.filter((entry) => !inCapitals(entry)).slice(0, others)].map((entry) => ({
    query: entry.term,
    heading: entry.term,
    section: `ordlista/#${entry.id}`,
  }));
}

/**
 * A routine's section whose heading is one hyphenated word (else one
 * word) that is no glossary term and heads no other section: the
 * passage that explains that term.
 */
export function headingTerm(): { query: string; heading: string; section: string } {
  const terms = new Set(content.glossary.flatMap((entry) => formsOf(entry).map(fold)));
  const single = routineSections.filter(
    (section) => /^\p{L}+(-\p{L}+)*$/u.test(section.heading) && !terms.has(fold(section.heading)) && routineSections.filter((other) => fold(other.heading) === fold(section.heading)).length === 1,
  );
  const chosen = single.find((section) => section.heading.includes('-')) ?? single[0];
  if (!chosen) throw new Error('No routine section headed by a single word');
  return { query: chosen.heading.toLocaleLowerCase('sv'), heading: chosen.heading, section: `rutiner/${chosen.routine}/#${chosen.id}` };
}

/** A person of the contact list whose surname no other text of the site has. */
export function personOfUniqueSurname() {
  const person = content.contacts.people.find((candidate) => {
    const surname = candidate.namn.split(/\s+/).at(-1)!;
    // The person's own entry names them (the name, the address); nothing else may.
    const own = [candidate.namn, candidate.epost, candidate.id];
    return /^\p{L}{4,}$/u.test(surname) && uses(surname) === uses(surname, own);
  });
  if (!person) throw new Error('No person in content/kontakter.yaml whose surname no other text of the site has');
  return { name: person.namn, surname: person.namn.split(/\s+/).at(-1)!, id: person.id };
}

/** A reception line with an area, the area the routines' sections mention least (so the contact list's line is among the first hits). */
export function lineWithArea() {
  const lines = content.contacts.units.flatMap((unit) => unit.linjer.filter((line) => line.upptagningsomrade));
  const line = [...lines].sort((a, b) => uses(a.upptagningsomrade!, routineSections.map((s) => s.text)) - uses(b.upptagningsomrade!, routineSections.map((s) => s.text)))[0];
  if (!line) throw new Error('No line with an area (upptagningsomrade) in content/kontakter.yaml');
  return { area: line.upptagningsomrade!, name: line.namn };
}

/** A phone number the contact list shows, as it shows it. */
export const shownPhones = siteContacts().cards.flatMap((card) => card.phones.map((phone) => phone.display));

/**
 * A guide question whose every word (letters only) stands as written in
 * one routine section: the search finds that passage for it, and would
 * find the guide too if the guide were indexed. The first the guide asks.
 */
export function guideQuestionFound(): string {
  const tokens = (text: string) => text.split(/\s+/).map((token) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const sectionWords = routineSections.map((section) => new Set(tokens(section.text).map(fold)));
  const question = [...content.process.questions, ...content.process.groups].find((candidate) => {
    const asked = tokens(candidate.fraga);
    return asked.every((token) => /^\p{L}+$/u.test(token)) && sectionWords.some((found) => asked.every((token) => found.has(fold(token))));
  });
  if (!question) throw new Error('No guide question whose every word one routine section writes');
  return question.fraga;
}

/**
 * Words the routines say that the flowchart's list and the role pages
 * repeat (a step's title or description), up to `count`: the model's
 * first search word, a hyphenated word, the glossary's term the steps
 * repeat most, a word in a form content/ never writes (an -ing noun in
 * the plural: the routine's own form must still be found), then the
 * words most steps repeat that no other page uses (contacts, glossary,
 * the site's pages) and few sections do (so that one routine's passages
 * do not fill the first five hits before the other's).
 */
export function repeatedWords(count: number): string[] {
  const stepTexts = content.process.steps.map((step) => `${step.titel} ${step.beskrivning}`);
  const stepWords = (text: string) => text.split(/\s+/).map((token) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const wordsOfSteps = stepTexts.map((text) => new Set(stepWords(text).map(fold)));
  const repeatedBy = (word: string) => wordsOfSteps.filter((set) => set.has(fold(word))).length;
  const routineWords = new Set(routineSections.flatMap((section) => stepWords(section.text)).map(fold));
  const repeated = [...new Set(stepTexts.flatMap(stepWords))]
    .filter((word) => word.length >= 7 && routineWords.has(fold(word)) && repeatedBy(word) > 0)
    .sort((a, b) => repeatedBy(b) - repeatedBy(a) || a.localeCompare(b, 'sv'));
  const elsewhere = textsOf([content.contacts, content.glossary, content.pages, content.site]);
  const plain = repeated.filter(
    (word) => /^\p{Ll}+$/u.test(word) && uses(word, elsewhere) === 0 && routineSections.filter((section) => uses(word, [section.text]) > 0).length <= 3,
  );
  const written = new Set(shownTexts.flatMap(stepWords).map(fold));
  const term = oneWordTerms.map((entry) => entry.term).filter((word) => repeatedBy(word) > 0 && routineWords.has(fold(word))).sort((a, b) => repeatedBy(b) - repeatedBy(a))[0];
  const plural = plain.filter((word) => word.endsWith('ing')).map((word) => `${word}ar`).find((form) => !written.has(fold(form)));
  const chosen = [searchWords()[0]?.query, repeated.find((word) => word.includes('-')), term, plural, ...plain];
  return [...new Set(chosen.filter((word): word is string => Boolean(word)))].slice(0, count);
}

/**
 * Two neighbouring words of a step's description that a role does (so the
 * role pages list it), which no other step and no phase says both: a
 * search for them finds that step once on the flowchart.
 */
export function stepPhrase(): { query: string; title: string } {
  for (const step of content.process.steps.filter((candidate) => candidate.roller.length > 0)) {
    const others = [...content.process.steps.filter((other) => other !== step), ...content.process.phases].map((other) => textsOf(other).join(' '));
    const described = step.beskrivning.split(/\s+/);
    for (const [index, first] of described.entries()) {
      const second = described[index + 1];
      if (!second || !/^\p{Ll}{5,}$/u.test(first) || !/^\p{Ll}{5,}$/u.test(second)) continue;
      if (!others.some((text) => uses(first, [text]) > 0 && uses(second, [text]) > 0)) return { query: `${first} ${second}`, title: step.titel };
    }
  }
  throw new Error('No two words of a step that no other step says both');
}

/** The words of the routines' sections (five letters or more) in lower case, those most sections use first. */
function wordsByUse(): string[] {
  const sectionsUsing = new Map<string, number>();
  for (const section of routineSections) {
    const used = words(section.text).filter((candidate) => /^\p{L}{5,}$/u.test(candidate) && caseSensitiveWords(candidate).length === 0);
    for (const word of new Set(used.map((candidate) => candidate.toLocaleLowerCase('sv')))) sectionsUsing.set(word, (sectionsUsing.get(word) ?? 0) + 1);
  }
  return [...sectionsUsing].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv')).map(([word]) => word);
}

/** The word most of the routines' sections use: it finds more hits than one screen of results shows. */
export function commonWord(): string {
  const word = wordsByUse()[0];
  if (!word) throw new Error('The routines have no words');
  return word;
}

/**
 * A word of the routines misspelt (its middle letter left out) as the site
 * never writes it, with the corrections "Menade du …?" offers from the
 * site's word list (`siteWords`, the build's pagefind/ord.json) by the
 * search's own rule (src/lib/search.ts): of the words of eight letters or
 * more whose misspelling is corrected to them, the one offered with the
 * most corrections (the most used of those).
 */
export function misspelling(siteWords: string[]): { word: string; misspelt: string; offered: string[] } {
  const known = new Set(siteWords.map(fold));
  const corrected = wordsByUse()
    .filter((word) => word.length >= 8)
    .map((word) => {
      const middle = Math.floor(word.length / 2);
      const misspelt = word.slice(0, middle) + word.slice(middle + 1);
      return { word, misspelt, offered: known.has(fold(misspelt)) ? [] : suggestions(misspelt, siteWords) };
    })
    .filter(({ word, offered }) => offered.includes(word));
  const chosen = corrected.sort((a, b) => b.offered.length - a.offered.length)[0];
  if (!chosen) throw new Error('No word of the routines whose misspelling the site corrects to it');
  return chosen;
}
