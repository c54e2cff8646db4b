import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFrontmatter, readYaml } from '../lib/checks/yaml.ts';

/**
 * Hands a glob() loader's schema the frontmatter as written: Astro reads
 * YAML with its default schema, which turns `senastReviderad: 2023-02-30`
 * into a Date of 2023-03-02 before the schema sees it. Read again with
 * YAML's core schema, a date stays text, and the schema checks the text.
 */
export function datesAsWritten(loader: Loader): Loader {
  return {
    name: loader.name,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf8');
          const read = readFrontmatter(source, relative(fileURLToPath(context.config.root), props.filePath));
          return context.parseData({ ...props, data: read.ok ? (read.value as typeof props.data) : props.data });
        },
      }),
  };
}

/**
 * In the dev server, a mistake in content must not stop the server (Astro
 * exits when a loader throws while it starts) or leave pages showing the
 * last good data: the loader keeps going with what it could read, and the
 * content check (src/integrations/content-check.ts) shows the mistakes in
 * Swedish in place of every page until they are fixed. In a build there
 * is no watcher, and a mistake throws as before.
 */
export function keepServing(loader: Loader): Loader {
  return {
    name: loader.name,
    load: async (context) => {
      if (!context.watcher) return loader.load(context);
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch {
          return props.data;
        }
      };
      try {
        await loader.load({ ...context, parseData });
      } catch {
        context.logger.warn(`${context.collection}: innehållet har fel. Felen visas i webbläsaren och av npm run kontrollera.`);
      }
    },
  };
}

/**
 * A glob() loader for files that are usually not there (earlier versions
 * of a routine): no warning in English that no file matched.
 */
export function mayBeEmpty(loader: Loader): Loader {
  return {
    name: loader.name,
    load: (context) => {
      const logger = Object.create(context.logger, {
        warn: { value: (message: string) => /^No files found matching/.test(message) || context.logger.warn(message) },
      });
      return loader.load({ ...context, logger });
    },
  };
}

/**
 * A YAML file holding one object (content/webbplats.yaml) as a collection
 * of one entry. A file that is not there is an empty object, so every
 * field takes its default.
 */
export function yamlObjectLoader(file: string, id: string): Loader {
  return {
    name: `insluss-${id}`,
    load: async (context) => {
      const path = fileURLToPath(new URL(file, context.config.root));
      const sync = async () => {
        const read = existsSync(path) ? readYaml(await readFile(path, 'utf8'), file) : { ok: true as const, value: {} };
        if (!read.ok) throw new Error(`${file}: ${read.problem.message}`);
        const data = await context.parseData({ id, data: (read.value ?? {}) as Record<string, unknown>, filePath: path });
        context.store.clear();
        context.store.set({ id, data, filePath: file });
      };
      await sync();
      context.watcher?.add(path);
      context.watcher?.on('all', async (_event, changed) => {
        if (changed === path) await sync().catch(() => undefined);
      });
    },
  };
}
