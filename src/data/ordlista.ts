import { alphabetical, usages, type GlossaryEntry, type Usage } from '../lib/glossary';
import { allRoutines } from './rutiner';
import { siteContent } from './content';

export interface GlossaryItem extends GlossaryEntry {
  /** The routines' sections that use the term, found in their text at build time. */
  used: Usage[];
}

/** The glossary (content/ordlista.yaml), in alphabetical order, each term with where the routines use it. */
export function glossary(): GlossaryItem[] {
  const routines = allRoutines();
  return alphabetical(siteContent().glossary).map((entry) => ({ ...entry, used: usages(entry, routines) }));
}
