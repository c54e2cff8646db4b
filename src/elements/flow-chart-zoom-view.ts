/**
 * What a zoom of the flowchart does, for the inputs flow-chart-zoom.ts
 * listens to; loaded on the first of them. Zoomed in, the chart sits in a
 * box at most a screen tall that pans (flow-chart-pan.ts); fitted, the
 * wheel scrolls the page. Every zoom keeps the point the reader zoomed at
 * (pointer, fingers, focused node) where it was.
 */
import { enablePan } from './flow-chart-pan';
import { centre, clampZoom, maxZoom, nextZoom, scrollToKeep, visiblePart, zoomAnnouncement, type Point, type ZoomAction } from '../lib/zoom';

export class ZoomView {
  /** 1: the whole chart, fitted to its column. */
  private zoom = 1;
  private announceTimer?: number;
  /** Two fingers' spread when they came down, and the zoom then. */
  private pinch?: { distance: number; zoom: number };

  constructor(
    private readonly element: HTMLElement,
    private readonly box: HTMLElement,
    private readonly svg: SVGSVGElement,
    private readonly announce: (text: string) => void,
  ) {
    enablePan(box, () => this.zoom > 1);
    // A narrower or wider column: the same zoom, on its new fitted width. (Phones
    // resize as their address bar comes and goes: nothing else moves then.)
    addEventListener('resize', () => {
      if (this.zoom === 1) return;
      this.zoom = clampZoom(this.zoom, this.maxZoom());
      this.applyZoom();
    });
  }

  /** A button or a key. */
  zoomBy(action: ZoomAction) {
    const focused = document.activeElement?.closest('a');
    const around = focused && this.svg.contains(focused) ? centre(focused.getBoundingClientRect()) : undefined;
    this.setZoom(nextZoom(this.zoom, action, this.maxZoom()), around);
    this.say();
  }

  /** ctrl + wheel, or a trackpad's pinch (which the browser sends as one). */
  wheel(deltaY: number, at: Point) {
    this.setZoom(this.zoom * Math.exp(-deltaY / 300), at);
    this.announceLater();
  }

  pinchStart(fingers: [Point, Point]) {
    this.pinch = { distance: spread(fingers), zoom: this.zoom };
  }

  pinchMove([a, b]: [Point, Point]) {
    if (!this.pinch) return;
    this.setZoom((this.pinch.zoom * spread([a, b])) / this.pinch.distance, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  }

  pinchEnd() {
    if (!this.pinch) return;
    this.pinch = undefined;
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

const spread = ([a, b]: [Point, Point]) => Math.hypot(a.x - b.x, a.y - b.y);
