/** Longer queries are cut: nobody types that much, and the index need not see it. */
export const MAX_QUERY_LENGTH = 200;

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
