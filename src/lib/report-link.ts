/**
 * "Har du hittat ett fel? Skriv till dokumentansvarig": an e-mail to the
 * document owner, written for them in the reader's mail program, with what
 * they need to find the mistake: the page's address, the section the
 * reader was in, and the revision of each routine the page shows. A
 * `mailto:` link only: no form, no server, nothing sent by the site.
 */

export interface Report {
  /** The page's address: the full URL in the browser; the path where the script has not run. */
  page: string;
  /** The heading of the section the reader was in, and its address, where there is one. */
  section?: { heading: string; href: string } | undefined;
  /** "Lokal rutin Insluss, senast reviderad 2023-09-26", one per routine the page shows. */
  versions: readonly string[];
}

/** One line per routine the page shows, as the report names it. */
export function versionLine(title: string, senastReviderad: string): string {
  return `${title}, senast reviderad ${senastReviderad}`;
}

export function reportSubject(report: Report): string {
  return `Fel på sidan ${report.page}`;
}

export function reportBody(report: Report): string {
  return [
    `Sidan: ${report.page}`,
    ...(report.section ? [`Avsnittet: ${report.section.heading} (${report.section.href})`] : []),
    ...report.versions,
    '',
    'Vad är fel, och vad borde stå i stället?',
    '',
  ].join('\r\n');
}

/** The mailto: address (RFC 6068), subject and body percent-encoded, line breaks as CRLF. */
export function reportHref(address: string, report: Report): string {
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encodeURIComponent(reportSubject(report))}&body=${encodeURIComponent(reportBody(report))}`;
}
