/**
 * A mistake in content/, located for a document owner: the file, the line
 * where known, the entry and the field. Every check of the content reports
 * these, and one formatter writes them, so the build, `npm run kontrollera`
 * and the dev server say the same thing the same way.
 */
export interface Problem {
  /** From the project's root: "content/rutiner/nordost.mdx". */
  file: string;
  /** 1-based, where the check knows it (MDX text, YAML syntax). */
  line?: number | undefined;
  /** "nordost", "personer → anna-exempelsson", "post nummer 3 (Nybesök)". */
  entry?: string | undefined;
  /** "senastReviderad", "telefon[1]". */
  field?: string | undefined;
  /** The problem is in the text of an MDX file, below the frontmatter, rather than in a field. */
  inText?: boolean | undefined;
  message: string;
}

export function formatProblem({ file, line, entry, field, inText, message }: Problem): string {
  const at = `${file}${line ? `, rad ${line}` : ''}${entry ? ` → ${entry}` : ''}`;
  const what = field ? `, fältet ${field}` : inText ? ', i texten' : '';
  return `${at}${what}: ${message}`;
}

/**
 * A field's path as a document owner counts: `telefon[1]` for the first
 * number, `linjer[2].id`, `beslut[1].datum`. Lists count from 1
 * everywhere on this site.
 */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string | undefined {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key + 1}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || undefined;
}

/** The parts of a zod issue the messages below need (zod 4's raw issue). */
interface RawIssue {
  code?: string | undefined;
  input?: unknown;
  expected?: unknown;
  values?: readonly unknown[] | undefined;
  minimum?: unknown;
  origin?: string | undefined;
  keys?: readonly string[] | undefined;
}

const KIND: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista, till exempel [a, b]',
  object: 'fält indragna på raderna under',
  date: 'ett datum',
};

/**
 * Swedish words for zod's own messages, where a schema gives none of its
 * own: passed as the `error` option of a parse, which zod uses only when
 * the schema has no message for the issue.
 */
export function swedishIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Fältet saknas eller är tomt. Fyll i det.';
      return `Skriv ${KIND[String(issue.expected)] ?? 'ett värde av rätt slag'} här.`;
    case 'invalid_value':
      return `Skriv en av: ${(issue.values ?? []).map(String).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'array') return `Listan behöver minst ${String(issue.minimum)} ${issue.minimum === 1 ? 'post' : 'poster'}.`;
      if (issue.origin === 'string') return 'Fältet får inte vara tomt.';
      return `Värdet är för litet (minst ${String(issue.minimum)}).`;
    case 'too_big':
      return 'Värdet är för stort eller för långt.';
    case 'unrecognized_keys':
      return `Okänt fält ${(issue.keys ?? []).map((key) => `"${key}"`).join(', ')}. Kontrollera stavningen: fälten beskrivs överst i filen och i content/README.md.`;
    default:
      return 'Värdet går inte att använda här. Jämför med exemplet i content/README.md.';
  }
}

/** A zod issue, as zod reports it after parsing. */
export interface ParsedIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** One problem per issue of a failed parse of one entry. */
export function issuesToProblems(file: string, entry: string | undefined, issues: readonly ParsedIssue[]): Problem[] {
  return issues.map((issue) => ({ file, entry, field: fieldPath(issue.path), message: issue.message }));
}
