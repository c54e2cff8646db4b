import content from 'virtual:insluss/innehall';
import type { Content } from '../content-pipeline/index.ts';

/**
 * Everything in content/, as the content pipeline (src/content-pipeline/)
 * read and checked it where the build or the dev server started. The
 * pages read the content only through this module and the others beside
 * it, never the files.
 */
export function siteContent(): Content {
  // The dev server shows the mistakes in place of every page, so no page gets here while there are any.
  if (!content) throw new Error('Innehållet i content/ har fel. Kör npm run kontrollera för att se dem.');
  return content;
}
