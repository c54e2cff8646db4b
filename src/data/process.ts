import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { ProcessModel } from '../lib/process/model';
import { withAdministrations } from '../lib/process/questions';
import { FILES, formatProblem, validateModel } from '../lib/process/validate';
import { REVIEW_FILE, parseReviews, reviewCommand, reviewProblems, type Reviews } from '../lib/process/review';
import { allRoutines, routineScopes } from './rutiner';
import { contacts } from './kontakter';

let cached: Promise<ProcessModel> | undefined;

/**
 * The process model from content/process/, checked against the routines
 * and the contact data. A problem stops the build with one line per
 * problem naming file, entry and field.
 */
export function processModel(): Promise<ProcessModel> {
  cached ??= load();
  return cached;
}

async function load(): Promise<ProcessModel> {
  const [roles, phases, steps, questions, routines, scopes] = await Promise.all([
    getCollection('roller'),
    getCollection('faser'),
    getCollection('steg'),
    getCollection('fragor'),
    allRoutines(),
    routineScopes(),
  ]);
  const model: ProcessModel = {
    roles: roles.map((entry) => entry.data),
    phases: phases.map((entry) => entry.data),
    steps: inFileOrder(
      steps.map((entry) => entry.data),
      FILES.steps,
    ),
    // The administration question's answers come from the routines' forvaltningar.
    questions: withAdministrations(
      inFileOrder(
        questions.map((entry) => entry.data),
        FILES.questions,
      ),
      scopes,
    ),
    routines: scopes,
  };
  const routineTexts = routines.map((routine) => ({ id: routine.id, body: routine.body ?? '' }));
  const problems = validateModel(model, { routines: routineTexts, contactIds: await contactIds() });
  // Reviews are checked once the model itself is sound: a wrong section name is the first thing to fix.
  const unreviewed = problems.length === 0 ? reviewProblems(model, routineTexts, readReviews()) : [];
  const all = [...problems, ...unreviewed];
  if (all.length > 0) {
    const toReview = [...new Set(unreviewed.map((problem) => problem.entry))];
    const summary =
      toReview.length > 0
        ? `\nSteg som behöver granskas mot rutinens text (se content/README.md, "När en rutin ändras"): läs avsnitten, kontrollera stegen och kör\n  ${reviewCommand(toReview)}`
        : '';
    throw new Error(`Processmodellen har ${all.length} fel:\n${all.map((p) => `  - ${formatProblem(p)}`).join('\n')}${summary}`);
  }
  return model;
}

/** content/process/granskning.yaml; a missing file means no step has been reviewed yet. */
function readReviews(): Reviews {
  if (!existsSync(REVIEW_FILE)) return {};
  return parseReviews(readFileSync(REVIEW_FILE, 'utf8'));
}

/** Ids of units and people that roles may name as contacts. */
async function contactIds(): Promise<string[]> {
  const { units, people } = await contacts();
  return [...units, ...people].map((entry) => entry.id);
}

/**
 * Steps in the order the file lists them: document owners keep them in
 * time order within a phase, and the collection API does not keep it.
 */
function inFileOrder<T extends { id: string }>(entries: T[], file: string): T[] {
  const order = [...readFileSync(file, 'utf8').matchAll(/^- id:\s*(\S+)/gm)].map((match) => match[1]);
  return [...entries].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
