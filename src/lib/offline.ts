/**
 * What the service worker (src/service-worker/sw.ts) and the pages agree
 * on, so that a page knows it is a saved copy, and learns when the
 * network has the page again.
 */

/** Set on <html> of a page the worker served from its saved copy; "nyare" once the network has another version of the page. */
export const SAVED_ATTRIBUTE = 'data-sparad-kopia';

/** Sent with every response the worker served from its saved copy. */
export const SAVED_HEADER = 'x-insluss-sparad-kopia';

/**
 * The message a saved page sends the worker when the browser is online
 * again (`{ [NETWORK_MESSAGE]: address }`), and the worker's answer
 * (`{ [NETWORK_MESSAGE]: 'samma' | 'nyare' }`) once the network has the page:
 * the same as the saved copy, or another version of it.
 */
export const NETWORK_MESSAGE = 'insluss:natet';
export type NetworkAnswer = 'samma' | 'nyare';

/** The worker's file, at the site's base (its scope is the base, the folder it is in). */
export const WORKER_FILE = 'sw.js';
