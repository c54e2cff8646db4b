/**
 * <opening-hours>: fills each `[data-opening-status]` slot inside it with
 * the line's status in Stockholm time, whatever the viewer's own time zone:
 * "Öppet nu – stänger 12.00" or "Stängt nu – öppnar igen tisdag 08.00 ·
 * Övrig tid: socialjouren", from the weekly hours in `data-veckan`, the
 * owner's closed days in `data-stangda-dagar` and Swedish public holidays,
 * and keeps it right while the page stays open. Without JavaScript the
 * routine's sentence about the hours is there and the slots stay empty.
 */
import { openingStatus, type OpeningStatus, type Schedule } from '../lib/opening-hours';

const MINUTE = 60_000;

class OpeningHoursElement extends HTMLElement {
  private timer: number | undefined;
  private schedule: Schedule = { veckan: {}, ovrigTid: '' };

  connectedCallback() {
    this.schedule = {
      veckan: JSON.parse(this.dataset.veckan ?? '{}') as Schedule['veckan'],
      ovrigTid: this.dataset.ovrigTid ?? 'socialjouren',
      stangdaDagar: JSON.parse(this.dataset.stangdaDagar ?? '[]') as string[],
    };
    document.addEventListener('visibilitychange', this.update);
    this.update();
  }

  disconnectedCallback() {
    window.clearTimeout(this.timer);
    document.removeEventListener('visibilitychange', this.update);
  }

  private update = () => {
    const now = new Date();
    const status = openingStatus(this.schedule, now);
    for (const slot of this.querySelectorAll<HTMLElement>('[data-opening-status]')) {
      // Only a real change is written, so assistive technology is not told the same thing every minute.
      if (slot.textContent !== status.text) slot.replaceChildren(...parts(status));
      slot.classList.toggle('is-open', status.open);
      slot.classList.toggle('is-closed', !status.open);
    }
    // Just after the next full minute: the hours change on the minute. A
    // tab in the background may be woken late, hence visibilitychange too.
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(this.update, MINUTE - (now.getTime() % MINUTE) + 100);
  };
}

/**
 * The status as lines of their own (state, next change, where to call), so
 * its height does not depend on the width of the card; the separators are
 * there for screen readers and copied text, not drawn.
 */
function parts({ state, next, otherwise }: OpeningStatus): Node[] {
  const nodes: Node[] = [span('opening-status__state', state)];
  if (next) nodes.push(span('visually-hidden', ' – '), span('opening-status__next', next));
  if (otherwise) nodes.push(span('visually-hidden', ' · '), span('opening-status__other', otherwise));
  return nodes;
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

customElements.define('opening-hours', OpeningHoursElement);
