/**
 * Marks the words a search hit matched on the page it leads to, when the
 * reader followed a hit from /sok/ (its link carries them:
 * `?markera=SIG#inkluss-modellen`). Only in the section the hit is about
 * (from its heading to the next heading of the same level), so a phrase
 * that recurs elsewhere on the page is not marked there. Words are matched
 * whole and as written: "SIG" does not mark the pronoun "sig". On any
 * other visit it reads one URL parameter and stops: it is the only script
 * on reading pages, and small.
 */
import { fragmentId } from '../lib/fragment';
import { HIGHLIGHT_PARAM } from '../lib/highlight-param';

const wanted = new URLSearchParams(location.search)
  .getAll(HIGHLIGHT_PARAM)
  .filter((word) => /\S/.test(word) && word.length <= 60)
  .slice(0, 10);
const main = document.querySelector('main');

if (wanted.length > 0 && main) {
  const escaped = wanted.map((word) => word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const source = `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
  for (const area of section(main)) {
    const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
    const found: Text[] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (!node.parentElement?.closest('script, style, mark, svg') && new RegExp(source, 'u').test(node.data)) found.push(node);
    }
    for (const node of found) {
      const parts: Array<string | HTMLElement> = [];
      let last = 0;
      for (const match of node.data.matchAll(new RegExp(source, 'gu'))) {
        parts.push(node.data.slice(last, match.index), Object.assign(document.createElement('mark'), { textContent: match[0] }));
        last = match.index + match[0].length;
      }
      parts.push(node.data.slice(last));
      node.replaceWith(...parts);
    }
  }
}

/**
 * The target's section: a heading and what follows it up to the next
 * heading of its level or higher; the page when there is no target, and
 * nothing when the fragment is not an id at all ("#%": broken encoding).
 */
function section(main: HTMLElement): Element[] {
  const id = fragmentId(location.hash);
  if (id === undefined) return [];
  const target = id ? document.getElementById(id) : null;
  if (!target || !main.contains(target)) return [main];
  const level = /^H([1-6])$/.exec(target.tagName)?.[1];
  if (!level) return [target];
  const area: Element[] = [target];
  for (let next = target.nextElementSibling; next; next = next.nextElementSibling) {
    const other = /^H([1-6])$/.exec(next.tagName)?.[1];
    if (other && other <= level) break;
    area.push(next);
  }
  return area;
}
