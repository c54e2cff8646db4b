import type { GuideModel } from './guide-model.ts';
import { rolesInOrder } from '../process/model.ts';

/**
 * The guide's questions as its rules see them: ids, kinds and the values
 * each offers. Their wording is content (content/process/fragor.yaml) and
 * is rendered on the server; the role question offers the roles of
 * content/process/roller.yaml.
 */

/** A question's id: its key in the guide's address and in steps' conditions. */
export type QuestionId = string;
export type Answers = Partial<Record<QuestionId, string>>;

export interface Option {
  value: string;
}

export interface Question {
  id: QuestionId;
  kind: 'roll' | 'val' | 'datum';
  options: Option[];
}

/** The questions' ids in the order the guide asks them. */
export function questionIds(model: Pick<GuideModel, 'questions'>): QuestionId[] {
  return model.questions.map((question) => question.id);
}

export function isQuestionId(model: Pick<GuideModel, 'questions'>, id: string): boolean {
  return model.questions.some((question) => question.id === id);
}

/** A question with every answer it can have; the role question offers the roles in order. */
export function question(model: GuideModel, id: QuestionId): Question {
  const data = model.questions.find((candidate) => candidate.id === id);
  if (!data) throw new Error(`Unknown question "${id}"`);
  const options = data.typ === 'roll' ? rolesInOrder(model).map((role) => ({ value: role.id })) : data.alternativ.map((option) => ({ value: option.svar }));
  return { id, kind: data.typ, options };
}

/** Whether a question is one of the facts that steps' conditions test (it offers answers of its own). */
export function isFactQuestion(model: Pick<GuideModel, 'questions'>, id: QuestionId): boolean {
  return model.questions.some((question) => question.id === id && question.typ === 'val');
}
