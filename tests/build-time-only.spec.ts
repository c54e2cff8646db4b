import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { filesUnder } from './support/files';

/**
 * Libraries the build uses and the reader's browser never needs stay out of
 * what the site serves: phone numbers are checked and formatted against
 * the national numbering plan (libphonenumber-js, src/lib/phone.ts) when
 * the site is built, and the pages carry only the result.
 */


test('no served file carries the phone numbering plan or its library', () => {
  const files = filesUnder('dist', (name) => /\.(html|js|mjs|json)$/.test(name));
  expect(files.some((file) => file.endsWith('.js'))).toBe(true);
  // The metadata's own key, and the parse errors the library's code names.
  const carriers = files.filter((file) => /country_calling_codes|NOT_A_NUMBER|INVALID_COUNTRY/.test(readFileSync(file, 'utf8')));
  expect(carriers).toEqual([]);
});
