/**
 * What `npm run build` and `npm run dev` print (astro.config.mjs, `logger`):
 * the document owner reads that output, so it holds what an owner can act
 * on, in Swedish, and every real problem.
 *
 * - The site's own integrations (labels "insluss:…") speak Swedish to the
 *   owner: shown, a warning as "Obs: …".
 * - Astro's and Vite's warnings and errors are real problems, for the
 *   developer: shown as Astro shows them. Known harmless ones are silenced
 *   where they arise (astro.config.mjs), never here.
 * - Astro's and Vite's progress lines ("building…", "✓ Completed") are
 *   left out; the content pipeline says in Swedish when the build is done
 *   and where the dev server is. `--verbose` shows everything.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';

const OURS = /^insluss:/;
const verbose = process.argv.includes('--verbose');

export default function ownerLog(): AstroLoggerDestination {
  return {
    write(event: AstroLoggerMessage) {
      const ours = OURS.test(event.label ?? '');
      const problem = event.level === 'warn' || event.level === 'error';
      if (!ours && !problem && !verbose) return;
      const destination = event.level === 'error' ? process.stderr : process.stdout;
      const end = event.newLine ? '\n' : '';
      if (ours) {
        destination.write(`${event.level === 'warn' ? 'Obs: ' : ''}${event.message}${end}`);
      } else if (event.label === 'SKIP_FORMAT') {
        destination.write(`${event.message}${end}`);
      } else {
        const tags = [problem ? `[${event.level.toUpperCase()}]` : '', event.label ? `[${event.label}]` : ''].filter(Boolean).join(' ');
        destination.write(`${tags ? `${tags} ` : ''}${event.message}${end}`);
      }
    },
  };
}
