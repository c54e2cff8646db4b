/**
 * <contact-filter>: narrows the contact list as the user types. The list
 * is complete HTML without JavaScript, and the filter field is drawn only
 * where scripts run (`data-only-script`, from the first paint, so nothing
 * shifts); this element hides the cards that do not match, hides a unit whose cards are all
 * hidden, and says politely how many match. Each card carries its
 * searchable text in `data-filter-text`, prepared at build time.
 */
import { filterSummary, matchesFilter } from '../lib/contact-filter';

class ContactFilter extends HTMLElement {
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private clear!: HTMLButtonElement;

  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-filter-controls]');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    const clear = this.querySelector<HTMLButtonElement>('[data-filter-clear]');
    if (!controls || !input || !status || !clear) return;
    Object.assign(this, { input, status, clear });
    input.addEventListener('input', this.apply);
    clear.addEventListener('click', () => {
      input.value = '';
      this.apply();
      input.focus();
    });
    // A value the browser restored (back navigation) is applied at once.
    if (input.value) this.apply();
  }

  private apply = () => {
    const query = this.input.value;
    const cards = [...this.querySelectorAll<HTMLElement>('[data-filter-text]')];
    let shown = 0;
    for (const card of cards) {
      const match = matchesFilter(card.dataset.filterText ?? '', query);
      card.hidden = !match;
      if (match) shown++;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-filter-text]:not([hidden])');
    }
    this.status.textContent = filterSummary(query, shown, cards.length);
    this.clear.hidden = query.trim() === '';
  };
}

customElements.define('contact-filter', ContactFilter);
