/**
 * <role-guide>: the step-by-role guide (src/pages/guide.astro). This file
 * only decides when to load the guide (src/elements/guide-app.ts, with the
 * templates it fetches from /guide/mallar/): at once when the address
 * already holds answers (a shared link, "Ändra", the back button), and
 * otherwise when the worker first reaches for the first question. Nothing
 * of it runs before the page is drawn, and a reader who only reads loads
 * none of it.
 *
 * "Nästa" is disabled in the page's HTML, so that without this script the
 * form is never sent (the answers go into the address's fragment, never
 * into a request). This script enables it; a "Nästa" pressed before the
 * guide has loaded is held and done once it has.
 *
 * An old link with the answers in the query (/guide/?roll=…) is moved into the fragment before anything is fetched: docs/adr/0002-answers-in-the-url-fragment.md.
 */
import { movedFromQuery } from '../lib/guide/state-fragment';

class RoleGuide extends HTMLElement {
  private loading: Promise<void> | undefined;
  private ready = false;

  connectedCallback() {
    const moved = movedFromQuery(location.search, location.hash);
    if (moved !== undefined) history.replaceState(history.state, '', `${this.dataset.guidePath}${moved}`);
    if (location.hash.length > 1) {
      void this.load();
      return;
    }
    const form = this.querySelector<HTMLFormElement>('.guide__body form');
    if (!form) return;
    const load = () => void this.load();
    for (const event of ['pointerover', 'pointerdown', 'focusin', 'keydown']) this.addEventListener(event, load, { once: true });
    // Answers put into the address some other way (edited by hand, a link on the page): the guide shows them.
    window.addEventListener('hashchange', load, { once: true });
    form.addEventListener('submit', (event) => {
      if (this.ready) return;
      event.preventDefault();
      void this.load().then(() => {
        if (this.ready && form.isConnected) form.requestSubmit();
      });
    });
    form.querySelector('button')!.disabled = false;
  }

  private load(): Promise<void> {
    this.loading ??= import('./guide-app')
      .then(({ startGuide }) => startGuide(this))
      .then(() => {
        this.ready = true;
      })
      .catch(() => {
        // Offline, or the templates could not be read: say so instead of leaving a form that does nothing.
        const failed = this.querySelector<HTMLElement>('[data-part="load-failed"]');
        if (failed) failed.hidden = false;
      });
    return this.loading;
  }
}

customElements.define('role-guide', RoleGuide);
