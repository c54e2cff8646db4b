import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CONTACTS_FILE, crossCheckContacts } from '../lib/contacts.ts';
import { formatProblem } from '../lib/checks/problems.ts';
import { readYaml } from '../lib/checks/yaml.ts';

/**
 * Loads one list ("enheter" or "personer") of content/kontakter.yaml.
 *
 * Astro's file() loader only logs a YAML syntax error and goes on with an
 * empty collection, and it sees one entry at a time, so a person's unit or
 * a duplicate id cannot be checked there. This loader reads the whole file,
 * stops the build on any problem with a message naming the file, the entry
 * and the field, and leaves per-field checks to the collection's schema
 * (through parseData, whose messages name the entry by its id). The same
 * checks run before the build, in Swedish and with positions counted from
 * 1, in src/checks/content.ts; addresses spelt unlike a name are listed
 * there too.
 */
export function contactsLoader(list: 'enheter' | 'personer'): Loader {
  return {
    name: `insluss-kontakter-${list}`,
    load: async (context) => {
      const path = fileURLToPath(new URL(CONTACTS_FILE, context.config.root));
      await syncList(list, path, context);
      context.watcher?.add(path);
      context.watcher?.on('change', async (changed) => {
        if (changed !== path) return;
        // In the dev server a mistake leaves the last good data in the store;
        // the content check shows the mistake in place of every page
        // until it is fixed (src/integrations/content-check.ts).
        try {
          await syncList(list, path, context);
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      });
    },
  };
}

async function syncList(list: 'enheter' | 'personer', path: string, { store, parseData }: LoaderContext) {
  const file = await readContacts(path);
  const problems = crossCheckContacts(file);
  if (problems.length) throw contentError(`Fel i kontaktuppgifterna:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  const entries = (file as Record<typeof list, Array<Record<string, unknown> & { id: string }>>)[list];
  const parsed = [];
  // Astro's store does not keep the order entries were set in, and the
  // order of the file is the order of the page: it travels as `ordning`.
  for (const [ordning, raw] of entries.entries()) {
    parsed.push({ id: raw.id, data: await parseData({ id: raw.id, data: { ...raw, ordning }, filePath: path }) });
  }
  store.clear();
  for (const { id, data } of parsed) store.set({ id, data, filePath: CONTACTS_FILE });
}

async function readContacts(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw contentError(`${CONTACTS_FILE} saknas. Kontaktlistan och rutinens kontaktavsnitt byggs från den filen.`);
  });
  // Read as written: a date stays text, for the schema to check (see readYaml).
  const read = readYaml(text, CONTACTS_FILE);
  if (!read.ok) throw contentError(formatProblem(read.problem));
  return read.value;
}

/** An error a document owner fixes in the content: no stack trace into the loader's code. */
function contentError(message: string): AstroError {
  const error = new AstroError(message, `Så fungerar ${CONTACTS_FILE}: se content/README.md, avsnittet "Kontaktuppgifter".`);
  error.stack = '';
  return error;
}
