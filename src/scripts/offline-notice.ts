/**
 * <offline-notice>: registers the service worker (src/service-worker/sw.ts)
 * once the page has loaded and the browser is idle, so that saving the
 * site never competes with the page itself; and, on a page the worker
 * served from its saved copy, takes "Du läser en sparad kopia" away once
 * the network answers again with the same page, or says that the page
 * has changed.
 *
 * Where service workers are unavailable (plain HTTP on an intranet host,
 * a policy that blocks them) nothing happens: the site works as without.
 */
import { SAVED_ATTRIBUTE, SAVED_HEADER } from '../lib/offline';

class OfflineNotice extends HTMLElement {
  connectedCallback() {
    const register = () =>
      navigator.serviceWorker?.register(this.dataset.worker!, { scope: this.dataset.scope! }).catch(() => {
        // Refused (storage blocked, an insecure origin): the site works without it.
      });
    // Safari has no requestIdleCallback.
    const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000));
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });

    if (!document.documentElement.hasAttribute(SAVED_ATTRIBUTE)) return;
    const check = () => void this.checkNetwork();
    addEventListener('online', check);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
  }

  /**
   * Asks the network for this page; the same build's page means this copy
   * is current. The browser says "online" as soon as it has a network,
   * which may not yet reach the intranet: it asks again a few times.
   */
  private async checkNetwork(attempt = 0) {
    const html = document.documentElement;
    if (html.getAttribute(SAVED_ATTRIBUTE) !== '') return;
    try {
      const response = await fetch(location.href, { cache: 'no-store' });
      if (response.headers.has(SAVED_HEADER)) throw new Error('Still the saved copy');
      if (!response.ok) return;
      const same = (await response.text()).includes(`data-bygge="${this.dataset.bygge}"`);
      if (same) html.removeAttribute(SAVED_ATTRIBUTE);
      else html.setAttribute(SAVED_ATTRIBUTE, 'nyare');
    } catch {
      if (attempt < 4) setTimeout(() => void this.checkNetwork(attempt + 1), 1000 * 3 ** attempt);
    }
  }
}

customElements.define('offline-notice', OfflineNotice);
