import type { HastPluginEntry } from 'satteri';
import { createSlugger } from '../lib/slug.ts';

/**
 * Gives every heading in the routines an ASCII Swedish slug
 * (`#malgrupp`, `#inkluss-modellen`). Runs before Astro's own heading-id
 * plugin, which keeps an id that is already set and lists it in `headings`,
 * so the table of contents and the ids agree.
 */
export const swedishHeadingIds: HastPluginEntry = () => {
  const slug = createSlugger();
  return {
    name: 'swedish-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
      },
    },
  };
};

/**
 * Document owners write site links as `/rutiner/goteborgs-stad/`; when the
 * site is built for a sub-path (BASE_PATH) those must gain the prefix, which
 * Astro does not add to links inside Markdown.
 */
export function prefixSiteLinks(base: string): HastPluginEntry {
  const prefix = base.replace(/\/$/, '');
  return {
    name: 'prefix-site-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (prefix && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
          ctx.setProperty(node, 'href', prefix + href);
        }
      },
    },
  };
}
