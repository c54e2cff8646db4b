/**
 * The URL parameter that carries a search hit's matched words to the page
 * the hit leads to (`?markera=SIG#inkluss-modellen`), where
 * src/elements/search-highlight.ts marks them. A module of its own, so that
 * script (on every page the search indexes) shares no code with the search
 * page's and loads nothing more.
 */
export const HIGHLIGHT_PARAM = 'markera';
