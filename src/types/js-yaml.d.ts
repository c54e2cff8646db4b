// js-yaml is the YAML parser Astro's own file() loader uses (a dependency
// of astro); only the part this project calls is declared here, since its
// types package is not installed.
declare module 'js-yaml' {
  export function load(text: string, options?: { filename?: string; schema?: Schema }): unknown;
  /** YAML 1.2's core types, without timestamps: a date stays text. */
  export const CORE_SCHEMA: Schema;
  export interface Schema {}
  export class YAMLException extends Error {
    reason: string;
    mark?: { line: number; column: number };
  }
}
