/** The site path of the Atom feed of the routines' revisions (src/pages/rutiner/andringar.xml.ts). */
export const FEED_PATH = '/rutiner/andringar.xml';

/** The feed's title, in its own <title> and in the pages' <link rel="alternate">. */
export const FEED_TITLE = 'Insluss: nya versioner av rutinerna';
