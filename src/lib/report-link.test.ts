import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillReport, reportHref, reportTemplate, versionLine } from './report-link.ts';

/** What a mail program makes of a mailto: link (RFC 6068). */
function opened(href: string) {
  const url = new URL(href);
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
}

test('subject and body carry the page, the section and the routines’ revisions', () => {
  const mail = opened(
    reportHref('dokumentansvarig@goteborg.se', {
      page: 'https://intranat.example.se/rutiner/nordost/',
      section: { heading: 'Samverkan med funktionsstöd', href: 'https://intranat.example.se/rutiner/nordost/#samverkan-med-funktionsstod' },
      versions: [versionLine('Lokal rutin Insluss', '2023-09-26')],
    }),
  );
  assert.equal(mail.to, 'dokumentansvarig@goteborg.se');
  assert.equal(mail.subject, 'Fel på sidan https://intranat.example.se/rutiner/nordost/');
  assert.equal(
    mail.body,
    [
      'Sidan: https://intranat.example.se/rutiner/nordost/',
      'Avsnittet: Samverkan med funktionsstöd (https://intranat.example.se/rutiner/nordost/#samverkan-med-funktionsstod)',
      'Lokal rutin Insluss, senast reviderad 2023-09-26',
      '',
      'Vad är fel, och vad borde stå i stället?',
      '',
    ].join('\r\n'),
  );
});

test('without a section, the body says nothing of one; characters that would end the address are encoded', () => {
  const href = reportHref('a@b.se', { page: '/guide/#roll=x&svar=ja', versions: [] });
  assert.doesNotMatch(href, /#/);
  const mail = opened(href);
  assert.equal(mail.subject, 'Fel på sidan /guide/#roll=x&svar=ja');
  assert.doesNotMatch(mail.body!, /Avsnittet/);
});

test('the template, filled in by the page, is the same link the server would write', () => {
  const versions = [versionLine('Stadens rutin', '2024-03-13'), versionLine('Lokal rutin', '2023-09-26')];
  const section = { heading: 'Bakgrund', href: 'https://x.se/rutiner/nordost/#bakgrund' };
  const template = reportTemplate('a@b.se', versions);
  assert.equal(fillReport(template, 'https://x.se/rutiner/nordost/', section), reportHref('a@b.se', { page: 'https://x.se/rutiner/nordost/', section, versions }));
  assert.equal(fillReport(template, '/'), reportHref('a@b.se', { page: '/', versions }));
  assert.deepEqual(opened(fillReport(template, '/')).body!.split('\r\n').slice(0, 3), ['Sidan: /', 'Stadens rutin, senast reviderad 2024-03-13', 'Lokal rutin, senast reviderad 2023-09-26']);
});
