/**
 * <offline-notice>: registers the service worker (src/service-worker/sw.ts)
 * once the page has loaded and the browser is idle, so that saving the
 * site never competes with the page itself. The line "Du läser en sparad
 * kopia" needs no script: the page's stylesheet shows it on a page the
 * worker served from its saved copy. On such a page this asks the worker,
 * whenever the browser says it is online again, whether the network has
 * the page; the worker compares it with the saved
 * copy, and the line goes (the same page) or says the page has changed.
 * The page is never reloaded under the reader.
 *
 * Where service workers are unavailable (plain HTTP on an intranet host,
 * a policy that blocks them) nothing happens: the site works as without.
 */
import { NETWORK_MESSAGE, SAVED_ATTRIBUTE, type NetworkAnswer } from '../lib/offline';

class OfflineNotice extends HTMLElement {
  connectedCallback() {
    const workers = navigator.serviceWorker;
    if (!workers) return;
    const register = () =>
      workers.register(this.dataset.worker!, { scope: this.dataset.scope! }).catch(() => {
        // Refused (storage blocked, an insecure origin): the site works without it.
      });
    // Module scripts run before `load`. Safari has no requestIdleCallback: it registers right after `load`.
    addEventListener('load', () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register)), { once: true });

    const html = document.documentElement;
    if (!html.hasAttribute(SAVED_ATTRIBUTE)) return;
    workers.addEventListener('message', (event) => {
      const answer = (event.data as Record<string, NetworkAnswer> | null)?.[NETWORK_MESSAGE];
      if (answer === 'samma') html.removeAttribute(SAVED_ATTRIBUTE);
      else if (answer === 'nyare') html.setAttribute(SAVED_ATTRIBUTE, answer);
    });
    addEventListener('online', () => workers.controller?.postMessage({ [NETWORK_MESSAGE]: location.href }));
  }
}

customElements.define('offline-notice', OfflineNotice);
