/**
 * <site-search>: runs the query in `?q=` against the Pagefind index when
 * the page loads and lists the hits, one per section of a page (see
 * src/integrations/pagefind.ts). The form inside works without JavaScript
 * (it reloads this page with `?q=`); this element only adds the results.
 * Pagefind's code and index load here and nowhere else, and a hit's data
 * only when it is about to be shown: the first few, then more on "Visa
 * fler träffar".
 *
 * Faults say what they are: a search that could not run (Pagefind's code,
 * its WebAssembly or its index missing) is never reported as "Inga
 * träffar", and hits that could not be fetched are counted beside those
 * that were. Pagefind leaves out an index part it cannot load without
 * telling, so "no hits" is said only when a word of the site's word list
 * (written with the index) finds something; without that list, or when
 * such a word finds nothing, the index is broken.
 */
import {
  caseSensitiveWords,
  excerptParts,
  exactCaseFirst,
  fold,
  highlightUrl,
  indexProbes,
  matchedWords,
  partialFailure,
  QUERY_LIMIT_NOTE,
  queryAtLimit,
  queryFromSearch,
  REPEATED_TITLE_META,
  REPEATED_WEIGHT,
  resultSummary,
  SEARCH_FAILED,
  suggestions,
  trimPunctuation,
  unmatchedQueryWords,
  words,
} from '../lib/search';

/** What Pagefind returns for one record (a section of a page). */
interface Hit {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: { title?: string; [REPEATED_TITLE_META]?: string };
  filters: { sida?: string[] };
}

interface PagefindResult {
  data(): Promise<Hit>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Hits shown at once, and with each "Visa fler träffar". */
const BATCH = 5;

class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private query = '';
  private total = 0;
  private failed = 0;
  /** Hits not fetched yet, in Pagefind's order. */
  private pending: PagefindResult[] = [];
  /** Hits fetched but not shown yet. */
  private ready: Hit[] = [];

  connectedCallback() {
    // The message for readers without JavaScript is plain HTML (not
    // <noscript>), so it also shows in browsers too old for this script;
    // where scripts run, CSS keeps it from being drawn at all.
    this.querySelector('[data-needs-script]')?.remove();
    this.more.addEventListener('click', () => void this.showMore(true));
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    // The field takes no more than the limit (its maxlength); text typed or pasted beyond it is said to be cut.
    input?.addEventListener('input', () => this.sayLimit(input.value.length >= input.maxLength && input.maxLength > 0));
    const query = queryFromSearch(location.search);
    if (query === null) return;
    if (input) input.value = query;
    this.sayLimit(queryAtLimit(location.search));
    void this.run(query);
  }

  private sayLimit(reached: boolean) {
    const note = this.querySelector<HTMLElement>('.search-limit')!;
    const text = reached ? QUERY_LIMIT_NOTE : '';
    if (note.textContent !== text) note.textContent = text;
  }

  private get status() {
    return this.querySelector<HTMLElement>('.search-status')!;
  }

  private get list() {
    return this.querySelector<HTMLOListElement>('.search-results')!;
  }

  private get more() {
    return this.querySelector<HTMLButtonElement>('.search-more')!;
  }

  async run(query: string) {
    this.query = query;
    if (!query) {
      this.status.textContent = resultSummary(query, 0);
      return;
    }
    this.status.textContent = 'Söker …';
    let results: PagefindResult[];
    try {
      const search = await (await this.load()).search(query);
      results = search?.results ?? [];
    } catch {
      this.status.textContent = SEARCH_FAILED;
      return;
    }
    this.total = results.length;
    this.pending = results;
    if (results.length === 0) {
      await this.nothingFound(query);
      return;
    }
    const first = await this.showMore(false);
    const matched = first.flatMap((hit) => matchedWords(hit.content, hit.locations));
    if (unmatchedQueryWords(query, matched).length > 0) this.offerSpellings(query, await this.siteWords());
  }

  /**
   * Fetches and lists the next hits. A query with a word written in
   * capitals ("SIG") fetches twice as many first, so that the hits with
   * that spelling can come before those with another ("sig").
   */
  private async showMore(moveFocus: boolean): Promise<Hit[]> {
    this.more.disabled = true;
    const wanted = caseSensitiveWords(this.query).length > 0 ? 2 * BATCH : BATCH;
    const batch = this.pending.splice(0, Math.max(0, wanted - this.ready.length));
    const loaded = await Promise.allSettled(batch.map((result) => result.data()));
    const hits = loaded.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    this.failed += loaded.length - hits.length;
    this.ready = exactCaseFirst([...this.ready, ...hits], this.query, (hit) => [...matchedWords(hit.content, hit.locations), ...words(hitTitle(hit))]);
    const shown = this.ready.splice(0, BATCH);
    const items = shown.map((hit) => resultItem(hit, this.query, this.dataset.highlightParam));
    this.list.append(...items);
    this.list.hidden = this.list.children.length === 0;
    if (this.list.children.length === 0) this.status.textContent = SEARCH_FAILED;
    else this.status.textContent = `${resultSummary(this.query, this.total)}${this.failed ? ` ${partialFailure(this.failed)}` : ''}`;
    const left = this.pending.length + this.ready.length;
    this.more.hidden = left === 0;
    this.more.disabled = false;
    this.more.textContent = `Visa fler träffar (${left} till)`;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
    return shown;
  }

  /**
   * No hits: a word the site uses that finds nothing on its own means the
   * index could not be read; otherwise the query truly found nothing, and
   * the site's closest words are offered.
   */
  private async nothingFound(query: string) {
    const siteWords = await this.siteWords();
    // Without the word list (written with the index) nothing vouches for the index: "no hits" is not said.
    const probes = siteWords ? indexProbes(query, siteWords) : [];
    if (probes.length === 0) {
      this.status.textContent = SEARCH_FAILED;
      return;
    }
    const pagefind = await this.load();
    for (const word of probes) {
      const alone = await pagefind.search(word).catch(() => null);
      if (!alone?.results.length) {
        this.status.textContent = SEARCH_FAILED;
        return;
      }
    }
    this.status.textContent = resultSummary(query, 0);
    this.offerSpellings(query, siteWords);
  }

  /** "Menade du …?" with up to three of the site's spellings, as links to their searches. */
  private offerSpellings(query: string, siteWords: string[] | null) {
    const offered = siteWords ? suggestions(query, siteWords) : [];
    const hints = this.querySelector<HTMLElement>('.search-suggestions')!;
    if (offered.length === 0) return;
    const line = document.createElement('p');
    line.append('Menade du ');
    offered.forEach((suggestion, index) => {
      if (index > 0) line.append(index === offered.length - 1 ? ' eller ' : ', ');
      line.append(Object.assign(document.createElement('a'), { href: `?q=${encodeURIComponent(suggestion)}`, textContent: suggestion }));
    });
    line.append('?');
    hints.replaceChildren(line);
    hints.hidden = false;
  }

  /** The site's words (written with the index), or null when they cannot be fetched. */
  private async siteWords(): Promise<string[] | null> {
    try {
      const response = await fetch(`${this.dataset.bundle}ord.json`);
      if (!response.ok) return null;
      const list: unknown = await response.json();
      return Array.isArray(list) ? list.filter((word): word is string => typeof word === 'string') : null;
    } catch {
      return null;
    }
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      // Pagefind starts reading its index in a promise nobody can await: a broken part (its WebAssembly cut short,
      // pagefind-entry.json unreadable) rejects that promise unhandled, and then fails the search, which says so.
      const code = `${this.dataset.bundle}pagefind.js`;
      window.addEventListener('unhandledrejection', (event) => {
        if (event.reason instanceof Error && event.reason.stack?.includes(code)) event.preventDefault();
      });
      const pagefind: Pagefind = await import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`);
      // On the main thread: the worker is one more file (12 KB gzip) that
      // a search over two routines does not need. Pagefind 1.6 honours
      // noWorker but its option check still warns about it in the console.
      // A query that is a glossary term finds its entry first: the `term`
      // meta (src/pages/ordlista.astro) weighs twice a section's heading. A
      // heading of a page that repeats the routines weighs like its text.
      const metaWeights = { title: 5, term: 10, [REPEATED_TITLE_META]: REPEATED_WEIGHT };
      await pagefind.options({ baseUrl: this.dataset.base ?? '/', noWorker: true, ranking: { metaWeights } });
      return pagefind;
    })();
    return this.pagefind;
  }
}

/**
 * One hit: the section's heading as the link, which carries the words to
 * mark on the page it leads to (src/elements/search-highlight.ts), its page,
 * and the excerpt with the query's words marked.
 */
function resultItem(hit: Hit, query: string, highlightParam = ''): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = hitTitle(hit) || hit.url;
  const page = hit.filters.sida?.[0];
  // The words the hit matched in its text, and those of its heading that begin like a word of the query.
  const queried = query.split(/\s+/).map(trimPunctuation).filter(Boolean).map(fold);
  const inTitle = title.split(/\s+/).map(trimPunctuation).filter((word) => queried.some((want) => fold(word).startsWith(want)));
  const marked = [...new Set([...matchedWords(hit.content, hit.locations), ...inTitle])];
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const href = highlightParam ? highlightUrl(hit.url, marked, highlightParam) : hit.url;
  heading.append(Object.assign(document.createElement('a'), { href, textContent: title }));
  item.append(heading);
  if (page && page !== title) item.append(Object.assign(document.createElement('p'), { className: 'search-result__page', textContent: page }));
  // A section that is only its heading has no text to show beside it.
  if (hit.content === title) return item;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  for (const part of excerptParts(hit.excerpt)) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(excerpt);
  return item;
}

/** A hit's heading, as a title or, on a page that repeats the routines, under its own meta. */
function hitTitle(hit: Hit): string {
  return hit.meta.title || hit.meta[REPEATED_TITLE_META] || '';
}

customElements.define('site-search', SiteSearch);
