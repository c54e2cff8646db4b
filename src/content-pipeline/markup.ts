/**
 * Fields in the YAML files and the MDX headers are plain text: the pages
 * print them as text, escaped, and they travel into attributes, search
 * results and the guide's data. Content must carry no code all the same
 * (a tag, an event handler, a script URL): what is harmless today as text
 * would run the day one template or script puts a value into markup.
 * MDX text below the header has its own, wider rules (./mdx.ts).
 */
import { fieldPath, type Problem } from './problems.ts';

interface Code {
  pattern: RegExp;
  /** What the owner is told it is, and what to do. */
  is: string;
  todo: string;
}

const CODE: readonly Code[] = [
  // A tag, a comment or a declaration as a browser reads one: "<" directly followed by a name, "/", "!" or "?".
  { pattern: /<[/!?]?[a-z][^>]*>?|<!--/i, is: 'en HTML-tagg', todo: 'Ta bort taggen. Ska tecknet < stå i texten, skriv ett mellanslag efter det.' },
  { pattern: /\b(?:java|vb)script\s*:/i, is: 'början på en länk som kör kod', todo: 'Ta bort det.' },
  { pattern: /\bon[a-z]+\s*=/i, is: 'ett HTML-attribut som kör kod', todo: 'Ta bort det.' },
];

/** Why a text is refused, in Swedish; null when it is plain text. */
export function markupProblem(text: string): string | null {
  for (const code of CODE) {
    const found = code.pattern.exec(text);
    if (found) {
      return `"${shorten(found[0])}" är ${code.is} och kan inte stå i innehållet: fältet är vanlig text. ${code.todo}`;
    }
  }
  return null;
}

/** A problem for every text in `data` (an entry as read from its file, before its schema) that carries code. */
export function markupProblems(data: unknown, at: Pick<Problem, 'file' | 'entry'>): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const message = markupProblem(value);
      if (message) problems.push({ ...at, field: fieldPath(path), message });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return problems;
}

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)} …` : text;
}
