import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeText, foldLine, icsCalendar, stepEventUid, type CalendarEvent } from './ics.ts';

const STAMP = new Date('2026-11-23T09:00:00Z');
// Fixtures: fictional steps of a fictional routine; the calendar format is tested, not content/process/.
const FIXTURE_EVENTS: CalendarEvent[] = [
  {
    uid: stepEventUid('provsteg', '2027-01-22'),
    start: '2027-01-08',
    summary: 'Senast: Ett påhittat provsteg på försörjningsstöd (Fiktiv rutin, avsnittet ”Ett påhittat avsnitt”)',
    description: 'senast en påhittad tid före frigivningen; planerad frigivning fredag 22 januari 2027.\nRutinens text gäller, se länken.',
    url: 'https://intranat.example/rutiner/insluss/rutiner/fiktiv/#ett-pahittat-avsnitt',
  },
  { uid: stepEventUid('andra-provsteget', '2027-03-03'), start: '2026-11-03', end: '2026-12-03', summary: 'Cirka: Ett andra provsteg' },
  { uid: stepEventUid('tredje-provsteget', '2026-12-31'), start: '2026-12-31', summary: 'Senast: Provsteget är klart; a, b och \\c' },
];

/** RFC 5545 3.1: a CRLF followed by one space or tab joins two physical lines into one logical line. */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
}

/** The logical lines as [name with parameters, value]. */
function properties(text: string): Array<[string, string]> {
  return unfold(text).map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 1)];
  });
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) => (character.toLowerCase() === 'n' ? '\n' : character));
}

const file = icsCalendar(FIXTURE_EVENTS, { stamp: STAMP, name: 'Insluss' });

test('ics: every line ends in CRLF, with no bare CR or LF (3.1)', () => {
  assert.ok(file.endsWith('\r\n'));
  assert.equal(file.replace(/\r\n/g, '').search(/[\r\n]/), -1);
});

test('ics: no line is longer than 75 octets, and folding never splits a character (3.1)', () => {
  const physical = file.split('\r\n').slice(0, -1);
  for (const line of physical) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
  assert.ok(physical.some((line) => line.startsWith(' ')), 'the long summary is folded');
  for (const line of physical) assert.ok(!line.includes('\uFFFD'));
  const summary = properties(file).find(([name]) => name === 'SUMMARY')!;
  assert.equal(unescapeText(summary[1]), FIXTURE_EVENTS[0]!.summary);
});

test('ics: a calendar of events, each with UID, DTSTAMP, all-day DTSTART and an exclusive DTEND (3.6.1)', () => {
  const props = properties(file);
  assert.deepEqual(props[0], ['BEGIN', 'VCALENDAR']);
  assert.deepEqual(props.at(-1), ['END', 'VCALENDAR']);
  assert.ok(props.some(([name, value]) => name === 'VERSION' && value === '2.0'));
  assert.ok(props.some(([name]) => name === 'PRODID'));
  const events = props.filter(([name, value]) => name === 'BEGIN' && value === 'VEVENT').length;
  assert.equal(events, 3);
  const values = (name: string) => props.filter(([key]) => key === name).map(([, value]) => value);
  assert.deepEqual(values('DTSTART;VALUE=DATE'), ['20270108', '20261103', '20261231']);
  // The day after the last day: a single day ends the next day; a window the day after it ends; a year turns.
  assert.deepEqual(values('DTEND;VALUE=DATE'), ['20270109', '20261204', '20270101']);
  assert.deepEqual(values('DTSTAMP'), ['20261123T090000Z', '20261123T090000Z', '20261123T090000Z']);
  assert.equal(new Set(values('UID')).size, 3);
});

test('ics: text is escaped and reads back the same (3.3.11)', () => {
  assert.equal(escapeText('a, b; c\\d\ne'), 'a\\, b\\; c\\\\d\\ne');
  const props = properties(file);
  const summaries = props.filter(([name]) => name === 'SUMMARY').map(([, value]) => value);
  assert.equal(summaries[2], 'Senast: Provsteget är klart\\; a\\, b och \\\\c');
  assert.equal(unescapeText(summaries[2]!), FIXTURE_EVENTS[2]!.summary);
  const description = props.find(([name]) => name === 'DESCRIPTION')![1];
  assert.equal(unescapeText(description), FIXTURE_EVENTS[0]!.description);
  assert.ok(!description.includes('\n'));
});

test('ics: the same step and release date give the same UID, downloaded at any time', () => {
  const later = icsCalendar(FIXTURE_EVENTS, { stamp: new Date('2026-12-01T15:30:00Z'), name: 'Insluss' });
  const uids = (text: string) => properties(text).filter(([name]) => name === 'UID').map(([, value]) => value);
  assert.deepEqual(uids(later), uids(file));
  assert.equal(stepEventUid('provsteg', '2027-01-22'), 'provsteg-20270122@insluss-guiden');
  assert.notEqual(stepEventUid('provsteg', '2027-01-22'), stepEventUid('provsteg', '2027-01-29'));
});

test('ics: folding keeps short lines whole and splits long ones into 75 and 74 + a space', () => {
  assert.equal(foldLine('SUMMARY:kort'), 'SUMMARY:kort');
  const long = `DESCRIPTION:${'x'.repeat(200)}`;
  const parts = foldLine(long).split('\r\n');
  assert.equal(parts[0]!.length, 75);
  assert.ok(parts.slice(1).every((part) => part.startsWith(' ') && part.length <= 75));
  assert.equal(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join(''), long);
  // Two-octet characters at the boundary stay whole.
  const swedish = `SUMMARY:${'å'.repeat(60)}`;
  for (const part of foldLine(swedish).split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75);
  assert.equal(foldLine(swedish).replace(/\r\n /g, ''), swedish);
});
