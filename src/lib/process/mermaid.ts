import { isLocal, scopeDistricts } from '../districts.ts';
import { orderedSteps, ownerMark, roleById, stepAnchor, stepsByPhase, type ProcessModel, type Step } from './model.ts';

export { ownerMark };

/** Mermaid node ids allow no hyphens reliably: `samtycke-x` becomes `s_samtycke_x`. */
export function nodeId(stepId: string): string {
  return `s_${stepId.replace(/-/g, '_')}`;
}

/** Text inside a quoted Mermaid label: quotes and angle brackets as entities. */
function label(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

export const FLOWCHART_TITLE = 'Flödesschema för Insluss';

/**
 * The whole process as a Mermaid flowchart drawn in one column, so that a
 * phone shows it at reading size and the reader follows it by scrolling
 * down (docs/flowchart.md):
 * - one subgraph per phase, each node titled with its role's short name and
 *   the step, steps of a local routine in the class `lokal` with the
 *   administration(s) it applies to after the role (and a mark where the
 *   routine names no owner), outcomes as rounded ends in the class `utfall`;
 * - every step below the one before it in the list's order: an invisible
 *   link (`~~~`) from each step to the next gives each a row of its own, and
 *   the arrows run beside the column;
 * - an arrow's condition (`etikett`) written in bold at the top of the step
 *   it leads to, not on the arrow, where the layout would need the width of
 *   the label beside the column;
 * - every node a link to its detail on the same page (`#steg-<id>`).
 * The classes carry no styles here: the site's stylesheet draws them, so
 * the chart takes its colours from the site's tokens.
 */
export function mermaidSource(model: ProcessModel): string {
  const steps = orderedSteps(model);
  const lines = [
    'flowchart TB',
    `  accTitle: ${FLOWCHART_TITLE}`,
    `  accDescr: ${describe(model, steps)}`,
  ];
  const conditions = arrowConditions(steps);
  for (const { phase, steps: inPhase } of stepsByPhase(model, steps)) {
    lines.push(`  subgraph fas_${phase.id.replace(/-/g, '_')}["${label(phase.namn)}"]`, '    direction TB');
    for (const step of inPhase) lines.push(`    ${node(model, step, conditions.get(step.id))}`);
    lines.push('  end');
  }
  for (const step of steps) {
    for (const edge of step.nasta) lines.push(`  ${nodeId(step.id)} --> ${nodeId(edge.till)}`);
  }
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    if (next && !step.nasta.some((edge) => edge.till === next.id)) lines.push(`  ${nodeId(step.id)} ~~~ ${nodeId(next.id)}`);
  });
  const local = steps.filter((step) => isLocal(model.routines, step.omfattning)).map((step) => nodeId(step.id));
  const outcomes = steps.filter((step) => step.typ === 'utfall').map((step) => nodeId(step.id));
  if (local.length) lines.push(`  class ${local.join(',')} lokal`);
  if (outcomes.length) lines.push(`  class ${outcomes.join(',')} utfall`);
  for (const step of steps) {
    lines.push(`  click ${nodeId(step.id)} href "#${stepAnchor(step.id)}"`);
  }
  const source = `${lines.join('\n')}\n`;
  const missing = missingAccessibleText(source);
  if (missing.length > 0) throw new Error(`Flödesschemat saknar ${missing.join(' och ')} (titel och beskrivning för skärmläsare).`);
  return source;
}

/** Each step's conditions on the arrows into it, in the order of the steps they come from, each once. */
export function arrowConditions(steps: Step[]): Map<string, string[]> {
  const conditions = new Map<string, string[]>();
  for (const step of steps) {
    for (const edge of step.nasta) {
      const known = conditions.get(edge.till) ?? [];
      if (edge.etikett && !known.includes(edge.etikett)) conditions.set(edge.till, [...known, edge.etikett]);
    }
  }
  return conditions;
}

function node(model: ProcessModel, step: Step, conditions: string[] = []): string {
  const who = step.roller.map((id) => roleById(model, id).kortnamn).join(' / ');
  // A dashed frame alone cannot say which administration's routine a step is from.
  const where = scopeDistricts(model.routines, step.omfattning);
  const notes = [where, ownerMark(step)].filter(Boolean);
  const condition = conditions.length > 0 ? `<b>${label(conditions.join('; '))}</b><br>` : '';
  const text = `${condition}${label(`${who}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}: ${step.titel}`)}`;
  // A rounded rectangle, not Mermaid's stadium: that shape is drawn as a
  // hand-drawn path of some 30 KB; the stylesheet rounds the corners more.
  return step.typ === 'utfall' ? `${nodeId(step.id)}("${text}")` : `${nodeId(step.id)}["${text}"]`;
}

/** The chart's description for assistive technology (accDescr): one line, in Swedish. */
function describe(model: ProcessModel, steps: Step[]): string {
  const phases = stepsByPhase(model, steps).map((group) => group.phase.namn.replace(/\s+/g, ' '));
  return (
    `Insluss-processen från första kontakt till övervakningstidens slut, i ${phases.length} faser: ${phases.join('; ')}. ` +
    `Schemat har ${steps.length} steg i en kolumn, med pilar till stegen som följer; en pils villkor står först i steget den leder till. ` +
    'Varje steg är en länk till sin beskrivning. ' +
    'Samma steg finns som numrerad lista under schemat: den är schemats textversion.'
  );
}

/**
 * Which of Mermaid's accessible title (accTitle) and description
 * (accDescr) a chart's source lacks or leaves empty; the build stops on
 * either, since the chart is then a picture without a name.
 */
export function missingAccessibleText(source: string): Array<'accTitle' | 'accDescr'> {
  return (['accTitle', 'accDescr'] as const).filter((key) => !new RegExp(`^\\s*${key}\\s*:\\s*\\S`, 'm').test(source));
}
