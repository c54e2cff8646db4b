/**
 * <flow-chart>: makes the flowchart's nodes lead to the steps' details.
 *
 * The build normally draws the diagram into the page, where every node is
 * already a link to `#steg-<id>`; this element then only moves keyboard
 * focus to the detail the link opened, so Tab and a screen reader carry on
 * from there. When the build could not draw it (no browser at build time,
 * or `npm run dev`), it draws it here, loading Mermaid only now and only on
 * this page; if that fails, it says so and the list below stays.
 */
import { DIAGRAM_SVG_ID, MERMAID_CONFIG } from '../lib/process/mermaid-config';
import { withPlainLinks } from '../lib/process/svg';

class FlowChart extends HTMLElement {
  async connectedCallback() {
    const canvas = this.querySelector<HTMLElement>('.flowchart__canvas');
    if (!canvas) return;
    if (!canvas.querySelector('svg')) await this.draw(canvas);
    this.addEventListener('click', (event) => this.followNode(event));
  }

  private async draw(canvas: HTMLElement) {
    const status = this.querySelector<HTMLElement>('.diagram__status')!;
    const source = canvas.dataset.mermaidSource;
    if (!source) return;
    canvas.classList.add('flowchart__canvas--drawing');
    status.textContent = 'Ritar flödesschemat …';
    try {
      const { default: mermaid } = await import('mermaid');
      mermaid.initialize(MERMAID_CONFIG);
      const { svg } = await mermaid.render(DIAGRAM_SVG_ID, source);
      // Mermaid's own output in strict mode, from our own model: no user input reaches it.
      canvas.innerHTML = withPlainLinks(svg);
      status.textContent = '';
    } catch {
      status.textContent = 'Flödesschemat kunde inte ritas. Alla steg finns i listan nedan.';
      canvas.hidden = true;
    } finally {
      canvas.classList.remove('flowchart__canvas--drawing');
    }
  }

  /** After a node's link has moved to its detail, put focus there too. */
  private followNode(event: MouseEvent) {
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#steg-')) return;
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    event.preventDefault();
    // Setting the hash (not pushState) keeps :target styling and the back button.
    location.hash = href;
    target.focus({ preventScroll: true });
  }
}

customElements.define('flow-chart', FlowChart);
