/**
 * Marks on the page the words a search result matched, when the reader
 * came from /sok/ (the result's link carries them as `?markera=`). Does
 * nothing, and costs nothing more than this small file, on any other visit.
 * Words are matched as written (whole words, case kept), so a result for
 * "SIG" marks SIG and not the pronoun "sig".
 */
import { HIGHLIGHT_PARAM } from '../lib/highlight-param';

const SKIP = new Set(['SCRIPT', 'STYLE', 'MARK', 'TEXTAREA', 'OPTION', 'svg']);
const wanted = new URLSearchParams(location.search)
  .getAll(HIGHLIGHT_PARAM)
  .map((word) => word.trim())
  .filter((word) => word.length > 0 && word.length <= 60)
  .slice(0, 20);
const main = document.querySelector('main');

if (wanted.length > 0 && main) {
  const escaped = wanted.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const source = `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
  const pattern = new RegExp(source, 'gu');
  const contains = new RegExp(source, 'u');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let parent = node.parentElement; parent && parent !== main; parent = parent.parentElement) {
        if (SKIP.has(parent.nodeName)) return NodeFilter.FILTER_REJECT;
      }
      return contains.test(node.nodeValue ?? '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const found: Text[] = [];
  while (walker.nextNode()) found.push(walker.currentNode as Text);
  for (const node of found) {
    const text = node.nodeValue ?? '';
    const parts: Array<string | HTMLElement> = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      parts.push(text.slice(last, match.index), Object.assign(document.createElement('mark'), { className: 'search-hit', textContent: match[0] }));
      last = match.index + match[0].length;
    }
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
}
