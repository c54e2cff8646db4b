/**
 * From a node of the flowchart to its step, and the way back, for
 * <flow-chart> (flow-chart.ts). A node opens its step's detail (the list's,
 * cloned) in a dialog over the chart, where the reader is: no jump to the
 * list far below. In the dialog, "Sedan: …" opens the next step; closing it
 * (Stäng, Escape, a tap beside it) gives focus back to the node of the step
 * last shown, marked (aria-current="step"). "Visa steg N i listan" goes to
 * the list, and from there "Tillbaka till schemat" (or the back button)
 * brings the node back into view, marked.
 */

const STEP_HASH = /^#steg-(.+)$/;

export class StepLinks {
  /** Set while our own change of the hash is on its way to a hashchange event. */
  private ownHashChange = false;
  /** The node of the step the dialog shows. */
  private shown?: SVGAElement;
  private readonly dialog?: HTMLDialogElement;

  constructor(
    private readonly element: HTMLElement,
    private readonly nodeOf: (stepId: string) => SVGAElement | undefined,
    private readonly reveal: (element: Element, block: ScrollLogicalPosition) => void,
  ) {
    this.dialog = element.querySelector<HTMLDialogElement>('dialog[data-step-dialog]') ?? undefined;
    element.addEventListener('click', (event) => this.click(event));
    // "Tillbaka till schemat" sits in the list, outside the element.
    document.addEventListener('click', (event) => this.backToChart(event));
    this.dialog?.addEventListener('click', (event) => {
      // The dialog's own box is all padding-free frame: a click on it is one beside the content, on the backdrop.
      if (event.target === this.dialog) this.dialog.close();
    });
    this.dialog?.addEventListener('close', () => {
      const node = this.shown;
      if (!node) return;
      node.focus({ preventScroll: true });
      this.reveal(node, 'center');
    });
  }

  private click(event: MouseEvent) {
    const link = (event.target as Element).closest('a');
    const stepId = STEP_HASH.exec(link?.getAttribute('href') ?? '')?.[1];
    if (!link || !stepId) return;
    const inDialog = this.dialog?.contains(link);
    if (inDialog && link.hasAttribute('data-step-dialog-list')) return this.toList(event, stepId);
    if ((inDialog || link.closest('svg')) && this.open(stepId)) event.preventDefault();
  }

  /** The step's detail in the dialog; false where there is none to show. */
  private open(stepId: string): boolean {
    const item = document.getElementById(`steg-${stepId}`);
    const detail = item?.querySelector(':scope > .step');
    const body = this.dialog?.querySelector('[data-step-dialog-body]');
    const toList = this.dialog?.querySelector<HTMLAnchorElement>('[data-step-dialog-list]');
    if (!item || !detail || !body || !toList || !this.dialog) return false;
    const copy = detail.cloneNode(true) as HTMLElement;
    for (const withId of copy.querySelectorAll('[id]')) withId.removeAttribute('id');
    const title = copy.querySelector<HTMLElement>('.step__title');
    if (title) Object.assign(title, { id: 'steg-dialogens-rubrik', tabIndex: -1 });
    body.replaceChildren(copy);
    const number = [...document.querySelectorAll('ol.steps > li')].indexOf(item) + 1;
    toList.href = `#${item.id}`;
    toList.textContent = `Visa steg ${number} i listan under schemat`;
    this.shown = this.nodeOf(stepId);
    if (this.shown) this.mark(this.shown);
    if (!this.dialog.open) this.dialog.showModal();
    body.scrollTop = 0;
    title?.focus();
    return true;
  }

  /** "Visa steg N i listan": the dialog closes, and focus moves to the step in the list. */
  private toList(event: MouseEvent, stepId: string) {
    const target = document.getElementById(`steg-${stepId}`);
    if (!target) return;
    event.preventDefault();
    // Setting the hash (not pushState) keeps :target styling and the back button.
    location.hash = `#${target.id}`;
    this.shown = undefined;
    this.dialog?.close();
    target.focus();
  }

  /** "Tillbaka till schemat" in a step's detail: to that step's node, focused and marked. */
  private backToChart(event: MouseEvent) {
    const link = (event.target as Element).closest?.('.step__back a');
    const href = link?.getAttribute('href');
    const step = STEP_HASH.exec(`#${link?.closest('li[id]')?.id ?? ''}`)?.[1];
    const node = step ? this.nodeOf(step) : undefined;
    if (!href || !node) return;
    event.preventDefault();
    if (location.hash !== href) {
      this.ownHashChange = true;
      location.hash = href;
    }
    this.mark(node);
    node.focus({ preventScroll: true });
    this.reveal(node, 'center');
  }

  /** The back button from a step in the list to the chart. */
  hashChanged(event: HashChangeEvent) {
    if (this.ownHashChange) {
      this.ownHashChange = false;
      return;
    }
    const left = STEP_HASH.exec(new URL(event.oldURL).hash)?.[1];
    const node = left && !STEP_HASH.test(location.hash) ? this.nodeOf(left) : undefined;
    if (!node) return;
    this.mark(node);
    // After the browser has restored the page's scroll position.
    requestAnimationFrame(() => this.reveal(node, 'center'));
  }

  private mark(node: SVGAElement) {
    for (const marked of this.element.querySelectorAll('svg a[aria-current]')) marked.removeAttribute('aria-current');
    node.setAttribute('aria-current', 'step');
  }
}
