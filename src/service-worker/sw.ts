/**
 * The site's service worker, bundled with its Workbox modules into sw.js at
 * the site's base by src/integrations/offline.ts, which also writes in the
 * list of files to keep (`__SPARA__`, Workbox's precache manifest) and
 * the build's tag (`__BYGGE__`). What it keeps, and why, is in docs/offline-and-changes.md.
 *
 * - Everything of one build is saved at install, as one set (Workbox
 *   precaching): the pages, their styles and scripts, the guide's
 *   templates, the search index. A new build's worker saves its own set
 *   and, once it has all of it, takes over and drops what the old set had
 *   that the new one does not: a page never mixes two builds.
 * - Pages and other unhashed files come from the network first; the saved
 *   copy is used only when the network fails (or has not answered within
 *   NETWORK_TIMEOUT_SECONDS). A saved page is marked on its <html>
 *   (SAVED_ATTRIBUTE), so its stylesheet shows "Du läser en sparad kopia"
 *   from the first paint; any saved response also carries SAVED_HEADER.
 *   When such a page says the browser is online again (NETWORK_MESSAGE),
 *   the worker asks the network for it and answers whether it is the same
 *   as the saved copy.
 * - Files under _astro/ have their content's hash in their names: the
 *   saved copy is the same file, so it is used first. A library loaded on
 *   demand and not saved at install (Mermaid, in a build whose flowchart
 *   is drawn in the browser) is kept once it has been used.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { NETWORK_MESSAGE, SAVED_ATTRIBUTE, SAVED_HEADER, type NetworkAnswer } from '../lib/offline';

/** Written in by src/integrations/offline.ts: the files to save, and a tag of this build's set of them. */
declare const __SPARA__: PrecacheEntry[];
declare const __BYGGE__: string;

interface Extendable {
  waitUntil(promise: Promise<unknown>): void;
}
interface Worker {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: Extendable) => void): void;
  addEventListener(type: 'message', listener: (event: Extendable & { data: unknown; source: { postMessage(message: unknown): void } | null }) => void): void;
}
// The worker's global scope: the site's TypeScript has the DOM's types, not a worker's.
declare const self: Worker;
const worker = self;

/** How long a page may take before the saved copy is shown instead: a phone at the edge of coverage may never answer. */
const NETWORK_TIMEOUT_SECONDS = 10;
const LIBRARIES = `insluss-bibliotek-${__BYGGE__}`;

setCacheNameDetails({ prefix: 'insluss' });
void worker.skipWaiting();
clientsClaim();
precache(__SPARA__);
cleanupOutdatedCaches();

// A new build's libraries are kept under a new name; the old build's go.
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith('insluss-bibliotek-') && key !== LIBRARIES).map((key) => caches.delete(key)))),
  );
});

const scope = new URL(worker.registration.scope);
const inScope = (url: URL) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
const assets = `${scope.pathname}_astro/`;

const libraries = new CacheFirst({
  cacheName: LIBRARIES,
  plugins: [new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })],
});
registerRoute(
  ({ url }) => inScope(url) && url.pathname.startsWith(assets),
  async (options) => (await matchPrecache(options.url.href)) ?? libraries.handle(options),
);

const network = new NetworkOnly({ networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS });
registerRoute(
  ({ url }) => inScope(url),
  async (options) => {
    try {
      return await network.handle(options);
    } catch (error) {
      const saved = await savedCopy(options.url);
      if (!saved) throw error;
      return marked(saved);
    }
  },
);

// A saved page asks, when the browser is online again, whether the network has it, and whether it is the same.
worker.addEventListener('message', (event) => {
  const address = (event.data as Record<string, unknown> | null)?.[NETWORK_MESSAGE];
  if (typeof address !== 'string' || !URL.canParse(address) || !event.source || !inScope(new URL(address))) return;
  const client = event.source;
  event.waitUntil(compareWithNetwork(new URL(address)).then((answer) => answer && client.postMessage({ [NETWORK_MESSAGE]: answer })));
});

/**
 * The page from the network, compared with its saved copy; nothing while the
 * network does not answer. "Online" may come before the intranet answers:
 * it asks again after 1, 3, 9 and 27 seconds.
 */
async function compareWithNetwork(url: URL, attempt = 0): Promise<NetworkAnswer | undefined> {
  try {
    const network = await fetch(url, { cache: 'no-store' });
    if (!network.ok) return undefined;
    const saved = await savedCopy(url);
    return !saved || (await saved.text()) === (await network.text()) ? 'samma' : 'nyare';
  } catch {
    if (attempt >= 4) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 1000 * 3 ** attempt));
    return compareWithNetwork(url, attempt + 1);
  }
}

/** The saved copy of a URL; a page asked for with a query (/sok/?q=…) is the page itself. */
async function savedCopy(url: URL): Promise<Response | undefined> {
  return (await matchPrecache(url.href)) ?? (await matchPrecache(`${url.origin}${url.pathname}`));
}

/** A saved response, marked as one; a page also on its <html>, for its stylesheet. */
async function marked(saved: Response): Promise<Response> {
  const headers = new Headers(saved.headers);
  headers.set(SAVED_HEADER, '1');
  const html = headers.get('content-type')?.startsWith('text/html');
  // The attribute makes the page longer than the length the server sent.
  if (html) headers.delete('content-length');
  const body = html ? (await saved.text()).replace(/<html\b/i, `<html ${SAVED_ATTRIBUTE}`) : saved.body;
  return new Response(body, { status: saved.status, statusText: saved.statusText, headers });
}
