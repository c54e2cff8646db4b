/**
 * The error answers a server of the site can give besides "not found", each
 * with a page of the site's own in Swedish (src/pages/fel/[status].astro),
 * so a reader never meets a web server's English default page.
 * deploy/nginx.conf points an `error_page` at each, and the local server
 * (scripts/serve.mjs) sends the same pages; tests/nginx.spec.ts and
 * scripts/serve.test.mjs check both against this list.
 *
 * "Forbidden" (403) is not among them: the servers answer it like a missing
 * page (404), so that a folder's existence is not given away.
 */
export interface HttpErrorPage {
  status: number;
  /** The page's heading and title. */
  title: string;
  /** What happened and what the reader can do, in a sentence or two. */
  text: string;
}

export const HTTP_ERROR_PAGES: readonly HttpErrorPage[] = [
  {
    status: 400,
    title: 'Adressen kunde inte läsas',
    text: 'Servern kunde inte läsa adressen eller förfrågan som webbläsaren skickade. Kontrollera adressen, eller gå vidare från startsidan.',
  },
  {
    status: 405,
    title: 'Sidorna går bara att läsa',
    text: 'Webbplatsen tar inte emot formulär eller filer, den visar bara rutinerna. Gå vidare från startsidan.',
  },
  {
    status: 408,
    title: 'Förfrågan tog för lång tid',
    text: 'Servern väntade för länge på webbläsaren. Ladda om sidan.',
  },
  {
    status: 412,
    title: 'Sidan har ändrats',
    text: 'Sidan har ändrats sedan webbläsaren hämtade den. Ladda om sidan.',
  },
  {
    status: 413,
    title: 'Förfrågan är för stor',
    text: 'Webbläsaren skickade mer än servern tar emot. Webbplatsen tar inte emot filer, den visar bara rutinerna.',
  },
  {
    status: 414,
    title: 'Adressen är för lång',
    text: 'Adressen är längre än servern tar emot. Har du sökt med en lång text? Sök med några få ord i stället.',
  },
  {
    status: 416,
    title: 'Den delen av filen finns inte',
    text: 'Webbläsaren bad om en del av en fil som filen inte har. Ladda om sidan.',
  },
  {
    status: 500,
    title: 'Fel i servern',
    text: 'Något gick fel i servern. Försök igen om en stund.',
  },
  {
    status: 501,
    title: 'Förfrågan stöds inte',
    text: 'Webbläsaren skickade en förfrågan som servern inte kan hantera. Försök med en annan webbläsare, eller gå vidare från startsidan.',
  },
  {
    status: 505,
    title: 'Förfrågan stöds inte',
    text: 'Webbläsaren använde en version av HTTP som servern inte kan hantera. Försök med en annan webbläsare.',
  },
];

/** The site path of the page for an error status, e.g. "/fel/414/". */
export function errorPagePath(status: number): string {
  return `/fel/${status}/`;
}
