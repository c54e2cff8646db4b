/**
 * The decided document against the routine's page, sentence by sentence
 * and in order. The decided document is the owner's copy of what was
 * decided (its PDF's text, or the document saved as plain text); the page
 * is the routine's MDX as the site shows it (./blocks.ts). The comparison
 * is made on the words, so a line break in the PDF's text or a paragraph
 * cut differently is no difference; what differs is reported by sentence,
 * with the words removed and added.
 *
 * The document's cover, header table and table of contents come before
 * the routine's own text, and the page shows those from the frontmatter:
 * the comparison starts where the page's first words stand in the
 * document. The template's text (<details class="mall">) is not compared,
 * and a contact component's words come from the contact data: where they
 * differ from the document, that is reported apart (the data may be newer
 * than the decision).
 */
import { diffArrays } from 'diff';
import type { Block } from './blocks.ts';
import { normaliseText, sentences, words, type WordChange } from './words.ts';

/**
 * The decided document's text as paragraphs, one string each: blank lines
 * separate paragraphs, a Markdown heading or list item (as a conversion
 * writes them) stands alone, a paragraph cut by a page break ("I de" /
 * "fall behov finns …") is joined again, and Markdown marks are dropped.
 */
export function decidedParagraphs(text: string): string[] {
  const paragraphs: Array<{ text: string; alone: boolean }> = [];
  let current: string[] = [];
  let alone = false;
  const end = () => {
    if (current.length) paragraphs.push({ text: normaliseText(current.join(' ')), alone });
    current = [];
    alone = false;
  };
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n?|\n|\f/)) {
    const line = raw.trim();
    if (line === '' || /^-{3,}$/.test(line)) {
      end();
      continue;
    }
    const heading = /^#{1,6}\s/.test(line);
    const item = /^[-*•]\s/.test(line);
    if (heading || item) end();
    alone ||= heading || item;
    current.push(stripMarks(line));
    if (heading) end();
  }
  end();
  const joined: Array<{ text: string; alone: boolean }> = [];
  for (const paragraph of paragraphs.filter((candidate) => candidate.text)) {
    const previous = joined.at(-1);
    if (previous && !previous.alone && !paragraph.alone && !/[.:;!?)\]”"]$/.test(previous.text) && /^[a-zåäöé]/.test(paragraph.text)) {
      previous.text = `${previous.text} ${paragraph.text}`;
    } else joined.push({ ...paragraph });
  }
  return joined.map((paragraph) => paragraph.text);
}

function stripMarks(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^[-*•]\s+/, '')
    .replace(/\[((?:[^\]\\]|\\.)*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/\*+/g, '');
}

/** A sentence with where it stands: a page sentence knows its block. */
interface Sentence {
  text: string;
  /** Page only: the block's index among the blocks given. */
  block?: number;
  /** Page only: the contact unit whose data the sentence comes from. */
  unit?: string;
}

interface Token {
  word: string;
  sentence: number;
}

export interface Difference {
  /** text: the routine's words; contact: the words of a contact component, from the contact data. */
  kind: 'text' | 'contact';
  /** For a contact difference: the unit. */
  unit?: string;
  /** The document's sentences where the words differ (empty when the page only adds). */
  decided: string[];
  /** The page's sentences where the words differ, or the nearest page sentence when the page only lacks words. */
  page: string[];
  /** When the page only adds: the document's sentence where the words would stand. */
  decidedNear?: string | undefined;
  /** The page's block (for its line) the difference is at. */
  block?: number;
  /** The document has words the page lacks (removed) and the page words the document lacks (added). */
  change: WordChange;
  /** The page lacks whole sentences of the document, and has nothing in their place. */
  missingSentences: boolean;
  /** The page has whole sentences the document does not, in place of nothing. */
  extraSentences: boolean;
}

export interface Comparison {
  /** False when the page's first words were not found in the document: nothing was compared. */
  started: boolean;
  /** The page's first sentence, for the message when it was not found. */
  firstSentence: string;
  differences: Difference[];
}

/**
 * Compares the decided document's text with the page's blocks. `contactText`
 * gives the words a contact component shows (by its unit), as paragraphs;
 * a component without it is not compared.
 */
export function compareWithDecided(decidedText: string, blocks: readonly Block[], contactText: (unit: string) => string[] | undefined): Comparison {
  const pageSentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    if (block.template) return;
    if (block.kind === 'component') {
      const unit = block.component?.name === 'Kontaktuppgifter' ? block.component.attributes.enhet : undefined;
      const paragraphs = unit ? contactText(unit) : undefined;
      for (const paragraph of paragraphs ?? []) for (const text of sentences(paragraph)) pageSentences.push({ text, block: index, unit });
      return;
    }
    for (const text of sentences(block.text)) pageSentences.push({ text, block: index });
  });
  const decidedSentences: Sentence[] = decidedParagraphs(decidedText).flatMap((paragraph) => sentences(paragraph).map((text) => ({ text })));
  const page = tokens(pageSentences);
  const all = tokens(decidedSentences);
  const firstSentence = pageSentences[0]?.text ?? '';
  const start = startOf(all, page);
  if (start === undefined) return { started: false, firstSentence, differences: [] };
  const decided = all.slice(start);

  // Runs of differing words, as index ranges of the document [d0, d1) and the page [p0, p1).
  const spans: Array<{ d0: number; d1: number; p0: number; p1: number }> = [];
  let d = 0;
  let p = 0;
  for (const part of diffArrays(decided, page, { comparator: (a, b) => a.word === b.word })) {
    const length = part.value.length;
    if (!part.added && !part.removed) {
      d += length;
      p += length;
      continue;
    }
    const last = spans.at(-1);
    const span = last && last.d1 === d && last.p1 === p ? last : spans[spans.push({ d0: d, d1: d, p0: p, p1: p }) - 1]!;
    if (part.added) span.p1 = p += length;
    else span.d1 = d += length;
  }
  const cleaned = tidy(spans, decided, page);
  slide(cleaned, decided, page);

  interface Region {
    removed: Token[];
    added: Token[];
    before?: Token | undefined;
    after?: Token | undefined;
    /** The document's word before the run. */
    decidedBefore?: Token | undefined;
  }
  const regions: Region[] = cleaned.map(({ d0, d1, p0, p1 }) => ({
    removed: decided.slice(d0, d1),
    added: page.slice(p0, p1),
    before: page[p0 - 1],
    after: page[p1],
    decidedBefore: decided[d0 - 1],
  }));

  const differences: Array<Difference & { decidedIds: number[]; pageIds: number[]; removedCount: number; addedCount: number }> = [];
  for (const region of regions) {
    const unit = region.added.map((token) => pageSentences[token.sentence]!.unit).find(Boolean)
      ?? (region.added.length === 0 ? [region.before, region.after].map((token) => token && pageSentences[token.sentence]!.unit).find(Boolean) : undefined);
    const decidedIds = unique(region.removed.map((token) => token.sentence));
    const near = region.added[0] ?? region.before ?? region.after;
    const pageIds = unique(region.added.length ? region.added.map((token) => token.sentence) : near ? [near.sentence] : []);
    const change: WordChange = { removed: region.removed.length ? [join(region.removed)] : [], added: region.added.length ? [join(region.added)] : [] };
    const last = differences.at(-1);
    // Two runs in one sentence are one difference of that sentence.
    if (last && (last.kind === 'contact') === Boolean(unit) && (overlaps(last.decidedIds, decidedIds) || overlaps(last.pageIds, pageIds))) {
      last.change.removed.push(...change.removed);
      last.change.added.push(...change.added);
      last.decidedIds = unique([...last.decidedIds, ...decidedIds]);
      last.pageIds = unique([...last.pageIds, ...pageIds]);
      last.removedCount += region.removed.length;
      last.addedCount += region.added.length;
      continue;
    }
    const decidedNear = region.removed.length === 0 ? (region.decidedBefore ?? decided[0]) : undefined;
    differences.push({
      kind: unit ? 'contact' : 'text',
      unit,
      decided: [],
      page: [],
      decidedNear: decidedNear && decidedSentences[decidedNear.sentence]!.text,
      change,
      decidedIds,
      pageIds,
      removedCount: region.removed.length,
      addedCount: region.added.length,
      missingSentences: false,
      extraSentences: false,
    });
  }
  return {
    started: true,
    firstSentence,
    differences: differences.map(({ decidedIds, pageIds, removedCount, addedCount, ...difference }) => {
      const wordsIn = (list: readonly Sentence[], ids: readonly number[]) => ids.reduce((sum, id) => sum + words(list[id]!.text).length, 0);
      return {
        ...difference,
        decided: decidedIds.map((id) => decidedSentences[id]!.text),
        page: pageIds.map((id) => pageSentences[id]!.text),
        block: pageSentences[pageIds[0] ?? -1]?.block,
        missingSentences: addedCount === 0 && removedCount === wordsIn(decidedSentences, decidedIds),
        extraSentences: removedCount === 0 && addedCount === wordsIn(pageSentences, pageIds),
      };
    }),
  };
}

/**
 * Two runs of changes with a word or two in common between them are one
 * change (a removed sentence that shares a word with the next is not cut
 * at that word); words a run begins or ends with on both sides are no
 * change.
 */
function tidy(spans: ReadonlyArray<{ d0: number; d1: number; p0: number; p1: number }>, decided: readonly Token[], page: readonly Token[]) {
  const merged: Array<{ d0: number; d1: number; p0: number; p1: number }> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.d0 - last.d1 <= 2 && span.d0 - last.d1 === span.p0 - last.p1) {
      last.d1 = span.d1;
      last.p1 = span.p1;
    } else merged.push({ ...span });
  }
  for (const span of merged) {
    while (span.d0 < span.d1 && span.p0 < span.p1 && decided[span.d1 - 1]!.word === page[span.p1 - 1]!.word) {
      span.d1--;
      span.p1--;
    }
    while (span.d0 < span.d1 && span.p0 < span.p1 && decided[span.d0]!.word === page[span.p0]!.word) {
      span.d0++;
      span.p0++;
    }
  }
  return merged.filter((span) => span.d1 > span.d0 || span.p1 > span.p0);
}

/**
 * A run that only removes (or only adds) words can often stand a word or
 * more earlier or later with the same result ("kontakt. Kontaktuppgifter"
 * or "Kontaktuppgifter … kontakt."): move it to where it starts a
 * sentence, so that the message names the sentence the owner changed.
 */
function slide(spans: Array<{ d0: number; d1: number; p0: number; p1: number }>, decided: readonly Token[], page: readonly Token[]) {
  spans.forEach((span, index) => {
    const removing = span.d1 > span.d0 && span.p1 === span.p0;
    const adding = span.p1 > span.p0 && span.d1 === span.d0;
    if (!removing && !adding) return;
    const list = removing ? decided : page;
    const [from, to] = removing ? [span.d0, span.d1] : [span.p0, span.p1];
    // How far the run may move without reaching its neighbours.
    const lower = removing ? (spans[index - 1]?.d1 ?? 0) : (spans[index - 1]?.p1 ?? 0);
    const upper = removing ? (spans[index + 1]?.d0 ?? list.length) : (spans[index + 1]?.p0 ?? list.length);
    const startsSentence = (at: number) => at === 0 || list[at]!.sentence !== list[at - 1]!.sentence;
    if (startsSentence(from)) return;
    let best: number | undefined;
    for (let k = 1; from - k >= lower && list[from - k]!.word === list[to - k]!.word; k++) if (startsSentence(from - k)) { best = -k; break; }
    if (best === undefined) for (let k = 1; to + k - 1 < upper && list[from + k - 1]!.word === list[to + k - 1]!.word; k++) if (startsSentence(from + k)) { best = k; break; }
    if (best === undefined) return;
    if (removing) {
      span.d0 += best;
      span.d1 += best;
      span.p0 += best;
      span.p1 += best;
    } else {
      span.p0 += best;
      span.p1 += best;
      span.d0 += best;
      span.d1 += best;
    }
  });
}

function tokens(list: readonly Sentence[]): Token[] {
  return list.flatMap((sentence, index) => words(sentence.text).map((word) => ({ word, sentence: index })));
}

/**
 * Where in the document the page's text begins: the first place its first
 * words stand. When the first words differ (the first sentence changed),
 * the words after them are tried.
 */
function startOf(decided: readonly Token[], page: readonly Token[]): number | undefined {
  const length = Math.min(8, page.length);
  for (let offset = 0; offset + length <= page.length && offset <= 200; offset += length) {
    const anchor = page.slice(offset, offset + length).map((token) => token.word);
    for (let i = 0; i + anchor.length <= decided.length; i++) {
      if (anchor.every((word, k) => decided[i + k]!.word === word)) return Math.max(0, i - offset);
    }
  }
  return undefined;
}

function join(list: readonly Token[]): string {
  return list.map((token) => token.word).join(' ');
}

function unique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a.some((value) => b.includes(value));
}
