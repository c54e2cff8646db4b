/**
 * The flowchart's zoom and pan, for <flow-chart> (flow-chart.ts): the
 * buttons, + - 0 on the focused chart, ctrl + wheel or a trackpad's pinch,
 * two fingers on a touch screen. Zoomed in, the chart sits in a box at most
 * a screen tall that pans (flow-chart-pan.ts); fitted, the wheel scrolls the
 * page. Every zoom keeps the point the reader zoomed at (pointer, fingers,
 * focused node) where it was.
 */
import { enablePan } from './flow-chart-pan';
import { centre, clampZoom, maxZoom, nextZoom, scrollToKeep, visiblePart, zoomActionForKey, zoomAnnouncement, type Point, type ZoomAction } from '../lib/zoom';

export class ChartZoom {
  /** 1: the whole chart, fitted to its column. */
  private zoom = 1;
  private announceTimer?: number;

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
        if (button.getAttribute('aria-disabled') !== 'true') this.zoomBy(button.dataset.zoom as ZoomAction);
      });
    }
    box.addEventListener('keydown', (event) => {
      const action = zoomActionForKey(event.key, event);
      if (!action) return;
      event.preventDefault();
      this.zoomBy(action);
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
        this.setZoom(this.zoom * Math.exp(-event.deltaY / 300), { x: event.clientX, y: event.clientY });
        this.announceLater();
      },
      { passive: false },
    );
    this.enablePinch();
    enablePan(box, () => this.zoom > 1);
    // A narrower or wider column: the same zoom, on its new fitted width. (Phones
    // resize as their address bar comes and goes: nothing else moves then.)
    addEventListener('resize', () => {
      if (this.zoom === 1) return;
      this.zoom = clampZoom(this.zoom, this.maxZoom());
      this.applyZoom();
    });
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

  private enablePinch() {
    let start: { distance: number; zoom: number } | undefined;
    const spread = (touches: TouchList) => Math.hypot(touches[0]!.clientX - touches[1]!.clientX, touches[0]!.clientY - touches[1]!.clientY);
    this.box.addEventListener(
      'touchstart',
      (event) => {
        if (event.touches.length === 2) start = { distance: spread(event.touches), zoom: this.zoom };
      },
      { passive: true },
    );
    this.box.addEventListener(
      'touchmove',
      (event) => {
        if (!start || event.touches.length !== 2) return;
        if (event.cancelable) event.preventDefault();
        const [a, b] = [event.touches[0]!, event.touches[1]!];
        this.setZoom((start.zoom * spread(event.touches)) / start.distance, { x: (a.clientX + b.clientX) / 2, y: (a.clientY + b.clientY) / 2 });
      },
      { passive: false },
    );
    const end = (event: TouchEvent) => {
      if (!start || event.touches.length >= 2) return;
      start = undefined;
      this.say();
    };
    this.box.addEventListener('touchend', end);
    this.box.addEventListener('touchcancel', end);
  }

  private zoomBy(action: ZoomAction) {
    const focused = document.activeElement?.closest('a');
    const around = focused && this.svg.contains(focused) ? centre(focused.getBoundingClientRect()) : undefined;
    this.setZoom(nextZoom(this.zoom, action, this.maxZoom()), around);
    this.say();
  }

  private fittedWidth(): number {
    return Math.min(this.svg.width.baseVal.value, this.box.clientWidth);
  }

  private maxZoom(): number {
    return maxZoom(this.svg.width.baseVal.value, this.fittedWidth());
  }

  /**
   * Zooms to `next`, keeping the point of the chart under `at` (a pointer,
   * the fingers, the focused node; by default the middle of what is seen)
   * where it was, as far as the box lets it.
   */
  private setZoom(next: number, at?: Point) {
    next = clampZoom(next, this.maxZoom());
    if (next === this.zoom) return;
    const box = this.box;
    const point = at ?? centre(visiblePart(box.getBoundingClientRect(), innerWidth, innerHeight));
    const before = this.svg.getBoundingClientRect();

    this.zoom = next;
    if (!this.applyZoom()) {
      // Back to the whole chart: its top, and the buttons above it, where the reader can see them.
      if (box.getBoundingClientRect().top < 0) scrollBy(0, this.controlsTop());
      return;
    }
    // Zoomed, the box is at most a screen tall: all of it on screen, and
    // the buttons above it where they fit too.
    const boxRect = box.getBoundingClientRect();
    if (boxRect.top < 0 || boxRect.bottom > innerHeight) {
      const top = this.controlsTop();
      scrollBy(0, boxRect.bottom - top <= innerHeight ? top : boxRect.bottom - innerHeight);
    }
    const by = scrollToKeep(point, before, this.svg.getBoundingClientRect(), box.getBoundingClientRect());
    box.scrollLeft += by.x;
    box.scrollTop += by.y;
  }

  /** The top of the zoom buttons where they stand above the chart (a phone), else of the chart (they stand beside it). */
  private controlsTop(): number {
    const box = this.box.getBoundingClientRect();
    const buttons = this.element.querySelector('.diagram__zoom')?.getBoundingClientRect();
    return buttons && buttons.bottom <= box.top ? buttons.top : box.top;
  }

  /** The chart at this.zoom: its width, the box it pans in, the buttons' state. */
  private applyZoom(): boolean {
    const zoomed = this.zoom > 1;
    // The box scrolls before the width is measured, so its scroll bar is counted.
    this.box.classList.toggle('is-zoomed', zoomed);
    const width = zoomed ? `${this.fittedWidth() * this.zoom}px` : '';
    this.svg.style.maxWidth = zoomed ? 'none' : '';
    this.svg.style.width = width;
    // The phase names' size follows the chart's (flowchart.css); fitted, CSS knows it.
    this.svg.style.setProperty('--shown-width', width);
    const limits: Record<ZoomAction, boolean> = { in: this.zoom >= this.maxZoom() - 1e-6, out: this.zoom <= 1, fit: this.zoom <= 1 };
    for (const button of this.element.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.setAttribute('aria-disabled', String(limits[button.dataset.zoom as ZoomAction]));
    }
    return zoomed;
  }

  private say() {
    clearTimeout(this.announceTimer);
    this.announce(zoomAnnouncement(this.zoom));
  }

  /** A wheel turns many times: say the level once it rests. */
  private announceLater() {
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => this.say(), 600);
  }
}
