import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomFeed, uuidUrn, type Feed } from './feed.ts';

const FEED: Feed = {
  title: 'Ändringar i rutinerna',
  subtitle: 'Nya versioner.',
  author: 'Göteborgs Stad',
  self: '/rutiner/andringar.xml',
  home: '/',
  entries: [
    { routineId: 'nordost', routine: 'Lokal rutin', date: '2023-09-26', event: 'reviderad', author: 'Ägare', href: '/rutiner/nordost/2023-09-26/', compared: false, current: false },
    { routineId: 'nordost', routine: 'Lokal rutin', date: '2024-05-02', event: 'reviderad', summary: 'Syftet <förtydligat> & mer.', author: 'Ägare', href: '/rutiner/nordost/andringar/2024-05-02/', compared: true, current: true },
  ],
};

test('newest entry first; the feed is updated when its newest entry is', () => {
  const xml = atomFeed(FEED);
  assert.ok(xml.indexOf('2024-05-02T00:00:00Z</updated>') < xml.indexOf('<entry>'));
  assert.deepEqual([...xml.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => m[1]), ['/', '/rutiner/nordost/andringar/2024-05-02/', '/rutiner/nordost/2023-09-26/']);
});

test('text is escaped, and an entry without the owner’s summary says only what the site knows', () => {
  const xml = atomFeed(FEED);
  assert.match(xml, /<summary>Gällande version sedan 2024-05-02\. Ändringar i denna version: Syftet &lt;förtydligat&gt; &amp; mer\.<\/summary>/);
  assert.match(xml, /<summary>Versionen från 2023-09-26\.<\/summary>/);
});

test('ids are name-based UUIDs: stable, distinct, RFC 9562 version 5', () => {
  assert.equal(uuidUrn('a'), uuidUrn('a'));
  assert.notEqual(uuidUrn('a'), uuidUrn('b'));
  assert.match(uuidUrn('a'), /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  // The same as Python's uuid.uuid5(uuid.NAMESPACE_URL, 'http://www.example.com/').
  assert.equal(uuidUrn('http://www.example.com/'), 'urn:uuid:fcde3c85-2270-590f-9e7c-ee003d65e0e2');
});
