import { titleWithRole, type Person, type Unit } from '../contacts.ts';

/**
 * A unit's contact data in the words a routine's contact section writes
 * them (the Nordost routine's form): each line's name and number, its
 * mailbox, the sentence on the hours; each person's name and title, the
 * numbers as written, the address. What <Kontaktuppgifter enhet="…" />
 * shows, as words to compare with the decided document.
 */
export function contactParagraphs(unit: Unit, people: readonly Person[]): string[] {
  const paragraphs: string[] = [];
  for (const line of unit.linjer) {
    paragraphs.push(`${line.namn}: ${line.telefon.written}`);
    if (line.funktionsbrevlada) paragraphs.push(`Funktionsbrevlåda: ${line.funktionsbrevlada}`);
  }
  if (unit.oppettider) paragraphs.push(unit.oppettider.text);
  for (const person of people.filter((candidate) => candidate.enhet === unit.id)) {
    paragraphs.push(`${person.namn}, ${titleWithRole(person)}`);
    paragraphs.push([person.telefon.map((phone) => phone.written).join(', '), person.epost].filter(Boolean).join(' '));
  }
  return paragraphs;
}
