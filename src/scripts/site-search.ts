/**
 * <site-search>: runs the query in `?q=` against the Pagefind index when
 * the page loads and lists the hits. The form inside works without
 * JavaScript (it reloads this page with `?q=`); this element only adds the
 * results. Pagefind's code and index load here and nowhere else.
 */
import { excerptParts, queryFromSearch, resultSummary } from '../lib/search';

interface PagefindHit {
  url: string;
  excerpt: string;
  meta: { title?: string };
  /** The sections of the page (headings with an id) that hold hits. */
  sub_results?: Array<{ title: string; url: string }>;
}

/** At most this many section links under a page, so one page cannot fill the list. */
const MAX_SECTIONS = 3;

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindHit> }> } | null>;
}

const MAX_RESULTS = 20;

class SiteSearch extends HTMLElement {
  connectedCallback() {
    // The message for readers without JavaScript is plain HTML (not
    // <noscript>), so it also shows in browsers too old for this script;
    // where scripts run, CSS keeps it from being drawn at all.
    this.querySelector('[data-needs-script]')?.remove();
    const query = queryFromSearch(location.search);
    if (query === null) return;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (input) input.value = query;
    void this.run(query);
  }

  async run(query: string) {
    const status = this.querySelector<HTMLElement>('.search-status')!;
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    if (!query) {
      status.textContent = resultSummary(query, 0);
      return;
    }
    status.textContent = 'Söker …';
    try {
      const pagefind = await this.load();
      const search = await pagefind.search(query);
      const hits = await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
      list.replaceChildren(...hits.map(resultItem));
      list.hidden = hits.length === 0;
      status.textContent = resultSummary(query, hits.length);
    } catch {
      status.textContent = 'Sökningen kunde inte köras just nu. Försök igen, eller läs rutinerna från startsidan.';
    }
  }

  private async load(): Promise<Pagefind> {
    const pagefind: Pagefind = await import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`);
    await pagefind.options({ baseUrl: this.dataset.base ?? '/' });
    return pagefind;
  }
}

function resultItem(hit: PagefindHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.meta.title ?? hit.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  for (const part of excerptParts(hit.excerpt)) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(heading, excerpt);
  // A hit inside a section (a contact card, a heading of a routine) also
  // links straight to that section, e.g. /kontakter/#nina-sunnerfjell.
  const sections = (hit.sub_results ?? []).filter((section) => section.url.includes('#')).slice(0, MAX_SECTIONS);
  if (sections.length) {
    const list = document.createElement('ul');
    list.className = 'search-result__sections';
    list.setAttribute('aria-label', `Avsnitt i ${hit.meta.title ?? 'sidan'}`);
    for (const section of sections) {
      const entry = document.createElement('li');
      entry.append(Object.assign(document.createElement('a'), { href: section.url, textContent: section.title }));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

customElements.define('site-search', SiteSearch);
