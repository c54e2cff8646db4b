/**
 * "What changed since my last visit", decided in the reader's browser from
 * what this device remembers: for each routine, the date of the revision
 * it last showed. Nothing leaves the device (localStorage only). Pure
 * functions; src/elements/routine-changes.ts reads and writes the storage.
 *
 * A visit (a browser tab's session) keeps the revisions it started from,
 * so every page of that visit says what changed, not only the first: the
 * device's memory is moved on to the current revisions at once, and the
 * next visit starts from them.
 */

/** Where the device remembers the revisions it showed (localStorage), and where a visit keeps those it started from (sessionStorage). */
export const STORAGE_KEYS = { device: 'insluss:visade-versioner', visit: 'insluss:besokets-versioner' } as const;

/** Routine id → the date of the revision last shown. */
export type Seen = Record<string, string>;

/** A routine as a page describes it to the script: its current revision, and the steps each kept revision changed. */
export interface RoutineRevisions {
  id: string;
  /** The current revision's date (senastReviderad). */
  current: string;
  /** Revision date → the steps whose cited sections changed in it, for each kept version after the first. */
  changed: Record<string, string[]>;
}

export interface Change {
  id: string;
  /** Step id → the newest revision since the last visit that changed it. */
  steps: Map<string, string>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a storage held, or nothing where it holds something else (another site's data, a hand edit). */
export function readSeen(text: string | null | undefined): Seen {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && DATE.test(entry[1])));
  } catch {
    return {};
  }
}

/**
 * The revisions this visit started from: what the visit already holds, and
 * for a routine it has not met yet, what the device remembered, or, on a
 * first visit, the current revision (a first visit has nothing to compare).
 */
export function visitStart(visit: Seen, device: Seen, routines: readonly RoutineRevisions[]): Seen {
  const start = { ...visit };
  for (const routine of routines) start[routine.id] ??= device[routine.id] ?? routine.current;
  return start;
}

/**
 * What the device remembers after this page: the routines it showed, at
 * their current revisions, never earlier than it remembered. A saved copy
 * from an older build, read offline, must not make the next online visit
 * announce a revision the reader has already seen.
 */
export function remember(device: Seen, routines: readonly RoutineRevisions[]): Seen {
  const later = (routine: RoutineRevisions) => {
    const known = device[routine.id];
    return known !== undefined && known > routine.current ? known : routine.current;
  };
  return { ...device, ...Object.fromEntries(routines.map((routine) => [routine.id, later(routine)])) };
}

/**
 * The routines revised after the revision the visit started from, each
 * with the steps changed in the revisions since (the newest one that
 * changed each step). A date later than the current one (a build rolled
 * back) is no change.
 */
export function changesSince(start: Seen, routines: readonly RoutineRevisions[]): Change[] {
  return routines
    .filter((routine) => start[routine.id] !== undefined && start[routine.id]! < routine.current)
    .map((routine) => {
      const steps = new Map<string, string>();
      const since = Object.keys(routine.changed)
        .filter((date) => date > start[routine.id]! && date <= routine.current)
        .sort();
      for (const date of since) for (const step of routine.changed[date]!) steps.set(step, date);
      return { id: routine.id, steps };
    });
}
