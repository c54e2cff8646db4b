/**
 * <opening-hours>: fills each `[data-opening-status]` slot inside it with
 * "Öppet nu" or "Stängt nu – ring …", by the weekly hours in
 * `data-veckan` and Stockholm time whatever the viewer's own time zone,
 * and keeps it right while the page stays open. Without JavaScript the
 * hours sentence is there and the slots stay empty.
 */
import { isOpenAt, statusText, type WeeklyHours } from '../lib/opening-hours';

const MINUTE = 60_000;

class OpeningHoursElement extends HTMLElement {
  private timer: number | undefined;
  private hours: WeeklyHours = {};

  connectedCallback() {
    this.hours = JSON.parse(this.dataset.veckan ?? '{}') as WeeklyHours;
    document.addEventListener('visibilitychange', this.update);
    this.update();
  }

  disconnectedCallback() {
    window.clearTimeout(this.timer);
    document.removeEventListener('visibilitychange', this.update);
  }

  private update = () => {
    const now = new Date();
    const open = isOpenAt(this.hours, now);
    const text = statusText(open, this.dataset.ovrigTid ?? 'socialjouren');
    for (const slot of this.querySelectorAll<HTMLElement>('[data-opening-status]')) {
      // Only a real change is written, so assistive technology is not told the same thing every minute.
      if (slot.textContent !== text) slot.textContent = text;
      slot.classList.toggle('is-open', open);
      slot.classList.toggle('is-closed', !open);
    }
    // Just after the next full minute: the hours change on the minute. A
    // tab in the background may be woken late, hence visibilitychange too.
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(this.update, MINUTE - (now.getTime() % MINUTE) + 100);
  };
}

customElements.define('opening-hours', OpeningHoursElement);
