import { getEntry } from 'astro:content';
import type { EarlierVersion } from '../content-pipeline/index.ts';
import { comparisons, revisionHistory, versionsOf, type Comparison, type HistoryEntry, type Version } from '../lib/revisions/history';
import type { Rutin } from './rutiner';
import { siteContent } from './content';

export type { EarlierVersion };

export interface Revisions {
  /** Earlier versions kept as files, oldest first. */
  earlier: EarlierVersion[];
  /** Every version kept, oldest first, the current one last. */
  versions: Version[];
  history: HistoryEntry[];
  comparisons: Comparison[];
  /** The MDX text of a version, by its date. */
  body(date: string): string;
  /** The document header of a version, by its date. */
  header(date: string): Rutin['data'];
}

/** A routine's versions, history and comparisons. The live site keeps none but the current one. */
export function revisionsOf(routine: Rutin): Revisions {
  const earlier = siteContent().versions.filter((version) => version.routine === routine.id);
  const versions = versionsOf(
    routine.data,
    earlier.map((version) => ({ date: version.date, header: version.data })),
  );
  const at = (date: string) => (date === routine.data.senastReviderad ? routine : earlier.find((version) => version.date === date));
  return {
    earlier,
    versions,
    history: revisionHistory(versions),
    comparisons: comparisons(versions),
    body: (date) => at(date)?.body ?? '',
    header: (date) => at(date)?.data ?? routine.data,
  };
}

/** An earlier version's text as Astro compiles it, for render(). */
export async function versionText(version: Pick<EarlierVersion, 'id'>) {
  const entry = await getEntry('versioner', version.id);
  if (!entry) throw new Error(`Versionen "${version.id}" finns inte bland Astros innehåll.`);
  return entry;
}
