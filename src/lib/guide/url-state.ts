import { parseIsoDate } from './dates.ts';
import type { GuideModel } from './guide-model.ts';
import { isQuestionId, question, questionIds, type Answers, type QuestionId } from './guide-questions.ts';

export { isStateFragment } from './state-fragment.ts';

/**
 * The guide's state in the address's fragment (/guide/#roll=…&frigivning=…): docs/adr/0002-answers-in-the-url-fragment.md.
 * A fragment whose percent-encoding is broken ("#%") is read leniently, as
 * parameters the guide cannot use.
 */

/** The key that reopens one answered question for a change ("Ändra", "Tillbaka"). */
export const CHANGE_KEY = 'andra';
/** Anything longer is not a guide address someone made by answering. */
export const MAX_STATE_LENGTH = 1000;
const MAX_VALUE_LENGTH = 40;

export interface GuideState {
  answers: Answers;
  /** An answered question reopened by "Ändra" or "Tillbaka". */
  change?: QuestionId;
  /** How many parameters were ignored (unknown keys, bad values, too long). */
  ignored: number;
}

/**
 * The guide's state from a fragment or a query (with or without its "#"
 * or "?"). Only known keys with valid values are kept; everything else is
 * counted as ignored, never shown or interpreted.
 */
export function readState(text: string, model: GuideModel): GuideState {
  const state: GuideState = { answers: {}, ignored: 0 };
  const params = text.replace(/^[#?]/, '');
  if (params.length === 0) return state;
  if (params.length > MAX_STATE_LENGTH) return { ...state, ignored: 1 };
  for (const [key, value] of new URLSearchParams(params)) {
    if (key === CHANGE_KEY && isQuestionId(model, value) && state.change === undefined) state.change = value;
    else if (isQuestionId(model, key) && state.answers[key] === undefined && isValidAnswer(model, key, value)) state.answers[key] = value;
    else state.ignored++;
  }
  if (state.change && state.answers[state.change] === undefined) delete state.change;
  return state;
}

function isValidAnswer(model: GuideModel, id: QuestionId, value: string): boolean {
  if (value.length > MAX_VALUE_LENGTH) return false;
  const q = question(model, id);
  return q.kind === 'datum' ? parseIsoDate(value) !== undefined : q.options.some((option) => option.value === value);
}

/** The fragment's text (without "#") for a set of answers, in question order. */
export function writeState(model: Pick<GuideModel, 'questions'>, answers: Answers, change?: QuestionId): string {
  const params = new URLSearchParams();
  for (const id of questionIds(model)) {
    const value = answers[id];
    if (value !== undefined) params.set(id, value);
  }
  if (change) params.set(CHANGE_KEY, change);
  return params.toString();
}

/**
 * The address of a state of the guide, from the guide's own path (built
 * from the site's base path on the server), never from the address the
 * page happens to be at: a path like "//other.example/guide/" must not
 * turn a link into one to another host.
 */
export function guideHref(guidePath: string, model: Pick<GuideModel, 'questions'>, answers: Answers, change?: QuestionId): string {
  const state = writeState(model, answers, change);
  return state ? `${guidePath}#${state}` : guidePath;
}
