/**
 * The search weight of a page that repeats or reads the routines (the
 * flowchart's list, the role pages, the guide, the start page): far below
 * the routine's own text (1), so a word of the routine finds the routine's
 * passage first and the views after it, which still find what only they
 * say. Its sections' headings go in the meta REPEATED_TITLE_META, weighed
 * the same, not as a title.
 */
export const REPEATED_WEIGHT = 0.05;
export const REPEATED_TITLE_META = 'kopia_titel';

/**
 * Longer queries are cut: nobody types that much, and the index need not
 * see it. The search field takes no more (its maxlength), so no query
 * makes an address too long for the server (a 414).
 */
export const MAX_QUERY_LENGTH = 200;

/** Said beside the search field when a query reaches the limit, so text cut off is not cut silently. */
export const QUERY_LIMIT_NOTE = `Sökrutan tar högst ${MAX_QUERY_LENGTH} tecken. Det som kommer efter söks inte.`;

/** Whether the query in `?q=` reaches the field's limit: the search then used only its first MAX_QUERY_LENGTH characters. */
export function queryAtLimit(search: string): boolean {
  const raw = new URLSearchParams(search).get('q');
  return raw !== null && raw.replace(/\s+/g, ' ').trim().length >= MAX_QUERY_LENGTH;
}

/**
 * The query from `?q=`, trimmed and bounded. `null` when the page was
 * opened without a query at all (nothing to search yet), "" when the form
 * was sent empty.
 */
export function queryFromSearch(search: string): string | null {
  const raw = new URLSearchParams(search).get('q');
  if (raw === null) return null;
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Pagefind's excerpt is HTML with <mark> around the hits. It is split into
 * plain text parts, marked or not, so the page builds the marks itself and
 * never parses anything from the index as markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/s)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = /^<mark>(.*)<\/mark>$/s.exec(part);
      const html = marked ? marked[1]! : part;
      return { text: html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!), marked: Boolean(marked) };
    });
}

/** The status line under the search field, in Swedish. */
export function resultSummary(query: string, count: number): string {
  if (!query) return 'Inga träffar: skriv ett eller flera ord att söka efter.';
  if (count === 0) return `Inga träffar för ”${query}”. Prova ett annat ord eller en annan stavning.`;
  return `${count} ${count === 1 ? 'träff' : 'träffar'} för ”${query}”.`;
}

/** What a search that could not run says, before its link to the start page (the page without its script writes the link). */
export const SEARCH_FAILED_LEAD = 'Sökningen kunde inte köras just nu. Försök igen, eller läs rutinerna från';
export const SEARCH_FAILED = `${SEARCH_FAILED_LEAD} startsidan.`;

/**
 * The words to search alone when a query found nothing, to tell a search
 * that truly found nothing from an index that answers nothing: the query's
 * words the site uses, or else the site's most frequent word. A site word
 * that finds nothing means the index could not be read.
 */
export function indexProbes(query: string, siteWords: string[]): string[] {
  const known = knownWords(query, siteWords);
  return known.length > 0 ? known : siteWords.slice(0, 1);
}

/** Said beside the results that did load when others could not be fetched. */
export function partialFailure(failed: number): string {
  return `En del av sökningen kunde inte köras just nu: ${failed} ${failed === 1 ? 'träff' : 'träffar'} kunde inte visas. Försök igen senare.`;
}

/**
 * Words of letters only (two or more), a hyphenated word also whole
 * ("Inkluss-modellen" → inkluss, modellen, inklussmodellen), as Pagefind
 * indexes it. Used at build time for the site's word list and in the
 * browser for the query, so both split alike.
 */
export function words(text: string): string[] {
  const found: string[] = [];
  for (const token of text.split(/\s+/)) {
    const parts = token.split(/[^\p{L}]+/u).filter((part) => part.length > 1);
    found.push(...parts);
    if (parts.length > 1 && /^\p{L}+(-\p{L}+)+$/u.test(trimPunctuation(token))) found.push(parts.join(''));
  }
  return found;
}

/** A word without the punctuation around it: "(SIG)," → "SIG". */
export function trimPunctuation(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The words of a hit that matched, as they are written there: Pagefind's
 * `locations` index the hit's text split on whitespace.
 */
export function matchedWords(content: string, locations: number[]): string[] {
  const all = content.split(/\s+/);
  const found = locations.map((location) => trimPunctuation(all[location] ?? '')).filter(Boolean);
  return [...new Set(found)];
}

/**
 * The words of a query written with a capital after the first letter
 * ("SIG", "FFS", "iPhone"): the reader means that spelling. A capital
 * first letter alone says nothing (phones capitalise the first word).
 */
export function caseSensitiveWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map(trimPunctuation)
    .filter((word) => /\p{Lu}/u.test(word.slice(1)));
}

/**
 * Pagefind matches without regard to case, so "SIG" also finds the
 * pronoun "sig". Of the hits loaded, those that contain a case-sensitive
 * query word as written ("SIG") come first; otherwise Pagefind's order stands.
 */
export function exactCaseFirst<T>(hits: T[], query: string, wordsOf: (hit: T) => string[]): T[] {
  const wanted = caseSensitiveWords(query);
  if (wanted.length === 0) return hits;
  const exact = (hit: T) => wordsOf(hit).some((word) => wanted.some((want) => word.startsWith(want)));
  return [...hits.filter(exact), ...hits.filter((hit) => !exact(hit))];
}

/** A hit's address with the words to mark on the page it leads to (in `param`, see highlight-param.ts), before its #section. */
export function highlightUrl(url: string, marked: string[], param: string): string {
  if (marked.length === 0) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const params = new URLSearchParams();
  for (const word of marked) params.append(param, word);
  return `${path}${path.includes('?') ? '&' : '?'}${params}${fragment}`;
}

/**
 * Whether the hits leave a query word unaccounted for: none of the words
 * they matched begins with it. Pagefind answers a word it does not know
 * with the words that share its beginning ("samtyke" finds "samt"), so
 * then the site's word list is fetched to tell a misspelling (offer
 * "Menade du …?") from an inflection the site does not use.
 */
export function unmatchedQueryWords(query: string, matched: string[]): string[] {
  const found = matched.flatMap((word) => [word, ...words(word)]).map(fold);
  return words(query).filter((word) => word.length >= 3 && !found.some((candidate) => candidate.startsWith(fold(word))));
}

/** Lower case with å, ä, ö … as a, a, o, as Pagefind compares words. */
export function fold(word: string): string {
  return word.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The query's words that the site uses (its word list is lower-case compared). */
export function knownWords(query: string, siteWords: string[]): string[] {
  const known = new Set(siteWords.map((word) => word.toLocaleLowerCase('sv')));
  return [...new Set(words(query).map((word) => word.toLocaleLowerCase('sv')))].filter((word) => known.has(word));
}

/**
 * Up to `max` corrected queries ("Menade du …?") for a query that found
 * nothing: each word the site does not use is replaced by the site's
 * closest words (one letter off for short words, two for longer ones;
 * nearer first, then the more frequent). None when every word is the
 * site's, or a word has nothing close.
 */
export function suggestions(query: string, siteWords: string[], max = 3): string[] {
  const known = new Set(siteWords.map((word) => word.toLocaleLowerCase('sv')));
  const tokens = query.split(/\s+/).filter(Boolean);
  const options = tokens.map((token) => {
    const word = trimPunctuation(token);
    if (!/^\p{L}+$/u.test(word) || known.has(word.toLocaleLowerCase('sv'))) return [token];
    return closestWords(word, siteWords, max);
  });
  const unknown = options.findIndex((choices, index) => choices[0] !== tokens[index]);
  if (unknown === -1 || options.some((choices) => choices.length === 0)) return [];
  return options[unknown]!.map((choice) => options.map((choices, index) => (index === unknown ? choice : choices[0]!)).join(' '));
}

function closestWords(word: string, siteWords: string[], max: number): string[] {
  const target = fold(word);
  if (target.length < 3) return [];
  const limit = target.length <= 4 ? 1 : 2;
  const scored: Array<{ word: string; distance: number; rank: number }> = [];
  siteWords.forEach((candidate, rank) => {
    const folded = fold(candidate);
    if (Math.abs(folded.length - target.length) > limit) return;
    const distance = editDistance(target, folded);
    if (distance <= limit) scored.push({ word: candidate, distance, rank });
  });
  scored.sort((a, b) => a.distance - b.distance || a.rank - b.rank);
  return scored.slice(0, max).map((entry) => entry.word);
}

/** Edits (insert, delete, replace, swap two neighbours) from one word to another. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}
