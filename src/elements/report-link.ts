/**
 * <report-link>: "Har du hittat ett fel? Skriv till dokumentansvarig" at the
 * end of every page. The server wrote a mailto: link naming the page by its
 * path, and the same link as a template (data-mall); when the link is used,
 * this fills in the page's full address and the section the reader was in
 * (src/lib/report-link.ts).
 *
 * The section is the one the reader was reading: the last heading above a
 * line a third down the window, where the page last rested for DWELL_MS
 * with the footer out of sight. Scrolling down to the link passes the
 * sections below without resting there, and ends with the footer in
 * sight: neither counts as reading them. A page opened at a heading
 * (its address ends #avsnitt) is in that section until the reader
 * rests elsewhere, however short the section. A heading not shown (in a
 * closed <details>) is no section the reader is in.
 */
import { fillReport } from '../lib/report-link';

const DWELL_MS = 1500;
const HEADINGS = 'main :is(h2, h3, h4)[id]';

class ReportLink extends HTMLElement {
  connectedCallback() {
    const footer = this.closest('footer')!;
    const link = this.querySelector('a')!;
    let readAt = scrollY;
    // Where the page was once loaded: where the address's heading put it.
    let opened: number | undefined;
    const loaded = () => (opened = readAt = scrollY);
    if (document.readyState === 'complete') loaded();
    else addEventListener('load', loaded, { once: true });
    let resting: ReturnType<typeof setTimeout> | undefined;
    addEventListener(
      'scroll',
      () => {
        clearTimeout(resting);
        resting = setTimeout(() => footer.getBoundingClientRect().top > innerHeight && (readAt = scrollY), DWELL_MS);
      },
      { passive: true },
    );
    // Before the mail program opens: a click, or the keyboard's Enter.
    link.addEventListener('click', () => {
      const page = location.href;
      const named = location.hash && readAt === opened ? document.getElementById(namedId(location.hash)) : null;
      let heading = named?.matches(HEADINGS) ? named : undefined;
      for (const candidate of heading ? [] : document.querySelectorAll<HTMLElement>(HEADINGS)) {
        if (!shown(candidate)) continue;
        if (candidate.getBoundingClientRect().top + scrollY > readAt + innerHeight / 3) break;
        heading = candidate;
      }
      link.href = fillReport(this.dataset.mall!, page, heading && { heading: heading.textContent!.trim(), href: `${page.split('#')[0]}#${heading.id}` });
    });
  }
}

/**
 * The id the address's fragment names; none when its percent-encoding is
 * broken ("#%"), where decodeURIComponent throws and the link would stay
 * as the server wrote it. (src/lib/fragment.ts does the same for the
 * search-hit marking; imported here too, it would become a chunk of its own.)
 */
function namedId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/** Whether the heading is laid out where the reader can see it (not in a closed <details>, whose content has no position). */
function shown(element: HTMLElement): boolean {
  return 'checkVisibility' in element ? element.checkVisibility() : (element as HTMLElement).offsetParent !== null;
}

customElements.define('report-link', ReportLink);
