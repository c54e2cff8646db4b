import { acceptedAnswers, type ProcessModel, type Step } from './model.ts';
import { CASE_FACTS, isCaseFact } from './questions.ts';
import { plainText, sections } from './source-text.ts';

export interface RoutineText {
  id: string;
  /** The routine's MDX body. */
  body: string;
}

export interface ModelContext {
  routines: RoutineText[];
  /** Ids of units and people in the contact data. */
  contactIds: string[];
}

export const FILES = {
  roles: 'content/process/roller.yaml',
  phases: 'content/process/faser.yaml',
  steps: 'content/process/steg.yaml',
} as const;

/** One problem, located for a document owner: file, entry and field. */
export interface Problem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export function formatProblem({ file, entry, field, message }: Problem): string {
  return `${file}, "${entry}", fältet ${field}: ${message}`;
}

/**
 * Checks what a schema for one entry cannot: that every id a step or role
 * names exists, that every quote stands word for word in the section it
 * names, that each step can be reached from a start, and that conditions
 * ask only questions the guide knows. Returns the problems found, in
 * Swedish, each naming file, entry and field.
 */
export function validateModel(model: ProcessModel, context: ModelContext): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, entry: string, field: string, message: string) =>
    problems.push({ file, entry, field, message });

  const roleIds = new Set(model.roles.map((role) => role.id));
  const phaseIds = new Set(model.phases.map((phase) => phase.id));
  const stepIds = new Set(model.steps.map((step) => step.id));
  const contactIds = new Set(context.contactIds);
  const routineSections = new Map(context.routines.map((routine) => [routine.id, sections(routine.body)]));
  const routineTexts = new Map(context.routines.map((routine) => [routine.id, plainText(routine.body)]));

  for (const role of model.roles) {
    for (const contact of role.kontakter) {
      if (!contactIds.has(contact)) {
        report(FILES.roles, role.id, 'kontakter', `kontakten "${contact}" finns inte i kontaktuppgifterna (content/kontakter.yaml).`);
      }
    }
  }

  for (const step of model.steps) {
    const at = (field: string, message: string) => report(FILES.steps, step.id, field, message);
    for (const [field, ids] of [
      ['roller', step.roller],
      ['berorda', step.berorda],
    ] as const) {
      for (const id of ids) if (!roleIds.has(id)) at(field, `rollen "${id}" finns inte i ${FILES.roles}.`);
    }
    if (!phaseIds.has(step.fas)) at('fas', `fasen "${step.fas}" finns inte i ${FILES.phases}.`);
    for (const edge of step.nasta) {
      if (!stepIds.has(edge.till)) at('nasta', `steget "${edge.till}" finns inte.`);
    }
    for (const [key, value] of Object.entries(step.villkor?.nar ?? {})) {
      if (!isCaseFact(key)) {
        at('villkor.nar', `"${key}" är ingen fråga i guiden. Använd någon av: ${Object.keys(CASE_FACTS).join(', ')}.`);
        continue;
      }
      for (const answer of acceptedAnswers(value)) {
        if (!(CASE_FACTS[key] as readonly string[]).includes(answer)) {
          at('villkor.nar', `"${key}: ${answer}" är inget giltigt svar. Använd någon av: ${CASE_FACTS[key].join(', ')}.`);
        }
      }
    }
    step.kallor.forEach((source, index) => {
      const field = `kallor[${index + 1}]`;
      const routineSectionList = routineSections.get(source.dokument);
      if (!routineSectionList) {
        at(`${field}.dokument`, `rutinen "${source.dokument}" finns inte. Använd någon av: ${[...routineSections.keys()].join(', ')}.`);
        return;
      }
      const section = routineSectionList.find((candidate) => candidate.id === source.avsnitt);
      const quote = plainText(source.citat);
      if (!section) {
        at(`${field}.avsnitt`, `avsnittet "${source.avsnitt}" finns inte i rutinen "${source.dokument}". Avsnitten heter: ${routineSectionList.map((s) => s.id).join(', ')}.`);
      } else if (!section.text.includes(quote)) {
        const elsewhere = routineTexts.get(source.dokument)!.includes(quote);
        at(
          `${field}.citat`,
          elsewhere
            ? `citatet står i rutinen "${source.dokument}" men inte i avsnittet "${source.avsnitt}".`
            : `citatet finns inte ordagrant i rutinen "${source.dokument}": "${truncate(quote)}"`,
        );
      }
    });
  }

  if (!model.steps.some((step) => step.start)) {
    report(FILES.steps, '(alla steg)', 'start', 'inget steg är markerat med start: true, så processen har ingen början.');
  }
  for (const step of unreachable(model)) {
    report(FILES.steps, step.id, 'nasta', 'steget går inte att nå från något startsteg. Lägg till det under nasta i ett tidigare steg.');
  }
  return problems;
}

function unreachable(model: ProcessModel): Step[] {
  const byId = new Map(model.steps.map((step) => [step.id, step]));
  const seen = new Set<string>();
  const queue = model.steps.filter((step) => step.start).map((step) => step.id);
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of byId.get(id)?.nasta ?? []) queue.push(edge.till);
  }
  return model.steps.filter((step) => !seen.has(step.id));
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)} …` : text;
}
