import { createHash } from 'node:crypto';
import { diffArrays } from 'diff';
import { dump as toYaml, load as parseYaml } from 'js-yaml';
import { FILES } from '../../content-pipeline/files.ts';
import type { Problem } from '../../content-pipeline/problems.ts';
import { routineBlocks } from '../routine-text/blocks.ts';
import { describeChange, normaliseText, sentences, wordChange, type WordChange } from '../routine-text/words.ts';
import type { ProcessModel, Step } from './model.ts';
import { sections, type RoutineText } from './source-text.ts';

/**
 * Keeping the steps true when a routine or a step changes. A document owner
 * reads each step against the routine's text and confirms it with `npm run
 * granska`, which records in content/process/granskning.yaml:
 *
 * - each routine's text as it read then, paragraph by paragraph, so that a
 *   later check can show what changed, sentence by sentence, with the
 *   words removed and added;
 * - per step, a fingerprint of each paragraph it quotes, and its own words
 *   (title, description, who, when, condition) as they read then.
 *
 * A step needs reading again when a paragraph it quotes has changed (only
 * that paragraph: a word changed elsewhere in its section asks nothing) or
 * when its own words have. A change in a paragraph no step quotes is new
 * text no step covers: it is listed so the owner can decide whether it
 * needs a step. Each change is numbered, and `npm run granska -- ändring N`
 * confirms every step of it at once.
 */

/** What granskning.yaml holds. */
export interface Reviews {
  /** Routine id → its paragraphs as last reviewed; a heading is written "## Rubrik". */
  routines: Record<string, string[]>;
  steps: Record<string, StepReview>;
}

export interface StepReview {
  /** Fingerprints of the paragraphs the step quoted when it was reviewed. */
  paragraphs: string[];
  /** The step's own words when it was reviewed, by field (ownWords). */
  words: Record<string, string>;
}

export const NO_REVIEWS: Reviews = { routines: {}, steps: {} };

/** The command that records a review, as a document owner types it. */
export function reviewCommand(targets: string[]): string {
  return `npm run granska -- ${targets.join(' ')}`;
}

/** How a change is named on the command line: "ändring 2". */
export function changeName(number: number): string {
  return `ändring ${number}`;
}

/** A short fingerprint of a paragraph's words. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex').slice(0, 10);
}

/**
 * A step's own words, by field as steg.yaml names it: what the step tells
 * the reader the routine says. Changing any of them needs the step read
 * against the routine again, as much as a change in the routine does.
 */
export function ownWords(step: Step): Record<string, string> {
  const words: Record<string, string | undefined> = {
    titel: step.titel,
    beskrivning: step.beskrivning,
    roller: step.roller.join(', '),
    'vem.rutinenAnger': step.vem?.rutinenAnger,
    'tid.text': step.tid?.text,
    'tid.typ': step.tid?.typ,
    'tid.manader': step.tid?.manader?.toString(),
    'tid.tillManader': step.tid?.tillManader?.toString(),
    'tid.dagar': step.tid?.dagar?.toString(),
    'villkor.text': step.villkor?.text,
    'villkor.gallerOm': step.villkor?.gallerOm,
    'villkor.nar': step.villkor?.nar
      ? Object.entries(step.villkor.nar)
          .map(([key, value]) => `${key}: ${[value].flat().join(', ')}`)
          .join('; ')
      : undefined,
  };
  return Object.fromEntries(Object.entries(words).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** A paragraph of a routine's page: a heading ("## Rubrik") or a paragraph or list item, with its section's heading. */
interface Paragraph {
  text: string;
  section: string;
  heading: string;
}

/** The routine's own paragraphs, as the review records them (the template's text and components aside). */
export function paragraphsOf(body: string): Paragraph[] {
  return routineBlocks(body)
    .filter((block) => !block.template && block.kind !== 'component')
    .map((block) => ({
      text: block.kind === 'heading' ? `${'#'.repeat(block.depth ?? 2)} ${block.text}` : block.text,
      section: block.section,
      heading: block.sectionHeading,
    }));
}

/** Paragraphs as recorded, with the section heading each stands under. */
function recordedParagraphs(texts: readonly string[]): Paragraph[] {
  let heading = '';
  return texts.map((text) => {
    const match = /^#{1,6} (.*)$/.exec(text);
    if (match) heading = match[1]!;
    return { text, section: '', heading };
  });
}

/** The paragraphs a step quotes, now: where each quote's words stand, in the section it names if they stand there. */
export function quotedParagraphs(step: Pick<Step, 'kallor'>, routines: ReadonlyMap<string, Paragraph[]>): Paragraph[] {
  const found: Paragraph[] = [];
  for (const source of step.kallor) {
    const paragraphs = routines.get(source.dokument) ?? [];
    const quote = normaliseText(plain(source.citat));
    const inSection = paragraphs.filter((paragraph) => paragraph.section === source.avsnitt);
    for (const candidates of [inSection, paragraphs]) {
      const hits = spanning(candidates.filter((paragraph) => !paragraph.text.startsWith('#')), quote);
      if (hits.length) {
        for (const hit of hits) if (!found.includes(hit)) found.push(hit);
        break;
      }
    }
  }
  return found;
}

/** The paragraphs a quote stands in: one that holds it, or consecutive ones it runs across. */
function spanning(paragraphs: readonly Paragraph[], quote: string): Paragraph[] {
  const single = paragraphs.find((paragraph) => paragraph.text.includes(quote));
  if (single) return [single];
  for (let start = 0; start < paragraphs.length; start++) {
    let text = paragraphs[start]!.text;
    for (let end = start + 1; end < paragraphs.length && text.length < quote.length + 2000; end++) {
      text += ` ${paragraphs[end]!.text}`;
      if (text.includes(quote)) return paragraphs.slice(start, end + 1);
    }
  }
  return [];
}

function plain(text: string): string {
  return text.replace(/\*+|_{2,}/g, '');
}

/** One changed sentence: as it read and as it reads, with the words that differ. */
export interface SentenceChange {
  before: string;
  after: string;
  words: WordChange;
}

/** A change in a routine's text since it was last reviewed: consecutive paragraphs that differ. */
export interface TextChange {
  number: number;
  routine: string;
  /** The heading of the section it is in. */
  heading: string;
  sentences: SentenceChange[];
  /** Paragraphs as recorded, and as they read now. */
  before: string[];
  after: string[];
  /** Steps whose quoted paragraphs are among these, and that have not been read since. */
  steps: Step[];
}

/** A step to read again, and why. */
export interface PendingStep {
  step: Step;
  /** Never reviewed. */
  unreviewed: boolean;
  /** Its own words that changed, by field. */
  words: Array<{ field: string; before: string; after: string; change: WordChange }>;
  /** The numbers of the text changes it quotes. */
  changes: number[];
}

export interface ReviewState {
  changes: TextChange[];
  pending: PendingStep[];
}

/** What has changed since the last review, and which steps must be read again. */
export function reviewState(model: ProcessModel, routines: readonly RoutineText[], reviews: Reviews): ReviewState {
  const current = new Map(routines.map((routine) => [routine.id, paragraphsOf(routine.body)]));
  const allCurrent = new Set([...current.values()].flat().map((paragraph) => fingerprint(paragraph.text)));
  const quoted = new Map(model.steps.map((step) => [step.id, quotedParagraphs(step, current)]));

  const pending = new Map<string, PendingStep>();
  const pendingOf = (step: Step) => {
    if (!pending.has(step.id)) pending.set(step.id, { step, unreviewed: false, words: [], changes: [] });
    return pending.get(step.id)!;
  };
  for (const step of model.steps) {
    const record = reviews.steps[step.id];
    if (!record) {
      pendingOf(step).unreviewed = true;
      continue;
    }
    const now = ownWords(step);
    for (const field of new Set([...Object.keys(record.words), ...Object.keys(now)])) {
      const before = record.words[field] ?? '';
      const after = now[field] ?? '';
      if (before !== after) pendingOf(step).words.push({ field, before, after, change: wordChange(before, after) });
    }
    const reviewed = new Set(record.paragraphs);
    const quotesNew = quoted.get(step.id)!.some((paragraph) => !reviewed.has(fingerprint(paragraph.text)));
    const quotedGone = record.paragraphs.some((hash) => !allCurrent.has(hash));
    if (quotesNew || quotedGone) pendingOf(step);
  }

  const changes: TextChange[] = [];
  for (const routine of routines) {
    const before = recordedParagraphs(reviews.routines[routine.id] ?? []);
    const after = current.get(routine.id)!;
    // A routine never reviewed has no text to compare: its steps are unreviewed, each on its own.
    if (!reviews.routines[routine.id]) continue;
    for (const region of changedRegions(before, after)) {
      const beforeHashes = new Set(region.before.map((paragraph) => fingerprint(paragraph.text)));
      const afterSet = new Set(region.after);
      const steps = model.steps.filter((step) => {
        const item = pending.get(step.id);
        if (!item || item.unreviewed) return false;
        const record = reviews.steps[step.id]!;
        const reviewed = new Set(record.paragraphs);
        // It quoted a paragraph as it read before, or quotes one as it reads now, and has not been read against the new text.
        const quotedBefore = record.paragraphs.some((hash) => beforeHashes.has(hash) && !allCurrent.has(hash));
        const quotesNow = quoted.get(step.id)!.some((paragraph) => afterSet.has(paragraph) && !reviewed.has(fingerprint(paragraph.text)));
        return quotedBefore || quotesNow;
      });
      const number = changes.length + 1;
      for (const step of steps) pending.get(step.id)!.changes.push(number);
      changes.push({
        number,
        routine: routine.id,
        heading: (region.after[0] ?? region.before[0])?.heading ?? '',
        sentences: sentenceChanges(region.before.map((paragraph) => paragraph.text), region.after.map((paragraph) => paragraph.text)),
        before: region.before.map((paragraph) => paragraph.text),
        after: region.after.map((paragraph) => paragraph.text),
        steps,
      });
    }
  }
  return { changes, pending: [...pending.values()] };
}

/** Runs of paragraphs that differ between the recorded text and the text now. */
function changedRegions(before: readonly Paragraph[], after: readonly Paragraph[]): Array<{ before: Paragraph[]; after: Paragraph[] }> {
  const regions: Array<{ before: Paragraph[]; after: Paragraph[] }> = [];
  let open: { before: Paragraph[]; after: Paragraph[] } | undefined;
  let b = 0;
  let a = 0;
  for (const part of diffArrays(before as Paragraph[], after as Paragraph[], { comparator: (x, y) => x.text === y.text })) {
    const length = part.value.length;
    if (!part.added && !part.removed) {
      open = undefined;
      b += length;
      a += length;
      continue;
    }
    open ??= regions[regions.push({ before: [], after: [] }) - 1]!;
    if (part.added) {
      open.after.push(...after.slice(a, a + length));
      a += length;
    } else {
      open.before.push(...before.slice(b, b + length));
      b += length;
    }
  }
  return regions;
}

/** The sentences that differ between two runs of paragraphs, paired where they correspond. */
export function sentenceChanges(before: readonly string[], after: readonly string[]): SentenceChange[] {
  const split = (paragraphs: readonly string[]) => paragraphs.flatMap((paragraph) => sentences(paragraph.replace(/^#{1,6} /, '')));
  const old = split(before);
  const now = split(after);
  const result: SentenceChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length === added.length) removed.forEach((sentence, i) => result.push({ before: sentence, after: added[i]!, words: wordChange(sentence, added[i]!) }));
    else if (removed.length || added.length) {
      const from = removed.join(' ');
      const to = added.join(' ');
      result.push({ before: from, after: to, words: wordChange(from, to) });
    }
    removed = [];
    added = [];
  };
  for (const part of diffArrays(old, now)) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else flush();
  }
  flush();
  return result;
}

/** The mistakes to show for the review: one per text change, one per step whose own words changed or that was never reviewed. */
export function reviewProblems(state: ReviewState, routineFiles: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const change of state.changes) {
    problems.push({
      file: routineFiles.get(change.routine) ?? `content/rutiner/${change.routine}.mdx`,
      entry: change.routine,
      inText: true,
      message: `${changeText(change)} ${changeTodo(change)}`,
    });
  }
  for (const item of state.pending) {
    if (item.unreviewed) {
      problems.push({
        file: FILES.steps,
        entry: item.step.id,
        message: `steget har inte granskats mot rutinens text. Läs meningarna som steget citerar (kallor) och kontrollera att stegets titel, beskrivning, vem, tid och villkor säger det som rutinen säger. Kör sedan: ${reviewCommand([item.step.id])}`,
      });
      continue;
    }
    for (const word of item.words) {
      problems.push({
        file: FILES.steps,
        entry: item.step.id,
        field: word.field,
        message: `stegets egna ord har ändrats sedan steget granskades (${describeChange(word.change) ?? 'ändrat'}). Läs meningarna som steget citerar och kontrollera att steget fortfarande säger det som rutinen säger. Kör sedan: ${reviewCommand([item.step.id])}`,
      });
    }
    if (!item.words.length && !item.changes.length) {
      problems.push({
        file: FILES.steps,
        entry: item.step.id,
        field: 'kallor',
        message: `steget citerar andra stycken än när det granskades. Läs dem och kontrollera steget. Kör sedan: ${reviewCommand([item.step.id])}`,
      });
    }
  }
  return problems;
}

/** "ändring 1 i avsnittet ”Inkluss-modellen” (rutinen "goteborgs-stad"): …", with every changed sentence and its words. */
export function changeText(change: TextChange): string {
  // A renamed heading is no sentence: the owner reads "rubriken", and is not asked for a step.
  const [one, other] = headingOnly(change) ? ['ny rubrik', 'rubriken'] : ['ny mening', 'meningen'];
  const lines = change.sentences.map((sentence) => {
    const words = describeChange(sentence.words);
    if (!sentence.before) return `${one} ”${sentence.after}”`;
    if (!sentence.after) return `${other} ”${sentence.before}” är borttagen`;
    return `${other} ”${sentence.after}” (${words})`;
  });
  return `${changeName(change.number)} i avsnittet ”${change.heading}” (rutinen "${change.routine}") sedan stegen granskades: ${lines.join('; ')}.`;
}

/** Whether every paragraph the change touches is a heading ("## Rubrik"). */
function headingOnly(change: TextChange): boolean {
  return [...change.before, ...change.after].every((paragraph) => /^#{1,6} /.test(paragraph));
}

function changeTodo(change: TextChange): string {
  if (change.steps.length === 0 && headingOnly(change)) {
    return `Ingen mening under rubriken har ändrats, så inget steg behöver läsas om. Kör: ${reviewCommand([changeName(change.number)])}`;
  }
  if (change.steps.length === 0) {
    return `Det är ny text som inget steg citerar: behövs ett nytt steg? Lägg i så fall till det i ${FILES.steps}. Kör sedan: ${reviewCommand([changeName(change.number)])}`;
  }
  const steps = change.steps.map((step) => `${step.id} (${step.titel})`).join(', ');
  return `Steg som citerar meningen eller dess stycke och behöver läsas om: ${steps}. Läs dem mot den nya texten och ändra dem om det behövs. Kör sedan: ${reviewCommand([changeName(change.number)])}`;
}

/** What to do about the whole review, once: one command for everything. */
export function reviewSummary(state: ReviewState): string | undefined {
  const targets = [
    ...state.changes.map((change) => changeName(change.number)),
    ...state.pending.filter((item) => item.changes.length === 0).map((item) => item.step.id),
  ];
  if (targets.length === 0) return undefined;
  return `Att granska (se content/README.md, "När en rutin ändras"): läs det som har ändrats och stegen som nämns, ändra stegen om det behövs och kör sedan\n  ${reviewCommand(targets)}`;
}

/**
 * The reviews once the given steps have been read against the text as it
 * reads now, and the given changes accepted (with all their steps). A
 * routine's recorded text takes the new text of each change whose steps
 * are all read and of each accepted change; steps and routines that are
 * gone are dropped.
 */
export function recordReviews(model: ProcessModel, routines: readonly RoutineText[], reviews: Reviews, stepIds: readonly string[], changeNumbers: readonly number[] = []): Reviews {
  const state = reviewState(model, routines, reviews);
  const accepted = state.changes.filter((change) => changeNumbers.includes(change.number));
  const read = new Set([...stepIds, ...accepted.flatMap((change) => change.steps.map((step) => step.id))]);
  const current = new Map(routines.map((routine) => [routine.id, paragraphsOf(routine.body)]));

  const steps: Record<string, StepReview> = {};
  for (const step of model.steps) {
    if (read.has(step.id)) {
      steps[step.id] = { paragraphs: [...new Set(quotedParagraphs(step, current).map((paragraph) => fingerprint(paragraph.text)))], words: ownWords(step) };
    } else if (reviews.steps[step.id]) steps[step.id] = reviews.steps[step.id]!;
  }

  const stillPending = (change: TextChange) => change.steps.some((step) => !read.has(step.id));
  const done = new Set(state.changes.filter((change) => accepted.includes(change) || (change.steps.length > 0 && !stillPending(change))).map((change) => `${change.routine}\n${change.number}`));
  const texts: Record<string, string[]> = {};
  for (const routine of routines) {
    const now = current.get(routine.id)!.map((paragraph) => paragraph.text);
    const recorded = reviews.routines[routine.id];
    // A routine read for the first time: its text now is the text the steps were read against.
    if (!recorded) {
      texts[routine.id] = now;
      continue;
    }
    const changes = state.changes.filter((change) => change.routine === routine.id);
    texts[routine.id] = mergeText(recorded, now, (index) => done.has(`${routine.id}\n${changes[index]!.number}`));
  }
  return { routines: texts, steps };
}

/** The recorded text with the changes `take` chooses (by their order) taken from the text now. */
function mergeText(before: readonly string[], after: readonly string[], take: (index: number) => boolean): string[] {
  const result: string[] = [];
  let index = -1;
  let inChange = false;
  for (const part of diffArrays(before as string[], after as string[])) {
    if (!part.added && !part.removed) {
      inChange = false;
      result.push(...part.value);
      continue;
    }
    if (!inChange) index++;
    inChange = true;
    if (part.added === take(index)) result.push(...part.value);
  }
  return result;
}

const HEADER = [
  '# Granskning av stegen mot rutinernas text. Filen skrivs av npm run granska',
  '# när du har läst det som har ändrats och stegen som citerar det (se',
  '# content/README.md, "När en rutin ändras"). Ändra den inte för hand.',
  '#',
  '# rutiner: varje rutins text, stycke för stycke, som den löd när stegen',
  '#   senast granskades; kontrollen visar vad som har ändrats sedan dess.',
  '# steg: för varje steg fingeravtryck av styckena det citerade och stegets',
  '#   egna ord, när det granskades.',
];

/** The file's text, steps in the model's order. */
export function formatReviews(reviews: Reviews, stepOrder: readonly string[]): string {
  const steps: Record<string, { stycken: string[]; ord: Record<string, string> }> = {};
  for (const id of stepOrder) {
    const review = reviews.steps[id];
    if (review) steps[id] = { stycken: review.paragraphs, ord: review.words };
  }
  const body = toYaml({ rutiner: reviews.routines, steg: steps }, { lineWidth: -1, noRefs: true, quotingType: '"' });
  return `${HEADER.join('\n')}\n\n${body}`;
}

/** Reads the file; a file that is not as `npm run granska` writes it is reported in Swedish. */
export function parseReviews(text: string): Reviews | { old: Record<string, Record<string, string>> } {
  const data = parseYaml(text, { filename: FILES.reviews }) ?? {};
  const unreadable = () => new Error(`filen går inte att läsa. Skriv om den med npm run granska.`);
  if (typeof data !== 'object' || Array.isArray(data)) throw unreadable();
  const record = data as Record<string, unknown>;
  if (!('rutiner' in record) && !('steg' in record)) {
    // The format before paragraphs were recorded: step → "rutin#avsnitt" → fingerprint of the section.
    const old: Record<string, Record<string, string>> = {};
    for (const [step, entry] of Object.entries(record)) {
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw unreadable();
      old[step] = Object.fromEntries(Object.entries(entry as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
    }
    return { old };
  }
  const routines: Record<string, string[]> = {};
  for (const [id, list] of Object.entries((record.rutiner ?? {}) as Record<string, unknown>)) {
    if (!Array.isArray(list)) throw unreadable();
    routines[id] = list.map(String);
  }
  const steps: Record<string, StepReview> = {};
  for (const [id, entry] of Object.entries((record.steg ?? {}) as Record<string, unknown>)) {
    const value = entry as { stycken?: unknown; ord?: unknown } | null;
    if (!value || !Array.isArray(value.stycken) || typeof value.ord !== 'object' || value.ord === null) throw unreadable();
    steps[id] = { paragraphs: value.stycken.map(String), words: Object.fromEntries(Object.entries(value.ord).map(([key, word]) => [key, String(word)])) };
  }
  return { routines, steps };
}

/**
 * The reviews of the earlier format carried over: a step whose recorded
 * sections all read as they did is reviewed against the text now; the
 * others are not reviewed.
 */
export function migrateReviews(old: Record<string, Record<string, string>>, model: ProcessModel, routines: readonly RoutineText[]): Reviews {
  const sectionTexts = new Map<string, string>();
  for (const routine of routines) for (const section of sections(routine.body)) sectionTexts.set(`${routine.id}#${section.id}`, section.text);
  const oldFingerprint = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 10);
  const upToDate = model.steps
    .filter((step) => {
      const recorded = old[step.id];
      if (!recorded) return false;
      const cited = new Set(step.kallor.map((source) => `${source.dokument}#${source.avsnitt}`));
      return [...cited].every((key) => sectionTexts.has(key) && recorded[key] === oldFingerprint(sectionTexts.get(key)!));
    })
    .map((step) => step.id);
  return recordReviews(model, routines, NO_REVIEWS, upToDate);
}
