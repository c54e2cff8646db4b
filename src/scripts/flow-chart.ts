/**
 * <flow-chart>: the flowchart's zoom, its view per role, and the way back
 * to the node a reader left.
 *
 * The build draws the chart into the page; the stylesheet fits it to its
 * column from the first paint, so this element only adds:
 * - zoom and pan: the buttons, + - 0 on the focused chart, ctrl + wheel or a
 *   trackpad's pinch, two fingers on a touch screen; zoomed in, the chart
 *   sits in a box at most a screen tall that scrolls (wheel, scroll bars,
 *   finger, dragged mouse, arrow keys); fitted, the wheel scrolls the page;
 * - a node's link moves focus to the step's detail in the list, and
 *   "Tillbaka till schemat" (or the back button) brings the node back into
 *   view, marked (aria-current="step"); a node focused with the keyboard is
 *   scrolled into view;
 * - "Visa steg för" and `#roll=<id>`: the role's own steps marked, the
 *   steps that concern it shown, the rest toned down, in the chart and in
 *   the list, from the `data-roller` and `data-berorda` the list's items
 *   carry (the same process model as the role pages); nothing is redrawn.
 *
 * When the build could not draw the chart (no browser at build time, or
 * `npm run dev`), it draws it here, loading Mermaid only now and only on
 * this page; if that fails, it says so and the list below stays.
 */
import { countViews, ROLE_VIEW_TAGS, roleFromHash, roleHash, roleView, roleViewSummary, unknownRoleMessage, type RoleView } from '../lib/process/role-view';
import { clampZoom, maxZoom, nextZoom, zoomActionForKey, zoomAnnouncement, type ZoomAction } from '../lib/zoom';

const STEP_HASH = /^#steg-(.+)$/;

interface Point {
  x: number;
  y: number;
}

/** How far one press of an arrow key pans a zoomed chart, in CSS pixels (the browser's own step). */
const PAN_STEP = 40;
const PAN_KEYS: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

class FlowChart extends HTMLElement {
  private box!: HTMLElement;
  private svg?: SVGSVGElement;
  /** 1: the whole chart, fitted to its column. */
  private zoom = 1;
  /** Set while our own change of the hash is on its way to a hashchange event. */
  private ownHashChange = false;

  async connectedCallback() {
    const canvas = this.querySelector<HTMLElement>('.flowchart__canvas');
    const box = this.querySelector<HTMLElement>('.diagram__scroll');
    if (!canvas || !box) return;
    this.box = box;
    if (!canvas.querySelector('svg')) await this.draw(canvas);
    this.svg = canvas.querySelector('svg') ?? undefined;
    this.addEventListener('click', (event) => this.followNode(event));
    // "Tillbaka till schemat" sits in the list, outside this element.
    document.addEventListener('click', (event) => this.backToChart(event));
    window.addEventListener('hashchange', (event) => this.hashChanged(event));
    const select = this.querySelector('select');
    // "Alla roller" drops the fragment: back to the page's path as the server
    // wrote it, not location.pathname, which under an address like
    // //flodesschema/ would name another host (and replaceState would throw).
    const path = this.dataset.path!;
    select?.addEventListener('change', () => {
      history.replaceState(history.state, '', roleHash(select.value) || `${path}${location.search}`);
      this.showRole(select.value);
    });
    if (this.svg) this.enableZoom();
    else this.querySelector<HTMLElement>('.diagram__zoom')?.setAttribute('hidden', '');
    // The address decides, not a choice the browser restored into the field.
    this.showRole(roleFromHash(location.hash) ?? '', true);
  }

  private async draw(canvas: HTMLElement) {
    const status = this.querySelector<HTMLElement>('.diagram__status')!;
    const source = canvas.dataset.mermaidSource;
    if (!source) return;
    canvas.classList.add('flowchart__canvas--drawing');
    status.textContent = 'Ritar flödesschemat …';
    const drawn = await import('./flow-chart-draw').then(({ drawChart }) => drawChart(canvas, source)).catch(() => false);
    status.textContent = drawn ? '' : 'Flödesschemat kunde inte ritas. Alla steg finns i listan nedan.';
    canvas.hidden = !drawn;
    canvas.classList.remove('flowchart__canvas--drawing');
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
    const node = step ? this.node(step) : undefined;
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

  /** The back button from a step to the chart (or a link to a role's view). */
  private hashChanged(event: HashChangeEvent) {
    if (this.ownHashChange) {
      this.ownHashChange = false;
      return;
    }
    const role = roleFromHash(location.hash);
    if (role !== undefined) this.showRole(role, true);
    const left = STEP_HASH.exec(new URL(event.oldURL).hash)?.[1];
    const node = left && !STEP_HASH.test(location.hash) ? this.node(left) : undefined;
    if (!node) return;
    this.mark(node);
    // After the browser has restored the page's scroll position.
    requestAnimationFrame(() => this.reveal(node, 'center'));
  }

  private node(stepId: string): SVGAElement | undefined {
    return this.svg?.querySelector<SVGAElement>(`a[href="#steg-${CSS.escape(stepId)}"]`) ?? undefined;
  }

  private mark(node: SVGAElement) {
    for (const marked of this.querySelectorAll('a[aria-current]')) marked.removeAttribute('aria-current');
    node.setAttribute('aria-current', 'step');
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

  private reveal(element: Element, block: ScrollLogicalPosition) {
    if (!this.inView(element)) element.scrollIntoView({ block, inline: 'center' });
  }

  // Zoom and pan

  private enableZoom() {
    const box = this.box;
    box.tabIndex = 0;
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', 'Schemat');
    box.setAttribute('aria-describedby', 'schema-hjalp');
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        if (button.getAttribute('aria-disabled') !== 'true') this.zoomBy(button.dataset.zoom as ZoomAction);
      });
    }
    box.addEventListener('keydown', (event) => {
      const action = zoomActionForKey(event.key, event);
      if (action) {
        event.preventDefault();
        this.zoomBy(action);
        return;
      }
      // Arrow keys pan a zoomed chart. Done here rather than left to the
      // browser: its keyboard scrolling of a focused box is animated and, on
      // a busy machine, sometimes lost right after the box has been resized.
      const pan = this.zoom > 1 && event.target === box && !event.ctrlKey && !event.altKey && !event.metaKey ? PAN_KEYS[event.key] : undefined;
      if (!pan) return;
      event.preventDefault();
      box.scrollBy(pan[0] * PAN_STEP, pan[1] * PAN_STEP);
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
    this.enableDrag();
    // A narrower or wider column: the same zoom, on its new fitted width. (Phones
    // resize as their address bar comes and goes: nothing else moves then.)
    addEventListener('resize', () => {
      if (this.zoom === 1) return;
      this.zoom = clampZoom(this.zoom, this.maxZoom());
      this.applyZoom();
    });
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
      this.announce();
    };
    this.box.addEventListener('touchend', end);
    this.box.addEventListener('touchcancel', end);
  }

  /** A zoomed chart follows a dragged mouse; a drag is not a click on a node. */
  private enableDrag() {
    const box = this.box;
    box.addEventListener('pointerdown', (down) => {
      if (down.pointerType !== 'mouse' || down.button !== 0 || this.zoom === 1) return;
      const from = { x: down.clientX, y: down.clientY, left: box.scrollLeft, top: box.scrollTop };
      let dragged = false;
      const move = (event: PointerEvent) => {
        const [dx, dy] = [event.clientX - from.x, event.clientY - from.y];
        if (!dragged && Math.hypot(dx, dy) < 5) return;
        dragged = true;
        box.scrollLeft = from.left - dx;
        box.scrollTop = from.top - dy;
      };
      const up = () => {
        removeEventListener('pointermove', move);
        if (dragged) addEventListener('click', swallow, { capture: true, once: true });
        // A click that never comes (released outside the page) must not eat the next one.
        setTimeout(() => removeEventListener('click', swallow, { capture: true }), 0);
      };
      const swallow = (event: Event) => {
        event.preventDefault();
        event.stopPropagation();
      };
      addEventListener('pointermove', move);
      addEventListener('pointerup', up, { once: true });
    });
  }

  private zoomBy(action: ZoomAction) {
    const focused = document.activeElement?.closest('a');
    const around = focused && this.svg?.contains(focused) ? centre(focused.getBoundingClientRect()) : undefined;
    this.setZoom(nextZoom(this.zoom, action, this.maxZoom()), around);
    this.announce();
  }

  private fittedWidth(): number {
    return Math.min(this.svg!.width.baseVal.value, this.box.clientWidth);
  }

  private maxZoom(): number {
    return maxZoom(this.svg!.width.baseVal.value, this.fittedWidth());
  }

  /**
   * Zooms to `next`, keeping the point of the chart under `at` (a pointer,
   * the fingers, the focused node; by default the middle of what is seen)
   * where it was, as far as the box lets it.
   */
  private setZoom(next: number, at?: Point) {
    const svg = this.svg;
    if (!svg) return;
    next = clampZoom(next, this.maxZoom());
    if (next === this.zoom) return;
    const box = this.box;
    const seen = visiblePart(box.getBoundingClientRect());
    const point = at ?? centre(seen);
    const before = svg.getBoundingClientRect();
    const [u, v] = [(point.x - before.left) / before.width, (point.y - before.top) / before.height];

    this.zoom = next;
    const zoomed = this.applyZoom();
    if (!zoomed) {
      // Back to the whole chart: its top where the reader can see it.
      if (box.getBoundingClientRect().top < 0) this.querySelector('.diagram__tools')?.scrollIntoView({ block: 'start' });
      return;
    }
    // Zoomed, the box is at most a screen tall: all of it on screen, and
    // the buttons above it where they fit too.
    const boxRect = box.getBoundingClientRect();
    if (boxRect.top < 0 || boxRect.bottom > innerHeight) {
      const buttons = this.querySelector('.diagram__zoom')?.getBoundingClientRect().top ?? boxRect.top;
      scrollBy(0, boxRect.bottom - buttons <= innerHeight ? buttons : boxRect.bottom - innerHeight);
    }
    const after = svg.getBoundingClientRect();
    const shown = box.getBoundingClientRect();
    const target = { x: clamp(point.x, shown.left, shown.right), y: clamp(point.y, shown.top, shown.bottom) };
    box.scrollLeft += after.left + u * after.width - target.x;
    box.scrollTop += after.top + v * after.height - target.y;
  }

  /** The chart at this.zoom: its width, the box it pans in, the buttons' state. */
  private applyZoom(): boolean {
    const zoomed = this.zoom > 1;
    // The box scrolls before the width is measured, so its scroll bar is counted.
    this.box.classList.toggle('is-zoomed', zoomed);
    const width = zoomed ? `${this.fittedWidth() * this.zoom}px` : '';
    this.svg!.style.maxWidth = zoomed ? 'none' : '';
    this.svg!.style.width = width;
    // The phase names' size follows the chart's (flowchart.css); fitted, CSS knows it.
    this.svg!.style.setProperty('--shown-width', width);
    this.updateButtons();
    return zoomed;
  }

  private updateButtons() {
    const limits: Record<ZoomAction, boolean> = { in: this.zoom >= this.maxZoom() - 1e-6, out: this.zoom <= 1, fit: this.zoom <= 1 };
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.setAttribute('aria-disabled', String(limits[button.dataset.zoom as ZoomAction]));
    }
  }

  private announceTimer?: number;

  private announce(text = zoomAnnouncement(this.zoom)) {
    clearTimeout(this.announceTimer);
    const region = this.querySelector<HTMLElement>('[data-announce]');
    if (region) region.textContent = text;
  }

  /** A wheel turns many times: say the level once it rests. */
  private announceLater() {
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => this.announce(), 600);
  }

  // The view per role

  private showRole(requested: string, fromAddress = false) {
    const select = this.querySelector('select');
    if (!select) return;
    const option = [...select.options].find((candidate) => candidate.value === requested);
    const roleId = option?.value ?? '';
    select.value = roleId;
    const status = this.querySelector<HTMLElement>('[data-role-status]');
    if (status) status.textContent = option ? '' : unknownRoleMessage(requested);

    const views: RoleView[] = [];
    for (const item of document.querySelectorAll<HTMLElement>('li[data-roller]')) {
      const view = roleId ? roleView({ roller: item.dataset.roller ?? '', berorda: item.dataset.berorda ?? '' }, roleId) : undefined;
      if (view) views.push(view);
      const node = this.node(item.id.replace(/^steg-/, ''));
      for (const element of [item, node]) {
        if (view) element?.setAttribute('data-role-view', view);
        else element?.removeAttribute('data-role-view');
      }
      let tag = item.querySelector<HTMLElement>(':scope > .step__role-tag');
      if (view && view !== 'other') {
        tag ??= item.insertAdjacentElement('afterbegin', Object.assign(document.createElement('p'), { className: 'step__role-tag' })) as HTMLElement;
        tag.textContent = ROLE_VIEW_TAGS[view];
      } else tag?.remove();
    }
    const name = roleId ? option?.textContent?.trim() : undefined;
    this.listNote(name);
    // Announced on a choice, not when the page opens with a role in its address.
    if (!fromAddress) this.announce(roleViewSummary(name, countViews(views)));
  }

  /** Above the list: whose steps it shows. */
  private listNote(roleName: string | undefined) {
    let note = document.querySelector<HTMLElement>('.steps__role-note');
    if (!roleName) return note?.remove();
    if (!note) {
      note = Object.assign(document.createElement('p'), { className: 'steps__role-note' });
      document.getElementById('stegen')?.after(note);
    }
    note.textContent = `Visar steg för ${roleName}: rollens egna steg och steg som berör rollen i sin helhet, övriga steg bara med sin rubrik. Välj ”Alla roller” ovanför schemat för att se alla.`;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function centre(rect: { left: number; top: number; width: number; height: number }): Point {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** The part of a box inside the window. */
function visiblePart(rect: DOMRect) {
  const left = Math.max(rect.left, 0);
  const top = Math.max(rect.top, 0);
  const right = Math.min(rect.right, innerWidth);
  const bottom = Math.min(rect.bottom, innerHeight);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

customElements.define('flow-chart', FlowChart);
