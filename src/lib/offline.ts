/**
 * What the service worker (src/service-worker/sw.ts) and the pages agree
 * on, so that a page knows it is a saved copy.
 */

/** Set on <html> of a page the worker served from its saved copy; "nyare" once the network has a newer page. */
export const SAVED_ATTRIBUTE = 'data-sparad-kopia';

/** Sent with every response the worker served from its saved copy. */
export const SAVED_HEADER = 'x-insluss-sparad-kopia';

/** The worker's file, at the site's base (its scope is the base, the folder it is in). */
export const WORKER_FILE = 'sw.js';
