import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { RoutineScope } from '../districts.ts';
import type { Phase, ProcessModel, QuestionEntry, Role, Step } from './model.ts';
import { withAdministrations } from './questions.ts';
import type { RoutineText } from './validate.ts';
import { FILES } from './validate.ts';

/**
 * The process model and the routines read straight from content/, for
 * Node (the unit tests and `npm run granska`), outside Astro's content
 * layer. The build validates the same files through the schemas in
 * src/content.config.ts; the defaults below are the schemas' defaults.
 */
export function readProcessModel(root = '.'): ProcessModel {
  const list = (file: string) => parseYaml(readFileSync(join(root, file), 'utf8')) as Array<Record<string, unknown>>;
  const routines = readRoutineScopes(root);
  return {
    roles: list(FILES.roles).map((role) => ({ kontakter: [], ...role }) as unknown as Role),
    phases: list(FILES.phases) as unknown as Phase[],
    steps: list(FILES.steps).map((step) => ({ typ: 'steg', berorda: [], kontaktar: [], start: false, nasta: [], ...step }) as unknown as Step),
    questions: withAdministrations(
      list(FILES.questions).map((question) => ({ alternativ: [], ...question }) as unknown as QuestionEntry),
      routines,
    ),
    routines,
  };
}

export const ROUTINE_DIR = 'content/rutiner';

/** Each routine's id (its file name) and its body without the frontmatter, as the content layer gives it. */
export function readRoutines(root = '.'): RoutineText[] {
  return routineFiles(root).map((file) => ({
    id: file.replace(/\.mdx?$/, ''),
    body: withoutFrontmatter(readFileSync(join(root, ROUTINE_DIR, file), 'utf8')),
  }));
}

/** Each routine's header fields that say where it applies (src/lib/districts.ts). */
export function readRoutineScopes(root = '.'): RoutineScope[] {
  return routineFiles(root).map((file) => {
    const header = parseYaml(frontmatter(readFileSync(join(root, ROUTINE_DIR, file), 'utf8'))) as Partial<RoutineScope> | null;
    return {
      id: file.replace(/\.mdx?$/, ''),
      title: header?.title ?? '',
      kortnamn: header?.kortnamn ?? '',
      forvaltningar: header?.forvaltningar ?? [],
      kompletterar: header?.kompletterar,
      ordning: header?.ordning ?? 0,
    };
  });
}

function routineFiles(root: string): string[] {
  return readdirSync(join(root, ROUTINE_DIR))
    .filter((file) => /\.mdx?$/.test(file))
    .sort();
}

function frontmatter(text: string): string {
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

function withoutFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text);
  return match ? text.slice(match[0].length) : text;
}
