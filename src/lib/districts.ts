/**
 * Districts as data. The city's routine applies to the social services
 * administrations its header names (`forvaltningar`); a local routine
 * (`kompletterar: <the city's routine>`) names the administration(s) it
 * applies to, among those. A step's, role's or contact's scope is the id of
 * the routine it comes from. Every view that differs by district (the menu,
 * the flowchart's local styling, the role and contact pages, the guide's
 * administration question) reads it from here, so a supplement for another
 * administration is content only: no district is named in code.
 */
import type { Problem } from '../content-pipeline/problems.ts';
import type { RoutineHeader } from '../content-pipeline/schemas.ts';
import { joinSwedish } from './process/model.ts';
import { slugify } from './slug.ts';

/** What the site reads from a routine's header to know where it applies, with the routine's id (its file name without .mdx). */
export type RoutineScope = Pick<RoutineHeader, 'title' | 'kortnamn' | 'forvaltningar' | 'kompletterar' | 'ordning'> & { id: string };

/** An administration a case can be handled by, and the routines that apply there. */
export interface Administration {
  /** The answer's value in the guide's address and in `foljerAvRollen`: "sydvast". */
  id: string;
  /** As the city's routine names it: "Sydväst". */
  namn: string;
  /** The city's routine and every local routine that names this administration, in the routines' order. */
  rutiner: string[];
}

export function inOrder<R extends Pick<RoutineScope, 'ordning'>>(routines: readonly R[]): R[] {
  return [...routines].sort((a, b) => a.ordning - b.ordning);
}

/** Whether a scope (a routine id) is a local routine's: it supplements another. */
export function isLocal(routines: readonly RoutineScope[], scope: string): boolean {
  return Boolean(routines.find((routine) => routine.id === scope)?.kompletterar);
}

/** The local routines, in order. */
export function localRoutines<R extends RoutineScope>(routines: readonly R[]): R[] {
  return inOrder(routines).filter((routine) => routine.kompletterar);
}

/**
 * The administrations a case can belong to: those the routines that
 * supplement no other apply to, in their order, each with the routines
 * that apply to a case there.
 */
export function administrations(routines: readonly RoutineScope[]): Administration[] {
  const ordered = inOrder(routines);
  const result: Administration[] = [];
  for (const base of ordered.filter((routine) => !routine.kompletterar)) {
    for (const namn of base.forvaltningar) {
      if (result.some((known) => known.namn === namn)) continue;
      const local = ordered.filter((routine) => routine.kompletterar === base.id && routine.forvaltningar.includes(namn));
      result.push({ id: slugify(namn), namn, rutiner: [base.id, ...local.map((routine) => routine.id)] });
    }
  }
  return result;
}

/** Where a routine applies, as each view says it: "Hela staden (stadens rutin)", "Bara Nordost (lokal rutin)". */
export function scopeLabel(routines: readonly RoutineScope[], scope: string): string {
  const routine = routines.find((candidate) => candidate.id === scope);
  if (!routine) throw new Error(`Unknown scope "${scope}"`);
  if (!routine.kompletterar) return `Hela staden (${lowerFirst(routine.kortnamn)})`;
  return `Bara ${joinSwedish(routine.forvaltningar)} (lokal rutin)`;
}

/** The administrations a scope is limited to ("Nordost"), or undefined for the city's routine. */
export function scopeDistricts(routines: readonly RoutineScope[], scope: string): string | undefined {
  const routine = routines.find((candidate) => candidate.id === scope);
  return routine?.kompletterar ? joinSwedish(routine.forvaltningar) : undefined;
}

/**
 * What is wrong with the routines' districts, for the content check: a
 * local routine must name administrations the routine it supplements
 * applies to, and two administrations must not share an address.
 */
export function districtProblems(routines: ReadonlyArray<RoutineScope & { file: string }>): Problem[] {
  const problems: Problem[] = [];
  for (const routine of routines) {
    const seen = new Set<string>();
    routine.forvaltningar.forEach((namn, index) => {
      const id = slugify(namn);
      if (seen.has(id)) {
        problems.push({
          file: routine.file,
          entry: routine.id,
          field: `forvaltningar[${index + 1}]`,
          message: `"${namn}" står två gånger. Skriv varje förvaltning en gång.`,
        });
      }
      seen.add(id);
    });
    if (!routine.kompletterar) continue;
    const base = routines.find((candidate) => candidate.id === routine.kompletterar);
    if (!base) continue; // the schema names a routine that does not exist
    if (base.kompletterar) {
      problems.push({
        file: routine.file,
        entry: routine.id,
        field: 'kompletterar',
        message: `rutinen "${base.id}" kompletterar själv en annan rutin. En lokal rutin kompletterar stadens rutin, den som inte har något kompletterar.`,
      });
      continue;
    }
    routine.forvaltningar.forEach((namn, index) => {
      if (!base.forvaltningar.includes(namn)) {
        problems.push({
          file: routine.file,
          entry: routine.id,
          field: `forvaltningar[${index + 1}]`,
          message: `"${namn}" är inte en av förvaltningarna som ${base.title} gäller för. Skriv en av: ${base.forvaltningar.join(', ')}, stavad som i ${base.id}.mdx.`,
        });
      }
    });
  }
  return problems;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
}
