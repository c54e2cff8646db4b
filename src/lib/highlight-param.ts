/**
 * The URL parameter that carries a search hit's matched words to the page
 * the hit leads to (`?markera=SIG`), where src/scripts/search-highlight.ts
 * marks them. Its own module, so that script shares no code with the
 * search page's and loads no more than it needs on every reading page.
 */
export const HIGHLIGHT_PARAM = 'markera';
