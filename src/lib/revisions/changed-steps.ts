/**
 * Which steps a revision of a routine touched, read as the review of steps
 * reads a revision (src/lib/process/review.ts): a step quoting a paragraph
 * whose words differ between the two versions, as it quoted it before or
 * as it quotes it now. A word changed elsewhere in the section asks
 * nothing, as in the review, so a step marked here is exactly a step the
 * owner was asked to re-read before publishing.
 */
import type { Step } from '../process/model.ts';
import { paragraphsOf, quotedParagraphs } from '../process/review.ts';

/** The ids of the steps, in the order given, that quote a paragraph of `routineId` changed between `before` and `after`. */
export function changedSteps<S extends Pick<Step, 'id' | 'kallor'>>(steps: readonly S[], routineId: string, before: string, after: string): string[] {
  const old = paragraphsOf(before);
  const now = paragraphsOf(after);
  const oldTexts = new Set(old.map((paragraph) => paragraph.text));
  const nowTexts = new Set(now.map((paragraph) => paragraph.text));
  const quoted = (step: S, paragraphs: typeof old) => quotedParagraphs(step, new Map([[routineId, paragraphs]]));
  return steps
    .filter((step) => step.kallor.some((source) => source.dokument === routineId))
    .filter((step) => quoted(step, old).some((paragraph) => !nowTexts.has(paragraph.text)) || quoted(step, now).some((paragraph) => !oldTexts.has(paragraph.text)))
    .map((step) => step.id);
}
