/**
 * <report-link>: "Har du hittat ett fel? Skriv till dokumentansvarig" at the
 * end of every page. The server wrote a mailto: link naming the page by its
 * path; this script, when the link is used, fills in the page's full
 * address and the section the reader was in (src/lib/report-link.ts).
 *
 * The section is the one whose heading the reader last read past: the
 * last heading above a line a third down the window, as they scroll, but
 * not once the footer is in sight (scrolling down to the link is not
 * reading the last section). A page opened at a heading's anchor starts
 * in that section.
 */
import { reportHref } from '../lib/report-link';

const HEADINGS = 'main :is(h2, h3, h4)[id]';

class ReportLink extends HTMLElement {
  private section: HTMLElement | undefined;

  connectedCallback() {
    const footer = this.closest('footer')!;
    const link = this.querySelector('a')!;
    const anchored = document.getElementById(fragment());
    this.section = anchored?.matches(HEADINGS) ? anchored : this.atReadingLine();
    let queued = false;
    addEventListener(
      'scroll',
      () => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          if (footer.getBoundingClientRect().top > innerHeight) this.section = this.atReadingLine();
        });
      },
      { passive: true },
    );
    // Before the mail program opens: a click, or the keyboard's Enter.
    link.addEventListener('click', () => {
      const page = location.href;
      const section = this.section && { heading: this.section.textContent!.trim(), href: `${page.split('#')[0]}#${this.section.id}` };
      link.href = reportHref(this.dataset.epost!, { page, section, versions: this.dataset.versioner!.split('\n').filter(Boolean) });
    });
  }

  /** The last heading above the reading line, if the reader is past one. */
  private atReadingLine(): HTMLElement | undefined {
    let found: HTMLElement | undefined;
    for (const heading of document.querySelectorAll<HTMLElement>(HEADINGS)) {
      if (heading.getBoundingClientRect().top > innerHeight / 3) break;
      if (heading.offsetParent) found = heading;
    }
    return found;
  }
}

/** The address's fragment as an id; nothing where it is not valid percent-encoding. */
function fragment(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

customElements.define('report-link', ReportLink);
