/**
 * The flowchart's zoom, for <flow-chart> (flow-chart.ts): the inputs that
 * zoom (the buttons, + - 0 on the focused chart, ctrl + wheel or a
 * trackpad's pinch, two fingers on a touch screen). What a zoom does, and
 * the pan of a zoomed chart, is flow-chart-zoom-view.ts, loaded on the
 * first of these inputs: most readers never zoom, and the page's budget
 * (docs/bench.md) counts what a first visit loads. The inputs that come
 * while it loads are kept and played in their order once it is there; the
 * ones the browser would act on itself (ctrl + wheel, two fingers) are
 * stopped at once.
 */
import { zoomActionForKey, type ZoomAction } from '../lib/zoom-keys';
import type { ZoomView } from './flow-chart-zoom-view';

type Fingers = [{ x: number; y: number }, { x: number; y: number }];
const fingers = (touches: TouchList): Fingers => [0, 1].map((index) => ({ x: touches[index]!.clientX, y: touches[index]!.clientY })) as Fingers;

export class ChartZoom {
  private view?: ZoomView;
  private loading = false;
  private readonly waiting: ((view: ZoomView) => void)[] = [];
  /** Two fingers came down on the chart and have not both left it. */
  private pinching = false;

  constructor(
    private readonly element: HTMLElement,
    private readonly box: HTMLElement,
    private readonly svg: SVGSVGElement,
    private readonly announce: (text: string) => void,
  ) {
    box.tabIndex = 0;
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', 'Schemat');
    box.setAttribute('aria-describedby', 'schema-hjalp');
    for (const button of element.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        if (button.getAttribute('aria-disabled') !== 'true') this.use((view) => view.zoomBy(button.dataset.zoom as ZoomAction));
      });
    }
    box.addEventListener('keydown', (event) => {
      const action = zoomActionForKey(event.key, event);
      if (!action) return;
      event.preventDefault();
      this.use((view) => view.zoomBy(action));
    });
    box.addEventListener('focusin', (event) => {
      const link = (event.target as Element).closest('a');
      if (link) this.reveal(link, 'nearest');
    });
    // ctrl + wheel, and a trackpad's pinch (which the browser sends as one):
    // the chart's zoom. A plain wheel is left to the browser.
    box.addEventListener(
      'wheel',
      (event) => {
        if (!event.ctrlKey) return;
        event.preventDefault();
        const at = { x: event.clientX, y: event.clientY };
        this.use((view) => view.wheel(event.deltaY, at));
      },
      { passive: false },
    );
    box.addEventListener(
      'touchstart',
      (event) => {
        if (event.touches.length !== 2) return;
        this.pinching = true;
        const start = fingers(event.touches);
        this.use((view) => view.pinchStart(start));
      },
      { passive: true },
    );
    box.addEventListener(
      'touchmove',
      (event) => {
        if (!this.pinching || event.touches.length !== 2) return;
        if (event.cancelable) event.preventDefault();
        const now = fingers(event.touches);
        this.use((view) => view.pinchMove(now));
      },
      { passive: false },
    );
    const end = (event: TouchEvent) => {
      if (!this.pinching || event.touches.length >= 2) return;
      this.pinching = false;
      this.use((view) => view.pinchEnd());
    };
    box.addEventListener('touchend', end);
    box.addEventListener('touchcancel', end);
  }

  /** Scrolls the element into sight, unless the reader already sees all of it. */
  reveal(element: Element, block: ScrollLogicalPosition) {
    if (!this.inView(element)) element.scrollIntoView({ block, inline: 'center' });
  }

  /** Is the element wholly inside what the reader sees of the chart? */
  private inView(element: Element): boolean {
    const rect = element.getBoundingClientRect();
    const box = this.box.getBoundingClientRect();
    return (
      rect.top >= Math.max(box.top, 0) &&
      rect.bottom <= Math.min(box.bottom, innerHeight) &&
      rect.left >= Math.max(box.left, 0) &&
      rect.right <= Math.min(box.right, innerWidth)
    );
  }

  /** Zooms now, or once the zoom is loaded; a failed load is said, and the next input tries again. */
  private use(zoom: (view: ZoomView) => void) {
    if (this.view) return zoom(this.view);
    this.waiting.push(zoom);
    if (this.loading) return;
    this.loading = true;
    import('./flow-chart-zoom-view')
      .then(({ ZoomView }) => {
        this.view = new ZoomView(this.element, this.box, this.svg, this.announce);
        for (const waiting of this.waiting.splice(0)) waiting(this.view);
      })
      .catch(() => {
        this.waiting.length = 0;
        this.announce('Schemat kunde inte zoomas just nu. Försök igen, eller läs stegen i listan under schemat.');
      })
      .finally(() => (this.loading = false));
  }
}
