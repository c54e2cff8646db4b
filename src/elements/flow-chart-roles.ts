/**
 * The flowchart's view per role, for <flow-chart> (flow-chart.ts): "Visa
 * steg för" and `#roll=<id>` mark the role's own steps, show the steps that
 * concern it and tone down the rest, in the chart and in the list, from
 * the `data-roller` and `data-berorda` the list's items carry (the same
 * process model as the role pages). Nothing is redrawn. Loaded by
 * flow-chart.ts only when a role is asked for, in the address or the field.
 */
import { countViews, ROLE_VIEW_TAGS, roleFromHash, roleHash, roleView, roleViewSummary, unknownRoleMessage, type RoleView } from '../lib/process/role-view';

export class RoleViews {
  constructor(
    private readonly element: HTMLElement,
    private readonly nodeOf: (stepId: string) => Element | undefined,
    private readonly announce: (text: string) => void,
  ) {}

  /** The reader chose in "Visa steg för". */
  choose(roleId: string) {
    // "Alla roller" drops the fragment: back to the page's path as the server
    // wrote it, not location.pathname, which under an address like
    // //flodesschema/ would name another host (and replaceState would throw).
    history.replaceState(history.state, '', roleHash(roleId) || `${this.element.dataset.path!}${location.search}`);
    this.show(roleId);
  }

  /** An address that names a role: the page opened with one, or a link to a role's view was followed. */
  hashChanged() {
    const role = roleFromHash(location.hash);
    if (role !== undefined) this.show(role, true);
  }

  private show(requested: string, fromAddress = false) {
    const select = this.element.querySelector('select');
    if (!select) return;
    const option = [...select.options].find((candidate) => candidate.value === requested);
    const roleId = option?.value ?? '';
    select.value = roleId;
    const status = this.element.querySelector<HTMLElement>('[data-role-status]');
    if (status) status.textContent = option ? '' : unknownRoleMessage(requested);

    const views: RoleView[] = [];
    for (const item of document.querySelectorAll<HTMLElement>('li[data-roller]')) {
      const view = roleId ? roleView({ roller: item.dataset.roller ?? '', berorda: item.dataset.berorda ?? '' }, roleId) : undefined;
      if (view) views.push(view);
      for (const element of [item, this.nodeOf(item.id.replace(/^steg-/, ''))]) {
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
    listNote(name);
    // Announced on a choice, not when the page opens with a role in its address.
    if (!fromAddress) this.announce(roleViewSummary(name, countViews(views)));
  }
}

/** Above the list: whose steps it shows. */
function listNote(roleName: string | undefined) {
  let note = document.querySelector<HTMLElement>('.steps__role-note');
  if (!roleName) return note?.remove();
  if (!note) {
    note = Object.assign(document.createElement('p'), { className: 'steps__role-note' });
    document.getElementById('stegen')?.after(note);
  }
  note.textContent = `Visar steg för ${roleName}: rollens egna steg och steg som berör rollen i sin helhet, övriga steg bara med sin rubrik. Välj ”Alla roller” ovanför schemat för att se alla.`;
}
