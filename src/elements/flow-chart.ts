/**
 * <flow-chart>: the flowchart the build drew into the page, enhanced. The
 * stylesheet fits the chart to its column from the first paint; this
 * element adds its three jobs, one module each:
 * - zoom and pan (flow-chart-zoom.ts),
 * - the view per role (flow-chart-roles.ts),
 * - from a node to its step and back (flow-chart-steps.ts).
 * The zoom's work and the role view are loaded when first asked for: a
 * first visit loads only what it uses (the page's budget, docs/bench.md).
 *
 * When the build could not draw the chart (no browser at build time, or
 * `npm run dev`), it draws it here, loading Mermaid only now and only on
 * this page; if that fails, it says so and the list below stays.
 */
import type { RoleViews } from './flow-chart-roles';
import { StepLinks } from './flow-chart-steps';
import { ChartZoom } from './flow-chart-zoom';

class FlowChart extends HTMLElement {
  async connectedCallback() {
    const canvas = this.querySelector<HTMLElement>('.flowchart__canvas');
    const box = this.querySelector<HTMLElement>('.diagram__scroll');
    if (!canvas || !box) return;
    if (!canvas.querySelector('svg')) await this.draw(canvas);
    const svg = canvas.querySelector('svg');
    const nodeOf = (stepId: string) => svg?.querySelector<SVGAElement>(`a[href="#steg-${CSS.escape(stepId)}"]`) ?? undefined;
    const announce = (text: string) => {
      const region = this.querySelector<HTMLElement>('[data-announce]');
      if (region) region.textContent = text;
    };
    const zoom = svg ? new ChartZoom(this, box, svg, announce) : undefined;
    if (!zoom) this.querySelector<HTMLElement>('.diagram__zoom')?.setAttribute('hidden', '');
    const steps = new StepLinks(this, nodeOf, (element, block) => zoom?.reveal(element, block));
    let roles: Promise<RoleViews> | undefined;
    const withRoles = (then: (views: RoleViews) => void) => {
      roles ??= import('./flow-chart-roles').then(({ RoleViews }) => new RoleViews(this, nodeOf, announce));
      roles.then(then, () => {
        roles = undefined;
        announce('Stegen för rollen kunde inte visas just nu. Försök igen.');
      });
    };
    // The address names a role as roleHash (src/lib/process/role-view.ts) writes it.
    const roleInAddress = () => location.hash.startsWith('#roll=');
    const select = this.querySelector('select');
    select?.addEventListener('change', () => {
      const chosen = select.value;
      withRoles((views) => views.choose(chosen));
    });
    // The address decides, not a choice the browser restored into the field.
    if (roleInAddress()) withRoles((views) => views.hashChanged());
    else if (select) select.value = '';
    addEventListener('hashchange', (event) => {
      steps.hashChanged(event);
      if (roleInAddress()) withRoles((views) => views.hashChanged());
    });
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
}

customElements.define('flow-chart', FlowChart);
