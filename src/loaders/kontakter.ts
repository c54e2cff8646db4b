import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CORE_SCHEMA, load as parseYaml, YAMLException } from 'js-yaml';
import { CONTACTS_FILE, crossCheckContacts, emailsToCheck } from '../lib/contacts.ts';

/**
 * Loads one list ("enheter" or "personer") of content/kontakter.yaml.
 *
 * Astro's file() loader only logs a YAML syntax error and goes on with an
 * empty collection, and it sees one entry at a time, so a person's unit or
 * a duplicate id cannot be checked there. This loader reads the whole file,
 * stops the build on any problem with a message naming the file, the entry
 * and the field, and leaves per-field checks to the collection's schema
 * (through parseData, whose messages name the entry by its id).
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
        // In the dev server a mistake is reported, and the page keeps the last good data.
        try {
          await syncList(list, path, context);
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      });
    },
  };
}

async function syncList(list: 'enheter' | 'personer', path: string, { store, parseData, logger }: LoaderContext) {
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
  if (list === 'personer') {
    // Past parseData, every person has a name and a valid address.
    const people = parsed.map(({ data }) => data as unknown as { id: string; namn: string; epost: string });
    for (const person of emailsToCheck(people)) {
      logger.warn(
        `Att kontrollera i ${CONTACTS_FILE} → personer → ${person.id}, fältet epost: ${person.epost} stavas annorlunda än namnet ${person.namn}. Adressen visas som den står i rutinen; listan finns i content/README.md.`,
      );
    }
  }
}

async function readContacts(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw contentError(`${CONTACTS_FILE} saknas. Kontaktlistan och rutinens kontaktavsnitt byggs från den filen.`);
  });
  try {
    // Without YAML's timestamps: a date stays the text the owner wrote, so the
    // schema can refuse 2026-02-30 (which would otherwise become 2 March).
    return parseYaml(text, { filename: CONTACTS_FILE, schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? `, rad ${error.mark.line + 1}` : '';
    throw contentError(
      `${CONTACTS_FILE}${line}: filen går inte att läsa (${error.reason}). Kontrollera indragen (mellanslag, inte tabb) och att varje fält har kolon och mellanslag efter namnet.`,
    );
  }
}

/** An error a document owner fixes in the content: no stack trace into the loader's code. */
function contentError(message: string): AstroError {
  const error = new AstroError(message, `Så fungerar ${CONTACTS_FILE}: se content/README.md, avsnittet "Kontaktuppgifter".`);
  error.stack = '';
  return error;
}
