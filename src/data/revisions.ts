import { readdirSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { comparisons, revisionHistory, versionsOf, type Comparison, type HistoryEntry, type Version } from '../lib/revisions/history';
import type { Rutin } from './rutiner';

/** An earlier version a document owner keeps: content/rutiner/<id>/<date>.mdx, entry id "<id>/<date>". */
export type EarlierVersion = CollectionEntry<'versioner'>;

export function versionDate(entry: EarlierVersion): string {
  return entry.id.split('/')[1]!;
}

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

/**
 * Whether any routine keeps earlier versions (a folder in content/rutiner/):
 * Astro warns, in English and on every page, when asked for a collection
 * that has no entries, and the live site keeps none.
 */
function keepsVersions(): boolean {
  return readdirSync('content/rutiner', { withFileTypes: true }).some((entry) => entry.isDirectory());
}

/** A routine's versions, history and comparisons. The live site keeps none but the current one. */
export async function revisionsOf(routine: Rutin): Promise<Revisions> {
  const earlier = (keepsVersions() ? await getCollection('versioner') : [])
    .filter((entry) => entry.id.split('/')[0] === routine.id)
    .sort((a, b) => versionDate(a).localeCompare(versionDate(b)));
  const versions = versionsOf(
    routine.data,
    earlier.map((entry) => ({ date: versionDate(entry), header: entry.data })),
  );
  return {
    earlier,
    versions,
    history: revisionHistory(versions),
    comparisons: comparisons(versions),
    body: (date) => (date === routine.data.senastReviderad ? routine.body : earlier.find((entry) => versionDate(entry) === date)?.body) ?? '',
    header: (date) => (date === routine.data.senastReviderad ? routine.data : earlier.find((entry) => versionDate(entry) === date)?.data) ?? routine.data,
  };
}
