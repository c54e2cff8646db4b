import { administrations, type RoutineScope } from '../districts.ts';
import { joinSwedish, type AnswerOption, type Question, type QuestionEntry, type QuestionGroup } from './model.ts';

/** What these helpers read of a question: the whole one, or the guide's slim copy in the browser. */
export type QuestionData = Pick<Question, 'id' | 'typ' | 'foljerAvRollen'> & { alternativ: Array<Pick<AnswerOption, 'svar' | 'omfattning'>> };
type WithQuestions<Q extends QuestionData> = { questions: Q[] };

/**
 * The facts about a case that decide which steps apply: the guide's
 * questions with answers to choose from (content/process/fragor.yaml),
 * keyed by question id the way steps' conditions (`villkor.nar` in
 * content/process/steg.yaml) and the guide's address name them.
 */
export function factQuestions<Q extends QuestionData>(model: WithQuestions<Q>): Q[] {
  return model.questions.filter((question) => question.typ === 'val');
}

/** The answers a fact can have, or undefined when no question of that id offers answers. */
export function factAnswers(model: WithQuestions<QuestionData>, id: string): string[] | undefined {
  return factQuestions(model)
    .find((question) => question.id === id)
    ?.alternativ.map((option) => option.svar);
}

/** The question whose answers say which routines' steps apply (the administration), if any. */
export function scopeQuestion<Q extends QuestionData>(model: WithQuestions<Q>): Q | undefined {
  return model.questions.find((question) => question.alternativ.some((option) => option.omfattning));
}

export function roleQuestion<Q extends QuestionData>(model: WithQuestions<Q>): Q | undefined {
  return model.questions.find((question) => question.typ === 'roll');
}

export function dateQuestion<Q extends QuestionData>(model: WithQuestions<Q>): Q | undefined {
  return model.questions.find((question) => question.typ === 'datum');
}

/** The answers that follow from a role (ekonomiskt bistånd: a need of försörjningsstöd). */
export function impliedByRole(model: WithQuestions<QuestionData>, roleId: string | undefined): Record<string, string> {
  if (!roleId) return {};
  return { ...(roleQuestion(model)?.foljerAvRollen?.[roleId] ?? {}) };
}

/**
 * The guide's questions and groups as content/process/fragor.yaml lists
 * them: the groups (`typ: grupp`) apart, and the questions with the
 * administration question's answers filled in from the routines: one
 * answer per administration the city's routine applies to
 * (`forvaltningar`), its value the name's slug ("sydvast"), its scopes the
 * routines that apply there (the city's, and each local routine that names
 * it), worded by the question's `svarstext` and `svarshjalp`. The question
 * is then a `val` question like any other, so the guide's rules (applies():
 * the step's routine among the chosen answer's scopes) need no knowledge of
 * districts.
 */
export function questionsAndGroups(entries: readonly QuestionEntry[], routines: readonly RoutineScope[]): { questions: Question[]; groups: QuestionGroup[] } {
  const groups = entries
    .filter((entry) => entry.typ === 'grupp')
    .map(({ id, fraga, hjalp, ingetAvDetta }) => ({ id, fraga, ...(hjalp ? { hjalp } : {}), ingetAvDetta: ingetAvDetta! }));
  const questions = entries
    .filter((entry) => entry.typ !== 'grupp')
    .map(({ svarstext, svarshjalp, ingetAvDetta: _, ...question }) => {
      if (question.typ !== 'forvaltning') return question as Question;
      const alternativ = administrations(routines).map((administration) => {
        const names = administration.rutiner.map((id) => routines.find((routine) => routine.id === id)!.kortnamn);
        return {
          svar: administration.id,
          text: (svarstext ?? '{forvaltning}').replaceAll('{forvaltning}', administration.namn),
          ...(svarshjalp ? { hjalp: svarshjalp.replaceAll('{rutiner}', joinSwedish(names)) } : {}),
          omfattning: administration.rutiner,
        };
      });
      return { ...question, typ: 'val', alternativ } as Question;
    });
  return { questions, groups };
}
