/**
 * "Har du hittat ett fel? Skriv till dokumentansvarig": an e-mail to the
 * document owner, written for them in the reader's mail program, with what
 * they need to find the mistake: the page's address, the section the
 * reader was in, and the revision of each routine the page shows. A
 * `mailto:` link only: no form, no server, nothing sent by the site.
 *
 * The server writes the link twice: ready to use, naming the page by its
 * path (reportHref), and as a template with places for the full address
 * and the section (reportTemplate), which the page's script fills in when
 * the link is used (fillReport), so the browser needs no more code than that.
 */

export interface Section {
  heading: string;
  /** The section's address: the page's, with the heading's anchor. */
  href: string;
}

export interface Report {
  /** The page's address: the full URL in the browser; the path where the script has not run. */
  page: string;
  /** The section the reader was in, where there is one. */
  section?: Section | undefined;
  /** "Lokal rutin Insluss, senast reviderad 2023-09-26", one per routine the page shows. */
  versions: readonly string[];
}

const PAGE = '{sida}';
const SECTION = '{avsnitt}';
const CRLF = '\r\n';

/** One line per routine the page shows, as the report names it. */
export function versionLine(title: string, senastReviderad: string): string {
  return `${title}, senast reviderad ${senastReviderad}`;
}

/** The mailto: address (RFC 6068), subject and body percent-encoded, line breaks as CRLF. */
export function reportHref(address: string, report: Report): string {
  return fillReport(reportTemplate(address, report.versions), report.page, report.section);
}

/** The link with places for the page's address and the section. */
export function reportTemplate(address: string, versions: readonly string[]): string {
  const body = [`Sidan: ${PAGE}`, `${SECTION}${versions[0] ?? ''}`, ...versions.slice(1), '', 'Vad är fel, och vad borde stå i stället?', ''].join(CRLF);
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encodeURIComponent(`Fel på sidan ${PAGE}`)}&body=${encodeURIComponent(body)}`;
}

/** The template with the page's address and the section (its line left out where there is none) filled in. */
export function fillReport(template: string, page: string, section?: Section): string {
  const line = section ? `Avsnittet: ${section.heading} (${section.href})${CRLF}` : '';
  return template.replaceAll(encodeURIComponent(PAGE), encodeURIComponent(page)).replace(encodeURIComponent(SECTION), encodeURIComponent(line));
}
