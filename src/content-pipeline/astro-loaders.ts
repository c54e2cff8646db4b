import type { Loader } from 'astro/loaders';

/**
 * In the dev server, a header that cannot be read must not stop the server
 * (Astro exits when a loader throws while it starts): the loader keeps
 * going with what it could read, and the content pipeline
 * (./integration.ts) shows the mistake in Swedish in
 * place of every page until it is fixed. A build never gets this far with
 * a mistake: the pipeline stops it first.
 */
export function keepServing(loader: Loader): Loader {
  return {
    name: loader.name,
    load: async (context) => {
      if (!context.watcher) return loader.load(context);
      try {
        await loader.load(context);
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
