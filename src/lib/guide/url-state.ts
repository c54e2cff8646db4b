import { parseIsoDate } from './dates.ts';
import { QUESTION_IDS, question, type Answers, type QuestionId } from './questions.ts';
import type { ProcessModel } from '../process/model.ts';

/** The URL key that reopens one answered question for a change. */
export const CHANGE_KEY = 'andra';
/** Anything longer is not a guide address someone made by answering. */
export const MAX_QUERY_LENGTH = 1000;
const MAX_VALUE_LENGTH = 40;

export interface GuideState {
  answers: Answers;
  /** An answered question reopened by "Ändra" or "Tillbaka". */
  change?: QuestionId;
  /** How many parameters were ignored (unknown keys, bad values, too long). */
  ignored: number;
}

function isQuestionId(key: string): key is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(key);
}

/**
 * The guide's state from the address. Only known keys with valid values are
 * kept; everything else is counted as ignored, never shown or interpreted.
 */
export function readState(search: string, model: ProcessModel): GuideState {
  const state: GuideState = { answers: {}, ignored: 0 };
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length === 0) return state;
  if (query.length > MAX_QUERY_LENGTH) return { ...state, ignored: 1 };
  for (const [key, value] of new URLSearchParams(query)) {
    if (key === CHANGE_KEY && isQuestionId(value) && state.change === undefined) state.change = value;
    else if (isQuestionId(key) && state.answers[key] === undefined && isValidAnswer(model, key, value)) state.answers[key] = value;
    else state.ignored++;
  }
  if (state.change && state.answers[state.change] === undefined) delete state.change;
  return state;
}

function isValidAnswer(model: ProcessModel, id: QuestionId, value: string): boolean {
  if (value.length > MAX_VALUE_LENGTH) return false;
  const q = question(model, id);
  return q.kind === 'datum' ? parseIsoDate(value) !== undefined : q.options.some((option) => option.value === value);
}

/** The address query for a set of answers, in question order. */
export function writeState(answers: Answers, change?: QuestionId): string {
  const params = new URLSearchParams();
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    if (value !== undefined) params.set(id, value);
  }
  if (change) params.set(CHANGE_KEY, change);
  const query = params.toString();
  return query ? `?${query}` : '';
}
