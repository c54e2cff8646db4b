import { guideModel } from '../../src/lib/guide/guide-model.ts';
import { nextQuestion } from '../../src/lib/guide/engine.ts';
import type { Answers } from '../../src/lib/guide/guide-questions.ts';
import { siteContent } from './process.ts';

/**
 * A case answered in full, as the guide's own rules walk the questions of
 * content/process/fragor.yaml: the answers given where a question asks for
 * them, the release date for the date question, and otherwise the first
 * answer offered. A test that needs the guide's result builds its link from
 * here, so a question added to the content does not leave the link one
 * answer short (the result would never show).
 */
export function completeAnswers(given: Record<string, string>, release = '2027-03-03'): Record<string, string> {
  const model = guideModel(siteContent().process);
  const answers: Answers = { ...given };
  for (let asked = 0; asked <= model.questions.length; asked++) {
    const question = nextQuestion(model, answers);
    // In the order the guide asks, as its own links write them.
    if (!question) return Object.fromEntries(model.questions.filter((q) => answers[q.id] !== undefined).map((q) => [q.id, answers[q.id]!]));
    const value = given[question.id] ?? (question.kind === 'datum' ? release : question.options[0]?.value);
    if (value === undefined || answers[question.id] === value) throw new Error(`The guide's question "${question.id}" cannot be answered with ${JSON.stringify(given)}`);
    answers[question.id] = value;
  }
  throw new Error('The guide kept asking: no result for these answers');
}

/** The guide's address for a case answered in full (see completeAnswers). */
export function guideLink(given: Record<string, string>, release?: string): string {
  return `guide/#${new URLSearchParams(completeAnswers(given, release))}`;
}
