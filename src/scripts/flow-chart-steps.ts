/**
 * From a node of the flowchart to its step, and the way back, for
 * <flow-chart> (flow-chart.ts): a node's link moves focus to the step's
 * detail in the list, and "Tillbaka till schemat" (or the back button)
 * brings the node back into view, marked (aria-current="step").
 */

const STEP_HASH = /^#steg-(.+)$/;

export class StepLinks {
  /** Set while our own change of the hash is on its way to a hashchange event. */
  private ownHashChange = false;

  constructor(
    element: HTMLElement,
    private readonly nodeOf: (stepId: string) => SVGAElement | undefined,
    private readonly reveal: (element: Element, block: ScrollLogicalPosition) => void,
  ) {
    element.addEventListener('click', (event) => this.followNode(event));
    // "Tillbaka till schemat" sits in the list, outside the element.
    document.addEventListener('click', (event) => this.backToChart(event));
  }

  /** After a node's link has moved to its detail, put focus there too. */
  private followNode(event: MouseEvent) {
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href');
    if (!href || !STEP_HASH.test(href)) return;
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    event.preventDefault();
    // Setting the hash (not pushState) keeps :target styling and the back button.
    location.hash = href;
    target.focus({ preventScroll: true });
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

  /** The back button from a step to the chart. */
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
    for (const marked of node.ownerSVGElement?.querySelectorAll('a[aria-current]') ?? []) marked.removeAttribute('aria-current');
    node.setAttribute('aria-current', 'step');
  }
}
