/**
 * The routines' revisions as an Atom feed (RFC 4287), written at build
 * time: one entry per version a routine keeps as text, newest first, with
 * the owner's summary and a link to what changed. Links are written from
 * the site's root ("/rutiner/…", or "/rutiner/insluss/rutiner/…" on a
 * sub-path) and resolved against the feed's own address, because the
 * build does not know the intranet's host name.
 */
import { createHash } from 'node:crypto';

export interface FeedEntry {
  routineId: string;
  /** The routine's title, e.g. "Lokal rutin Insluss". */
  routine: string;
  date: string;
  /** "beslutad" where a decision has this date. */
  event: 'beslutad' | 'reviderad';
  /** The owner's "Ändringar i denna version", where written. */
  summary?: string | undefined;
  /** Who is responsible for the document. */
  author: string;
  /** The page of what changed, or of the version itself where nothing is compared. */
  href: string;
  /** Whether `href` is a comparison. */
  compared: boolean;
  current: boolean;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** The organisation, as the feed's author. */
  author: string;
  /** The feed's own address, from the site's root. */
  self: string;
  /** The start page, from the site's root. */
  home: string;
  entries: FeedEntry[];
}

/** The Atom document. */
export function atomFeed(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.date.localeCompare(a.date) || a.routine.localeCompare(b.routine, 'sv'));
  const updated = entries[0]?.date ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${uuidUrn('insluss:rutiner:andringar')}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${uuidUrn(`insluss:rutiner:${entry.routineId}:${entry.date}`)}</id>`,
      `    <title>${escapeXml(`${entry.routine}: ${entry.event === 'beslutad' ? 'beslutad' : 'reviderad'} ${entry.date}`)}</title>`,
      `    <updated>${timestamp(entry.date)}</updated>`,
      `    <author><name>${escapeXml(entry.author)}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.href)}"/>`,
      `    <summary>${escapeXml(summaryOf(entry))}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

/** The owner's summary, or what the site can say without inventing one. */
function summaryOf(entry: FeedEntry): string {
  const version = entry.current ? `Gällande version sedan ${entry.date}.` : `Versionen från ${entry.date}.`;
  if (entry.summary) return `${version} Ändringar i denna version: ${entry.summary}`;
  return entry.compared ? `${version} Se vad som ändrades.` : version;
}

/** A day as an RFC 3339 date-time: its start, in UTC. */
function timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}

/**
 * A stable, absolute id (RFC 4287 4.2.6) from a name: a name-based UUID
 * (RFC 9562, version 5) in the URL namespace, so an entry keeps its id from
 * build to build and on any host.
 */
export function uuidUrn(name: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
