import { getCollection } from 'astro:content';
import { alphabetical, usages, validateGlossary, type GlossaryEntry, type Usage } from '../lib/glossary';
import { formatProblem } from '../lib/process/validate';
import { contacts } from './kontakter';
import { allRoutines } from './rutiner';

export interface GlossaryItem extends GlossaryEntry {
  /** The routines' sections that use the term, found in their text at build time. */
  used: Usage[];
}

let cached: Promise<GlossaryItem[]> | undefined;

/**
 * The glossary (content/ordlista.yaml), checked against the routines and
 * the contact data, in alphabetical order. A problem stops the build with
 * one line per problem naming file, entry and field.
 */
export function glossary(): Promise<GlossaryItem[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<GlossaryItem[]> {
  const [entries, routines, { units, people }] = await Promise.all([getCollection('ordlista'), allRoutines(), contacts()]);
  if (entries.length === 0) {
    throw new Error('Ordlistan är tom: content/ordlista.yaml saknas, är tom eller går inte att läsa (se meddelandet ovan om filen).');
  }
  const texts = routines.map((routine) => ({ id: routine.id, body: routine.body ?? '' }));
  const data = entries.map((entry) => entry.data);
  const problems = validateGlossary(data, { routines: texts, contactIds: [...units, ...people].map((entry) => entry.id) });
  if (problems.length > 0) {
    throw new Error(`Ordlistan har ${problems.length} fel:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
  }
  return alphabetical(data).map((entry) => ({ ...entry, used: usages(entry, texts) }));
}
