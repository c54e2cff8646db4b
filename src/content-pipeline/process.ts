/**
 * The process model's rules across its files (content/process/*.yaml) and
 * against the routines and the contact data: what one entry's schema
 * cannot know.
 */
import { acceptedAnswers, type ProcessModel, type Source, type Step } from '../lib/process/model.ts';
import { factAnswers, factQuestions } from '../lib/process/questions.ts';
import { plainText, sections, type RoutineText, type Section } from '../lib/process/source-text.ts';
import { describeChange, nearest, quoteChange, sentences } from '../lib/routine-text/words.ts';
import { FILES } from './files.ts';
import type { Problem } from './problems.ts';

export interface ModelContext {
  routines: RoutineText[];
  /** Ids of units and people in the contact data. */
  contactIds: string[];
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
  const routines = routineSources(context.routines);

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
      ['kontaktar', step.kontaktar],
    ] as const) {
      for (const id of ids) if (!roleIds.has(id)) at(field, `rollen "${id}" finns inte i ${FILES.roles}.`);
    }
    if (!phaseIds.has(step.fas)) at('fas', `fasen "${step.fas}" finns inte i ${FILES.phases}.`);
    for (const edge of step.nasta) {
      if (!stepIds.has(edge.till)) at('nasta', `steget "${edge.till}" finns inte.`);
    }
    for (const replaced of step.ersatter ?? []) {
      if (!stepIds.has(replaced)) at('ersatter', `steget "${replaced}" finns inte.`);
      else if (replaced === step.id) at('ersatter', 'ett steg kan inte ersätta sig självt.');
    }
    for (const [key, value] of Object.entries(step.villkor?.nar ?? {})) {
      const problem = answerProblem(model, key, acceptedAnswers(value));
      if (problem) at('villkor.nar', problem);
    }
    step.kallor.forEach((source, index) => {
      const problem = quoteProblem(source, routines);
      if (problem) at(`kallor[${index + 1}].${problem.field}`, problem.message);
    });
  }

  validateQuestions(model, roleIds, report);

  if (!model.steps.some((step) => step.start)) {
    report(FILES.steps, '(alla steg)', 'start', 'inget steg är markerat med start: true, så processen har ingen början.');
  }
  for (const step of unreachable(model)) {
    report(FILES.steps, step.id, 'nasta', 'steget går inte att nå från något startsteg. Lägg till det under nasta i ett tidigare steg.');
  }
  return problems;
}

/**
 * What a question, or a step's condition, names must exist: a question of
 * that id with answers to choose from, and each answer among them.
 */
function answerProblem(model: ProcessModel, key: string, answers: string[]): string | undefined {
  const known = factAnswers(model, key);
  if (!known) {
    return `"${key}" är ingen fråga i guiden (${FILES.questions}). Använd någon av: ${factQuestions(model)
      .map((question) => question.id)
      .join(', ')}.`;
  }
  const wrong = answers.filter((answer) => !known.includes(answer));
  return wrong.length > 0 ? `"${key}: ${wrong.join(', ')}" är inget giltigt svar. Använd någon av: ${known.join(', ')}.` : undefined;
}

/**
 * The guide's questions: one role question and one date question, answers
 * of their own only where the worker chooses among them, and every role,
 * question and answer named in a question existing.
 */
function validateQuestions(model: ProcessModel, roleIds: Set<string>, report: (file: string, entry: string, field: string, message: string) => void) {
  const file = FILES.questions;
  for (const [typ, what] of [
    ['roll', 'rollen (typ: roll)'],
    ['datum', 'frigivningsdatumet (typ: datum)'],
  ] as const) {
    const found = model.questions.filter((question) => question.typ === typ);
    if (found.length !== 1) report(file, '(alla frågor)', 'typ', `guiden behöver exakt en fråga om ${what}, men filen har ${found.length}.`);
  }
  if (model.questions[0] && model.questions[0].typ !== 'roll') {
    report(file, model.questions[0].id, 'typ', 'rollfrågan (typ: roll) ska stå först: guiden frågar efter rollen innan något annat.');
  }
  const scoped = model.questions.filter((question) => question.alternativ.some((option) => option.omfattning));
  if (scoped.length > 1) {
    report(file, scoped[1]!.id, 'alternativ', `bara en fråga (förvaltningen) får ange omfattning, men också "${scoped[0]!.id}" gör det.`);
  }
  for (const question of model.questions) {
    const at = (field: string, message: string) => report(file, question.id, field, message);
    if (question.typ === 'val' && question.alternativ.length < 2) at('alternativ', 'en fråga med typ val behöver minst två svar under alternativ.');
    if (question.typ !== 'val' && question.alternativ.length > 0) {
      at('alternativ', `en fråga med typ ${question.typ} har inga egna svar: ta bort alternativ${question.typ === 'roll' ? ' (svaren är rollerna i ' + FILES.roles + ')' : ''}.`);
    }
    const values = question.alternativ.map((option) => option.svar);
    for (const value of new Set(values.filter((value, index) => values.indexOf(value) !== index))) at('alternativ', `svaret "${value}" står två gånger.`);
    if (question.alternativ.some((option) => option.omfattning) && question.alternativ.some((option) => !option.omfattning)) {
      at('alternativ', 'ange omfattning för alla svar eller för inget.');
    }
    if (question.forutsatter !== undefined && !values.includes(question.forutsatter)) {
      at('forutsatter', `"${question.forutsatter}" är inget av frågans svar. Använd någon av: ${values.join(', ')}.`);
    }
    if (question.foljerAvRollen && question.typ !== 'roll') at('foljerAvRollen', 'bara rollfrågan (typ: roll) kan ange svar som följer av rollen.');
    for (const [role, implied] of Object.entries(question.foljerAvRollen ?? {})) {
      const field = `foljerAvRollen.${role}`;
      if (!roleIds.has(role)) at(field, `rollen "${role}" finns inte i ${FILES.roles}.`);
      for (const [key, value] of Object.entries(implied)) {
        const problem = answerProblem(model, key, [value]);
        if (problem) at(field, problem);
      }
    }
  }
  validateGroups(model, report);
}

/**
 * The groups: each question's group exists, a group's questions stand one
 * after the other (the page asks them where the first stands) and are
 * yes/no questions (a checkbox is ja, an empty one nej), and a group has
 * at least two (one alone is asked as its own question anyway).
 */
function validateGroups(model: ProcessModel, report: (file: string, entry: string, field: string, message: string) => void) {
  const file = FILES.questions;
  const groupIds = model.groups.map((group) => group.id);
  const unknown = model.questions.filter((question) => question.grupp !== undefined && !groupIds.includes(question.grupp));
  for (const question of unknown) {
    const known = groupIds.length ? `Använd någon av: ${groupIds.join(', ')}` : 'Lägg till den som en post med typ: grupp';
    report(file, question.id, 'grupp', `gruppen "${question.grupp}" finns inte i filen. ${known}.`);
  }
  // A misspelt group splits its group: that one mistake is enough to say.
  if (unknown.length > 0) return;
  model.questions.forEach((question, index) => {
    if (question.grupp === undefined) return;
    const at = (field: string, message: string) => report(file, question.id, field, message);
    const values = question.alternativ.map((option) => option.svar).sort();
    // Fewer than two answers is said above already.
    if (question.typ !== 'val' || (values.length >= 2 && values.join() !== 'ja,nej')) {
      at('alternativ', 'en fråga i en grupp besvaras med en kryssruta: ikryssad är ja, tom är nej. Frågan behöver därför typ: val och exakt svaren ja och nej.');
    }
    const previous = model.questions[index - 1];
    const first = model.questions.findIndex((candidate) => candidate.grupp === question.grupp);
    if (first !== index && previous?.grupp !== question.grupp) {
      at('grupp', `frågorna i gruppen "${question.grupp}" ska stå direkt efter varandra, men "${previous!.id}" står emellan. Flytta frågan upp till de andra i gruppen.`);
    }
  });
  for (const group of model.groups) {
    const members = model.questions.filter((question) => question.grupp === group.id);
    if (members.length < 2) {
      report(file, group.id, 'typ', `gruppen har ${members.length === 0 ? 'inga frågor' : 'bara frågan "' + members[0]!.id + '"'}. En grupp ställer minst två frågor på samma sida: skriv grupp: ${group.id} på frågorna, eller ta bort gruppen.`);
    }
  }
}

/** The routines' sections and whole texts, read once for checking quotes. */
export interface RoutineSources {
  sections: Map<string, Section[]>;
  texts: Map<string, string>;
}

export function routineSources(routines: readonly RoutineText[]): RoutineSources {
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
export function quoteProblem(source: Source, routines: RoutineSources, reread = ', och läs steget mot den nya texten'): { field: 'dokument' | 'avsnitt' | 'citat'; message: string } | undefined {
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
  if (elsewhere) return { field: 'citat', message: `citatet står i rutinen "${source.dokument}" men inte i avsnittet "${source.avsnitt}".` };
  // The routine's sentence as it reads now, whole, and the words that differ.
  const near = nearest(quote, sentences(section.text)) ?? nearest(quote, sentences(routines.texts.get(source.dokument)!));
  const change = near ? describeChange(quoteChange(quote, near)) : undefined;
  return {
    field: 'citat',
    message: near
      ? `citatet står inte ordagrant i rutinen "${source.dokument}". Rutinen säger nu: ”${near}” Skillnad mot citatet: ${change ?? 'orden står i en annan ordning'}. Skriv citatet som rutinen säger${reread}.`
      : `citatet står inte ordagrant i rutinen "${source.dokument}": ”${quote}”`,
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

