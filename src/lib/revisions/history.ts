/**
 * A routine's versions and revision history. The current text is
 * content/rutiner/<id>.mdx; the owner may keep earlier ones as
 * content/rutiner/<id>/<date>.mdx, each named by the date it took effect.
 * Only dates that the document headers give are ever shown: the site
 * never invents an earlier text or a date.
 */
import type { Problem } from '../../content-pipeline/problems.ts';
import type { RoutineHeader } from '../../content-pipeline/schemas.ts';

/** The header fields a version's history needs (the routine's schema describes them). */
export type VersionHeader = Pick<RoutineHeader, 'beslutadAv' | 'beslut' | 'senastReviderad' | 'andringar'>;

export interface Version {
  /** When this text took effect: the file name of an earlier version; senastReviderad for the current one. */
  date: string;
  current: boolean;
  header: VersionHeader;
}

export interface EarlierVersionFile {
  /** "content/rutiner/nordost/2023-09-26.mdx" */
  file: string;
  /** The file's name without .mdx. */
  date: string;
  header: VersionHeader;
}

/** The versions of one routine, oldest first, the current one last. */
export function versionsOf(current: VersionHeader, earlier: ReadonlyArray<Pick<EarlierVersionFile, 'date' | 'header'>>): Version[] {
  return [
    ...[...earlier].sort((a, b) => a.date.localeCompare(b.date)).map(({ date, header }) => ({ date, current: false, header })),
    { date: current.senastReviderad, current: true, header: current },
  ];
}

export interface Comparison {
  from: Version;
  to: Version;
}

/** Each version with the one before it, for a page of what changed. */
export function comparisons(versions: readonly Version[]): Comparison[] {
  return versions.slice(1).map((to, i) => ({ from: versions[i]!, to }));
}

export interface HistoryEntry {
  date: string;
  /** "beslutad" where a decision has this date, otherwise "reviderad". */
  event: 'beslutad' | 'reviderad';
  /** Who decided, where the header says so for this date. */
  by?: string | undefined;
  summary?: string | undefined;
  /** The current text, an earlier text kept on the site, or a date whose text the site does not have. */
  text: 'current' | 'published' | 'not-published';
  /** The date of the version this one can be compared with. */
  comparedWith?: string | undefined;
}

/**
 * Every known date of the routine, newest first: each version kept as a
 * file, and before them the dates the headers name (decisions, earlier
 * revisions) whose texts the site does not have.
 */
export function revisionHistory(versions: readonly Version[]): HistoryEntry[] {
  const decisions = new Map<string, string | undefined>();
  for (const { header } of versions) for (const { datum, av } of header.beslut) decisions.set(datum, av ?? decisions.get(datum) ?? header.beslutadAv);
  const entries: HistoryEntry[] = versions.map((version, i) => ({
    date: version.date,
    event: decisions.has(version.date) ? 'beslutad' : 'reviderad',
    by: decisions.get(version.date),
    summary: version.header.andringar,
    text: version.current ? 'current' : 'published',
    comparedWith: i > 0 ? versions[i - 1]!.date : undefined,
  }));
  const kept = new Set(versions.map((version) => version.date));
  const headerDates = new Set([...decisions.keys(), ...versions.map((version) => version.header.senastReviderad)]);
  for (const date of headerDates) {
    if (kept.has(date)) continue;
    entries.push({ date, event: decisions.has(date) ? 'beslutad' : 'reviderad', by: decisions.get(date), text: 'not-published' });
  }
  return entries.sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * What is wrong with a routine's earlier versions, named for the owner:
 * a file name that is not the version's date, a version not older than
 * the current one, a revision without its summary.
 */
export function versionProblems(routine: string, currentFile: string, current: VersionHeader, earlier: readonly EarlierVersionFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const version of earlier) {
    const dates = [version.header.senastReviderad, ...version.header.beslut.map((decision) => decision.datum)];
    if (!dates.includes(version.date)) {
      problems.push({
        file: version.file,
        entry: `${routine}/${version.date}`,
        message: `filnamnet ska vara versionens datum: dess senastReviderad (${version.header.senastReviderad}), eller beslutsdatumet för den första versionen. Döp om filen till ${version.header.senastReviderad}.mdx.`,
      });
    }
    if (version.date >= current.senastReviderad) {
      problems.push({
        file: currentFile,
        entry: routine,
        field: 'senastReviderad',
        message: `${current.senastReviderad} ska vara senare än den tidigare versionen ${version.date} (${version.file}). Ändra senastReviderad till dagen då den nya versionen gäller från.`,
      });
    }
  }
  const versions = versionsOf(current, earlier);
  versions.forEach((version, i) => {
    if (i === 0 || version.header.andringar) return;
    const file = version.current ? currentFile : earlier.find((candidate) => candidate.date === version.date)!.file;
    problems.push({
      file,
      entry: version.current ? routine : `${routine}/${version.date}`,
      field: 'andringar',
      message: `skriv kort vad som ändrades sedan versionen ${versions[i - 1]!.date}, till exempel "Nytt avsnitt om SIP; telefonnummer till Vuxen Mottag ändrat."`,
    });
  });
  return problems;
}
