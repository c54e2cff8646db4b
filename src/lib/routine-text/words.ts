/**
 * Words and sentences of a routine's text, and the words that differ
 * between two texts: what the checks against the decided document and the
 * review of steps show a document owner. Pure: no files, no DOM.
 */
import { diffArrays } from 'diff';

/**
 * The text as words: whitespace folded, compatibility characters (a PDF's
 * "ﬁ" ligature, a no-break space) made plain, soft hyphens dropped, so that
 * only what a reader sees counts.
 */
export function words(text: string): string[] {
  return normaliseText(text).split(' ').filter(Boolean);
}

export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * A block of text cut into sentences: after . ! or ? followed by a space
 * and a capital letter or a digit ("t.ex ytterligare" stays one sentence).
 */
export function sentences(text: string): string[] {
  return normaliseText(text)
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖÉ0-9"”])/)
    .filter(Boolean);
}

export interface WordChange {
  /** Words of the old text that are gone, run by run. */
  removed: string[];
  /** Words of the new text that were not there, run by run. */
  added: string[];
}

/** The runs of words removed from `before` and added in `after`, in order. */
export function wordChange(before: string, after: string): WordChange {
  const change: WordChange = { removed: [], added: [] };
  for (const part of diffArrays(words(before), words(after))) {
    if (part.removed) change.removed.push(part.value.join(' '));
    else if (part.added) change.added.push(part.value.join(' '));
  }
  return change;
}

/** "borttaget: ”i första hand”; tillagt: ”alltid”", or undefined when no word differs. */
export function describeChange({ removed, added }: WordChange): string | undefined {
  const parts = [];
  if (removed.length) parts.push(`borttaget: ${removed.map(quoted).join(', ')}`);
  if (added.length) parts.push(`tillagt: ${added.map(quoted).join(', ')}`);
  return parts.length ? parts.join('; ') : undefined;
}

export function quoted(text: string): string {
  return `”${text}”`;
}

/** How alike two texts are, 0–1: the share of their words in common, in order. */
export function likeness(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length + right.length === 0) return 1;
  const common = diffArrays(left, right)
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + part.value.length, 0);
  return (2 * common) / (left.length + right.length);
}

/**
 * The run of `count` consecutive sentences of `candidates` most like
 * `text`: where a quote or a reviewed sentence stands now, when it no
 * longer stands word for word.
 */
export function nearest(text: string, candidates: readonly string[], count = Math.max(1, sentences(text).length)): string | undefined {
  let best: { text: string; score: number } | undefined;
  const last = Math.max(0, candidates.length - count);
  for (let start = 0; start <= last && candidates.length > 0; start++) {
    const window = candidates.slice(start, start + count).join(' ');
    const score = likeness(text, window);
    if (!best || score > best.score) best = { text: window, score };
  }
  return best && best.score > 0 ? best.text : undefined;
}

/**
 * The words a quote has that the routine's sentence does not, and the
 * other way round, within the part of the sentence the quote covers: a
 * quote of half a sentence is not told the other half is missing.
 */
export function quoteChange(quote: string, sentence: string): WordChange {
  const parts = diffArrays(words(quote), words(sentence));
  // Words of the sentence before and after the quoted part are context, not a difference.
  // (An added run right after a removed one replaces it, and stays.)
  while (parts.length && parts[0]!.added && !parts[1]?.removed) parts.shift();
  while (parts.length && parts.at(-1)!.added && !parts.at(-2)?.removed) parts.pop();
  const change: WordChange = { removed: [], added: [] };
  for (const part of parts) {
    if (part.removed) change.removed.push(part.value.join(' '));
    else if (part.added) change.added.push(part.value.join(' '));
  }
  return change;
}
