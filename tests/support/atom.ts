import type { Page } from '@playwright/test';

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  alternate: string;
  summary: string;
}

/**
 * Parses an Atom document in the browser (DOMParser, as XML) and checks it
 * against RFC 4287's rules for feeds and entries: the root element in the
 * Atom namespace; exactly one id, title and updated in the feed and in
 * each entry; an author for every entry; an alternate link for an entry
 * without content; ids that are absolute IRIs and unique; dates in RFC
 * 3339's form. Returns the problems found (none, for a valid feed) and
 * the entries.
 */
export function readAtom(page: Page, xml: string): Promise<{ problems: string[]; title: string; entries: AtomEntry[] }> {
  return page.evaluate((text) => {
    const ATOM = 'http://www.w3.org/2005/Atom';
    const problems: string[] = [];
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) return { problems: ['not well-formed XML'], title: '', entries: [] };
    const feed = doc.documentElement;
    if (feed.namespaceURI !== ATOM || feed.localName !== 'feed') problems.push(`root is {${feed.namespaceURI}}${feed.localName}`);
    const children = (parent: Element, name: string) => [...parent.children].filter((child) => child.namespaceURI === ATOM && child.localName === name);
    const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\S+$/i;
    const exactlyOne = (parent: Element, name: string, where: string) => {
      const found = children(parent, name);
      if (found.length !== 1) problems.push(`${where}: ${found.length} atom:${name}`);
      return found[0]?.textContent?.trim() ?? '';
    };
    const title = exactlyOne(feed, 'title', 'feed');
    const feedId = exactlyOne(feed, 'id', 'feed');
    const feedUpdated = exactlyOne(feed, 'updated', 'feed');
    if (!ABSOLUTE.test(feedId)) problems.push(`feed id ${feedId} is not an absolute IRI`);
    if (!DATE_TIME.test(feedUpdated)) problems.push(`feed updated ${feedUpdated} is not an RFC 3339 date-time`);
    const feedHasAuthor = children(feed, 'author').some((author) => children(author, 'name').length === 1);
    const ids = new Set<string>();
    const entries = children(feed, 'entry').map((entry, index) => {
      const where = `entry ${index + 1}`;
      const id = exactlyOne(entry, 'id', where);
      const updated = exactlyOne(entry, 'updated', where);
      const entryTitle = exactlyOne(entry, 'title', where);
      if (!ABSOLUTE.test(id)) problems.push(`${where}: id ${id} is not an absolute IRI`);
      if (ids.has(id)) problems.push(`${where}: id ${id} used twice`);
      ids.add(id);
      if (!DATE_TIME.test(updated)) problems.push(`${where}: updated ${updated} is not an RFC 3339 date-time`);
      if (!feedHasAuthor && !children(entry, 'author').some((author) => children(author, 'name').length === 1)) problems.push(`${where}: no author`);
      const alternate = children(entry, 'link').filter((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
      if (children(entry, 'content').length === 0 && alternate.length === 0) problems.push(`${where}: neither content nor an alternate link`);
      if (alternate.length > 1) problems.push(`${where}: ${alternate.length} alternate links of one type`);
      return { id, title: entryTitle, updated, alternate: alternate[0]?.getAttribute('href') ?? '', summary: children(entry, 'summary')[0]?.textContent?.trim() ?? '' };
    });
    return { problems, title, entries };
  }, xml);
}
