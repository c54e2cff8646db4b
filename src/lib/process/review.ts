import { createHash } from 'node:crypto';
import { load as parseYaml } from 'js-yaml';
import { FILES } from '../../content-pipeline/files.ts';
import type { Problem } from '../../content-pipeline/problems.ts';
import type { ProcessModel, Source, Step } from './model.ts';
import { sections, type RoutineText, type Section } from './source-text.ts';

/**
 * Keeping the steps true when a routine is revised. Each step records, per
 * section it cites, a fingerprint of that section's text as it was when a
 * document owner last checked the step against it (`npm run granska`).
 * When the section's text changes, the fingerprint no longer matches and
 * the build stops, naming the step and the section, until someone has
 * read the section again and confirmed (or changed) the step.
 *
 * The fingerprints live in their own generated file, so writing them never
 * touches the hand-written, commented content/process/steg.yaml.
 */

/** Step id → cited section ("dokument#avsnitt") → fingerprint of its text. */
export type Reviews = Record<string, Record<string, string>>;

/** The command that records a review, as a document owner types it. */
export function reviewCommand(stepIds: string[]): string {
  return `npm run granska -- ${stepIds.join(' ')}`;
}

/**
 * A short fingerprint of a section's text. The text is the section's plain
 * words (Markdown marks dropped, whitespace folded), so re-wrapping a line
 * or changing emphasis is no change; a changed word is.
 */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 10);
}

export function sectionKey(source: Pick<Source, 'dokument' | 'avsnitt'>): string {
  return `${source.dokument}#${source.avsnitt}`;
}

type SectionIndex = Map<string, Section>;

function indexSections(routines: readonly RoutineText[]): SectionIndex {
  const index: SectionIndex = new Map();
  for (const routine of routines) {
    for (const section of sections(routine.body)) index.set(sectionKey({ dokument: routine.id, avsnitt: section.id }), section);
  }
  return index;
}

/** The fingerprints of the sections a step cites, as they read now (sections that do not exist are left to validateModel). */
export function currentFingerprints(step: Step, routines: readonly RoutineText[], index = indexSections(routines)): Record<string, string> {
  const result: Record<string, string> = {};
  for (const source of step.kallor) {
    const key = sectionKey(source);
    const section = index.get(key);
    if (section && !(key in result)) result[key] = fingerprint(section.text);
  }
  return result;
}

export interface StaleReview {
  step: Step;
  /** 1-based index of the first source citing the section, for the message's field. */
  sourceNumber: number;
  source: Source;
  heading: string;
  /** Never reviewed against this section, or reviewed against an older text. */
  reason: 'ny' | 'andrad';
}

/** Every step and section whose recorded fingerprint is missing or differs from the text now. */
export function staleReviews(model: ProcessModel, routines: readonly RoutineText[], reviews: Reviews): StaleReview[] {
  const index = indexSections(routines);
  const stale: StaleReview[] = [];
  for (const step of model.steps) {
    const current = currentFingerprints(step, routines, index);
    for (const [key, value] of Object.entries(current)) {
      const recorded = reviews[step.id]?.[key];
      if (recorded === value) continue;
      const position = step.kallor.findIndex((source) => sectionKey(source) === key);
      stale.push({
        step,
        sourceNumber: position + 1,
        source: step.kallor[position]!,
        heading: index.get(key)!.heading,
        reason: recorded === undefined ? 'ny' : 'andrad',
      });
    }
  }
  return stale;
}

/** The build's problems for stale reviews, in Swedish, each naming the step, the section and what to do. */
export function reviewProblems(model: ProcessModel, routines: readonly RoutineText[], reviews: Reviews): Problem[] {
  return staleReviews(model, routines, reviews).map(({ step, sourceNumber, source, heading, reason }) => ({
    file: FILES.steps,
    entry: step.id,
    field: `kallor[${sourceNumber}].avsnitt`,
    message:
      reason === 'andrad'
        ? `avsnittet ”${heading}” i rutinen "${source.dokument}" har ändrats sedan steget granskades. Läs avsnittet och kontrollera att stegets titel, beskrivning, vem, tid och villkor fortfarande säger det som texten säger; ändra steget om det behövs. Kör sedan: ${reviewCommand([step.id])}`
        : `steget har inte granskats mot avsnittet ”${heading}” i rutinen "${source.dokument}". Läs avsnittet och kontrollera steget. Kör sedan: ${reviewCommand([step.id])}`,
  }));
}

/** What to do about the stale reviews as a whole: one command for every step named. */
export function reviewSummary(problems: readonly Problem[]): string | undefined {
  const steps = [...new Set(problems.map((problem) => problem.entry!))];
  if (steps.length === 0) return undefined;
  return `Steg som behöver granskas mot rutinens text (se content/README.md, "När en rutin ändras"): läs avsnitten, kontrollera stegen och kör\n  ${reviewCommand(steps)}`;
}

/**
 * The reviews after the given steps have been checked against the text as
 * it reads now. Steps that no longer exist and sections no longer cited
 * are dropped; other steps keep what was recorded for them.
 */
export function recordReviews(model: ProcessModel, routines: readonly RoutineText[], reviews: Reviews, stepIds: string[]): Reviews {
  const index = indexSections(routines);
  const next: Reviews = {};
  for (const step of model.steps) {
    const current = currentFingerprints(step, routines, index);
    const kept: Record<string, string> = {};
    for (const [key, value] of Object.entries(current)) {
      const recorded = stepIds.includes(step.id) ? value : reviews[step.id]?.[key];
      if (recorded !== undefined) kept[key] = recorded;
    }
    if (Object.keys(kept).length > 0) next[step.id] = kept;
  }
  return next;
}

const HEADER = [
  '# Granskning av stegen mot rutinernas text. Filen skrivs av kommandot',
  '#   npm run granska -- <steg-id> …',
  '# när du har läst avsnitten som ett steg citerar och kontrollerat steget',
  '# (se content/README.md, "När en rutin ändras"). Ändra den inte för hand.',
  '#',
  '# steg-id:',
  '#   rutin#avsnitt: fingeravtryck av avsnittets text när steget granskades',
];

/** The file's text, steps in the model's order. */
export function formatReviews(reviews: Reviews, stepOrder: string[]): string {
  const lines = [...HEADER, ''];
  for (const id of stepOrder) {
    const entry = reviews[id];
    if (!entry) continue;
    lines.push(`${id}:`);
    for (const [key, value] of Object.entries(entry)) lines.push(`  ${key}: "${value}"`);
  }
  return `${lines.join('\n')}\n`;
}

/** Reads the file; a file that is not as `npm run granska` writes it is reported in Swedish. */
export function parseReviews(text: string): Reviews {
  const data = parseYaml(text, { filename: FILES.reviews }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${FILES.reviews} går inte att läsa. Skriv om den med npm run granska.`);
  const reviews: Reviews = {};
  for (const [step, entry] of Object.entries(data as Record<string, unknown>)) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new Error(`${FILES.reviews}, "${step}": posten går inte att läsa. Skriv om filen med npm run granska.`);
    }
    reviews[step] = Object.fromEntries(Object.entries(entry as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
  }
  return reviews;
}
