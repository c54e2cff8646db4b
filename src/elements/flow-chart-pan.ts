/**
 * Panning the zoomed flowchart in its box (flow-chart-zoom.ts), beside what
 * the browser does itself (wheel, scroll bars, a finger): a dragged mouse
 * and the arrow keys.
 */

/** How far one press of an arrow key pans, in CSS pixels (the browser's own step). */
const PAN_STEP = 40;
const PAN_KEYS: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

export function enablePan(box: HTMLElement, zoomed: () => boolean) {
  // Done here rather than left to the browser: its keyboard scrolling of a
  // focused box is animated and, on a busy machine, sometimes lost right
  // after the box has been resized.
  box.addEventListener('keydown', (event) => {
    const pan = zoomed() && event.target === box && !event.ctrlKey && !event.altKey && !event.metaKey ? PAN_KEYS[event.key] : undefined;
    if (!pan) return;
    event.preventDefault();
    box.scrollBy(pan[0] * PAN_STEP, pan[1] * PAN_STEP);
  });
  // A zoomed chart follows a dragged mouse; a drag is not a click on a node.
  box.addEventListener('pointerdown', (down) => {
    if (down.pointerType !== 'mouse' || down.button !== 0 || !zoomed()) return;
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
