/**
 * Two routines of a few lines each, in the routines' own words, for the
 * glossary's rules (src/lib/glossary.test.ts, src/content-pipeline/glossary.test.ts):
 * a fixture, not the content, so an edit of content/ never touches these tests.
 */
export const FIXTURE_CITY = {
  id: 'stad',
  body: [
    '## Bakgrund',
    '',
    'Inklussning är en modell för planering. Klienter frigges villkorligt och ska stå under övervakning.',
    '',
    '## Rutin',
    '',
    '### Inkluss-modellen',
    '',
    'För målgruppen 18-24 år kan SIG (social insatsgrupp) vara en hjälpsam insats. Samverkan fortgår under hela övervakningstiden.',
  ].join('\n'),
};
export const FIXTURE_LOCAL = {
  id: 'lokal',
  body: ['## Ansvarsfördelning', '', 'Om frivården vänder sig direkt till funktionsstöd. Sök i Treserva.', '', '### Vuxen Mottag', '', '<Kontaktuppgifter enhet="vuxen-mottag" />'].join('\n'),
};
export const FIXTURE_ROUTINES = [FIXTURE_CITY, FIXTURE_LOCAL];
