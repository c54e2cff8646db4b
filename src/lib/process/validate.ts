import { acceptedAnswers, type ProcessModel, type Source, type Step } from './model.ts';
import { CASE_FACTS, isCaseFact } from './questions.ts';
import { plainText, sections, type Section } from './source-text.ts';

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
  const routines = readRoutines(context.routines);

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
      const problem = quoteProblem(source, routines);
      if (problem) at(`kallor[${index + 1}].${problem.field}`, problem.message);
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

/** The routines' sections and whole texts, read once for checking quotes. */
export interface RoutineSources {
  sections: Map<string, Section[]>;
  texts: Map<string, string>;
}

export function readRoutines(routines: RoutineText[]): RoutineSources {
  return {
    sections: new Map(routines.map((routine) => [routine.id, sections(routine.body)])),
    texts: new Map(routines.map((routine) => [routine.id, plainText(routine.body)])),
  };
}

/**
 * Whether a quote stands word for word in the section of the routine it
 * names; if not, which field is wrong (dokument, avsnitt or citat) and why,
 * in words a document owner reads. Used for the process model's sources
 * and the glossary's explanations alike.
 */
export function quoteProblem(source: Source, routines: RoutineSources): { field: 'dokument' | 'avsnitt' | 'citat'; message: string } | undefined {
  const routineSectionList = routines.sections.get(source.dokument);
  if (!routineSectionList) {
    return { field: 'dokument', message: `rutinen "${source.dokument}" finns inte. Använd någon av: ${[...routines.sections.keys()].join(', ')}.` };
  }
  const section = routineSectionList.find((candidate) => candidate.id === source.avsnitt);
  if (!section) {
    return {
      field: 'avsnitt',
      message: `avsnittet "${source.avsnitt}" finns inte i rutinen "${source.dokument}". Avsnitten heter: ${routineSectionList.map((s) => s.id).join(', ')}.`,
    };
  }
  const quote = plainText(source.citat);
  if (section.text.includes(quote)) return undefined;
  const elsewhere = routines.texts.get(source.dokument)!.includes(quote);
  return {
    field: 'citat',
    message: elsewhere
      ? `citatet står i rutinen "${source.dokument}" men inte i avsnittet "${source.avsnitt}".`
      : `citatet finns inte ordagrant i rutinen "${source.dokument}": "${truncate(quote)}"`,
  };
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
