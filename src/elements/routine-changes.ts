/**
 * <routine-changes>: "Rutinen ändrades …, efter ditt senaste besök" on the
 * routine page, the role pages and the guide's result, and "Ändrat i
 * senaste versionen" on the steps of the element's parent that those
 * revisions touched. The lines, the marks and the data (each routine's
 * current revision and the steps each kept revision changed, computed at
 * build time) are the server's: this script only decides, from what this
 * device remembers (src/lib/seen-revisions.ts), which to show.
 *
 * Remembered on the device only: localStorage, never sent anywhere. Where
 * storage is blocked nothing is shown, as on a first visit.
 */
import { stepAnchor } from '../lib/process/model';
import { changesSince, readSeen, remember, STORAGE_KEYS, visitStart, type RoutineRevisions } from '../lib/seen-revisions';

const { device: DEVICE_KEY, visit: VISIT_KEY } = STORAGE_KEYS;

class RoutineChanges extends HTMLElement {
  connectedCallback() {
    const lines = [...this.querySelectorAll<HTMLElement>('[data-rutin]')];
    const routines: RoutineRevisions[] = lines.map((line) => ({ id: line.dataset.rutin!, current: line.dataset.version!, changed: JSON.parse(line.dataset.andrade!) }));
    let changes;
    try {
      const start = visitStart(readSeen(sessionStorage.getItem(VISIT_KEY)), readSeen(localStorage.getItem(DEVICE_KEY)), routines);
      sessionStorage.setItem(VISIT_KEY, JSON.stringify(start));
      localStorage.setItem(DEVICE_KEY, JSON.stringify(remember(readSeen(localStorage.getItem(DEVICE_KEY)), routines)));
      changes = changesSince(start, routines);
    } catch {
      return;
    }
    const scope = this.parentElement!;
    for (const change of changes) {
      const line = lines.find((candidate) => candidate.dataset.rutin === change.id)!;
      line.hidden = false;
      for (const [step, date] of change.steps) this.mark(scope, step, date, date === line.dataset.version);
    }
  }

  /** Marks a step's detail (before its title) and its line in the guide's "Mina steg" (after its link). */
  private mark(scope: HTMLElement, step: string, date: string, latest: boolean) {
    const template = this.querySelector<HTMLTemplateElement>(`template[data-mark="${latest ? 'senaste' : 'tidigare'}"]`)!;
    const made = () => {
      const mark = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      const time = mark.querySelector('time');
      if (time) time.textContent = time.dateTime = date;
      return mark;
    };
    const anchor = stepAnchor(step);
    for (const title of scope.querySelectorAll(`[id="${anchor}"] .step__title`)) title.before(made());
    for (const link of scope.querySelectorAll(`.checklist__item a[href="#${anchor}"]`)) link.after(' ', made().firstElementChild!);
  }
}

customElements.define('routine-changes', RoutineChanges);
