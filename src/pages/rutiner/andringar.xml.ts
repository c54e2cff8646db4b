import type { APIRoute } from 'astro';
import { allRoutines } from '../../data/rutiner';
import { revisionsOf } from '../../data/revisions';
import { siteSettings } from '../../data/webbplats';
import { FEED_PATH, FEED_TITLE } from '../../lib/feed-path';
import { atomFeed, type FeedEntry } from '../../lib/revisions/feed';
import { comparisonPath, routinePath, versionPath, withBase } from '../../lib/urls';

/** The Atom feed of every version the routines keep as text (src/lib/revisions/feed.ts). */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const entries: FeedEntry[] = [];
  for (const routine of allRoutines()) {
    const revisions = revisionsOf(routine);
    const compared = new Set(revisions.comparisons.map((comparison) => comparison.to.date));
    for (const version of revisions.versions) {
      const event = revisions.history.find((entry) => entry.date === version.date)?.event ?? 'reviderad';
      const page = version.current ? routinePath(routine.id) : versionPath(routine.id, version.date);
      entries.push({
        routineId: routine.id,
        routine: routine.data.title,
        date: version.date,
        event,
        summary: version.header.andringar,
        author: revisions.header(version.date).dokumentansvarig,
        href: withBase(base, compared.has(version.date) ? comparisonPath(routine.id, version.date) : page),
        compared: compared.has(version.date),
        current: version.current,
      });
    }
  }
  const xml = atomFeed({
    title: FEED_TITLE,
    subtitle: 'Varje version av rutinerna som webbplatsen har, med dokumentansvarigs sammanfattning av vad som ändrades.',
    author: siteSettings().organisation,
    self: withBase(base, FEED_PATH),
    home: withBase(base, '/'),
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
