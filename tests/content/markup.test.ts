import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { checkWith, ROOT } from './project.ts';

/**
 * Content carries no code (issue 23, point 2): every plain-text field of
 * the steps, roles, questions, glossary, contacts, site settings and a
 * routine's header refuses markup, with a Swedish message naming file,
 * entry and field. Each case writes a payload into the first line of a
 * field in a copy of the content; the entry the message must name is read
 * from the file, never written here.
 */
const PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  link: 'javascript:alert(1)',
  handler: 'Ring onmouseover=alert(1)',
} as const;

interface Case {
  file: string;
  /** The first line that starts so is given the payload after its value. */
  line: string;
  payload: keyof typeof PAYLOADS;
  /** How the message names the entry and the field, from the entry as the file holds it. */
  at: (entries: unknown, value: string) => { entry?: string; field: string };
}

type Entry = Record<string, unknown> & { id: string };
const list = (entries: unknown) => entries as Entry[];
/** The entry whose `field` has `value`. */
const holding = (entries: unknown, field: string, value: string) => list(entries).find((entry) => entry[field] === value)!.id;

const cases: Case[] = [
  { file: 'content/process/steg.yaml', line: '  titel: ', payload: 'script', at: (e, v) => ({ entry: holding(e, 'titel', v), field: 'titel' }) },
  { file: 'content/process/steg.yaml', line: '  beskrivning: ', payload: 'handler', at: (e, v) => ({ entry: holding(e, 'beskrivning', v), field: 'beskrivning' }) },
  { file: 'content/process/roller.yaml', line: '  beskrivning: ', payload: 'img', at: (e, v) => ({ entry: holding(e, 'beskrivning', v), field: 'beskrivning' }) },
  { file: 'content/process/fragor.yaml', line: '  fraga: ', payload: 'script', at: (e, v) => ({ entry: holding(e, 'fraga', v), field: 'fraga' }) },
  {
    file: 'content/process/fragor.yaml',
    line: '      text: ',
    payload: 'link',
    at: (e, v) => {
      const question = list(e).find((entry) => (entry.alternativ as Array<{ text: string }> | undefined)?.some((option) => option.text === v))!;
      const index = (question.alternativ as Array<{ text: string }>).findIndex((option) => option.text === v);
      return { entry: question.id, field: `alternativ[${index + 1}].text` };
    },
  },
  { file: 'content/ordlista.yaml', line: '  term: ', payload: 'img', at: (e, v) => ({ entry: holding(e, 'term', v), field: 'term' }) },
  {
    file: 'content/kontakter.yaml',
    line: '    forvaltning: ',
    payload: 'script',
    at: (e, v) => ({ entry: `enheter → ${holding((e as { enheter: unknown }).enheter, 'forvaltning', v)}`, field: 'forvaltning' }),
  },
  {
    file: 'content/kontakter.yaml',
    line: '    titel: ',
    payload: 'link',
    at: (e, v) => ({ entry: `personer → ${holding((e as { personer: unknown }).personer, 'titel', v)}`, field: 'titel' }),
  },
  { file: 'content/webbplats.yaml', line: 'organisation: ', payload: 'img', at: () => ({ field: 'organisation' }) },
  { file: 'content/rutiner/nordost.mdx', line: 'beskrivning: ', payload: 'script', at: () => ({ entry: 'nordost', field: 'beskrivning' }) },
];

/** The file's entries as written, and the value on the first line that starts with `line`. */
function original(file: string, line: string): { entries: unknown; value: string } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const yaml = file.endsWith('.mdx') ? text.split(/^---$/m)[1]! : text;
  const found = text.split('\n').find((candidate) => candidate.startsWith(line));
  assert.ok(found, `${file} has a line starting "${line}"`);
  const value = load(found.trim().replace(/^- /, ''), { schema: CORE_SCHEMA }) as Record<string, string>;
  return { entries: load(yaml, { schema: CORE_SCHEMA }), value: Object.values(value)[0]! };
}

const withPayload = (line: string, payload: string) => (text: string) => {
  const lines = text.split('\n');
  const index = lines.findIndex((candidate) => candidate.startsWith(line));
  lines[index] = `${lines[index]} ${payload}`;
  return lines.join('\n');
};

for (const { file, line, payload, at } of cases) {
  const { entries, value } = original(file, line);
  const { entry, field } = at(entries, value);
  test(`${PAYLOADS[payload]} in ${file}, field ${field}, is refused naming file, entry and field`, () => {
    const { errors } = checkWith({ [file]: withPayload(line, PAYLOADS[payload]) });
    const where = `${file}${entry ? ` → ${entry}` : ''}, fältet ${field}: `;
    const found = errors.filter((error) => error.startsWith(where));
    assert.equal(found.length, 1, `one message for ${where}\n${errors.join('\n')}`);
    assert.match(found[0]!, /kan inte stå i innehållet: fältet är vanlig text\./);
  });
}

test('every payload at once: one message per field, saying in Swedish what was found', () => {
  const edits: Record<string, (text: string) => string> = {};
  for (const { file, line, payload } of cases) {
    const previous = edits[file];
    const edit = withPayload(line, PAYLOADS[payload]);
    edits[file] = previous ? (text) => edit(previous(text)) : edit;
  }
  const { errors } = checkWith(edits);
  const refused = errors.filter((error) => /kan inte stå i innehållet/.test(error));
  assert.equal(refused.length, cases.length, refused.join('\n'));
  assert.ok(refused.some((error) => error.includes('"<script>" är en HTML-tagg')));
  assert.ok(refused.some((error) => error.includes('"<img src=x onerror=alert(1)>" är en HTML-tagg')));
  assert.ok(refused.some((error) => error.includes('"javascript:" är början på en länk som kör kod')));
  assert.ok(refused.some((error) => error.includes('"onmouseover=" är ett HTML-attribut som kör kod')));
});
