// js-yaml is the YAML parser Astro's own file() loader uses (a dependency
// of astro); only the part this project calls is declared here, since its
// types package is not installed.
declare module 'js-yaml' {
  export interface Schema {}
  /** YAML's core types only: no timestamps, so a date stays the text it was written as. */
  export const CORE_SCHEMA: Schema;
  export function load(text: string, options?: { filename?: string; schema?: Schema }): unknown;
  export function dump(value: unknown, options?: { lineWidth?: number; noRefs?: boolean; sortKeys?: boolean; quotingType?: "'" | '"'; forceQuotes?: boolean }): string;
  export class YAMLException extends Error {
    reason: string;
    mark?: { line: number; column: number };
  }
}
