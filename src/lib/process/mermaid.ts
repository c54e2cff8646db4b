import { orderedSteps, roleById, stepAnchor, stepsByPhase, type ProcessModel, type Step } from './model.ts';

/** Mermaid node ids allow no hyphens reliably: `samtycke-x` becomes `s_samtycke_x`. */
export function nodeId(stepId: string): string {
  return `s_${stepId.replace(/-/g, '_')}`;
}

/** The step id back from a rendered node's DOM id (`…-flowchart-s_x_y-12`). */
export function stepIdFromNodeElementId(elementId: string, stepIds: string[]): string | undefined {
  const match = /(?:^|-)flowchart-(s_[A-Za-z0-9_]+)-\d+$/.exec(elementId);
  return match ? stepIds.find((id) => nodeId(id) === match[1]) : undefined;
}

/** Text inside a quoted Mermaid label: quotes and angle brackets as entities. */
function label(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

export const FLOWCHART_TITLE = 'Flödesschema för Insluss';

/**
 * The whole process as a Mermaid flowchart: one subgraph per phase, each
 * node titled with its role's short name and the step, Nordost-only steps
 * in their own class, outcomes as rounded ends, and every node a link to
 * its detail on the same page (`#steg-<id>`).
 */
export function mermaidSource(model: ProcessModel): string {
  const steps = orderedSteps(model);
  const lines = [
    'flowchart TB',
    `  accTitle: ${FLOWCHART_TITLE}`,
    `  accDescr: ${describe(model, steps)}`,
  ];
  for (const { phase, steps: inPhase } of stepsByPhase(model, steps)) {
    lines.push(`  subgraph fas_${phase.id.replace(/-/g, '_')}["${label(phase.namn)}"]`, '    direction TB');
    for (const step of inPhase) lines.push(`    ${node(model, step)}`);
    lines.push('  end');
  }
  for (const step of steps) {
    for (const edge of step.nasta) {
      const arrow = edge.etikett ? `-->|"${label(edge.etikett)}"|` : '-->';
      lines.push(`  ${nodeId(step.id)} ${arrow} ${nodeId(edge.till)}`);
    }
  }
  const nordost = steps.filter((step) => step.omfattning === 'nordost').map((step) => nodeId(step.id));
  const outcomes = steps.filter((step) => step.typ === 'utfall').map((step) => nodeId(step.id));
  lines.push('  classDef nordost stroke-dasharray: 6 4,stroke-width:2px');
  lines.push('  classDef utfall stroke-width:3px');
  if (nordost.length) lines.push(`  class ${nordost.join(',')} nordost`);
  if (outcomes.length) lines.push(`  class ${outcomes.join(',')} utfall`);
  for (const step of steps) {
    lines.push(`  click ${nodeId(step.id)} href "#${stepAnchor(step.id)}"`);
  }
  return `${lines.join('\n')}\n`;
}

function node(model: ProcessModel, step: Step): string {
  const who = step.roller.map((id) => roleById(model, id).kortnamn).join(' / ');
  const text = label(`${who}: ${step.titel}`);
  return step.typ === 'utfall' ? `${nodeId(step.id)}(["${text}"])` : `${nodeId(step.id)}["${text}"]`;
}

function describe(model: ProcessModel, steps: Step[]): string {
  const phases = stepsByPhase(model, steps).map((group) => group.phase.namn.toLowerCase());
  return `Insluss-processens ${steps.length} steg i ${phases.length} faser: ${phases.join(', ')}. Samma steg finns som numrerad lista under schemat.`;
}
