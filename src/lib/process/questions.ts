import type { AnswerOption, Question } from './model.ts';

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
