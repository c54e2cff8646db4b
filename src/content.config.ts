/**
 * Astro's content collections, only for what Astro must do itself: compile
 * and render the MDX texts (the routines, their earlier versions, the
 * accessibility statement). Every file in content/ is read, checked and
 * typed once by the content pipeline (src/content-pipeline/), which the
 * pages get their data from; these collections carry no schema, so nothing
 * is validated twice.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { keepServing, mayBeEmpty } from './content-pipeline/astro-loaders.ts';

export const collections = {
  rutiner: defineCollection({ loader: keepServing(glob({ pattern: '*.{md,mdx}', base: './content/rutiner' })) }),
  /** Entry ids "<routine>/<date>". */
  versioner: defineCollection({ loader: keepServing(mayBeEmpty(glob({ pattern: '*/*.{md,mdx}', base: './content/rutiner' }))) }),
  sidor: defineCollection({ loader: keepServing(glob({ pattern: 'tillganglighet.{md,mdx}', base: './content/sidor' })) }),
};
