import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Libraries the build uses and the reader's browser never needs stay out of
 * what the site serves: phone numbers are checked and formatted against
 * the national numbering plan (libphonenumber-js, src/lib/phone.ts) when
 * the site is built, and the pages carry only the result.
 */

/** Every file the site serves, scripts and pages alike. */
function servedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? servedFiles(path) : /\.(html|js|mjs|json)$/.test(name) ? [path] : [];
  });
}

test('no served file carries the phone numbering plan or its library', () => {
  const files = servedFiles('dist');
  expect(files.some((file) => file.endsWith('.js'))).toBe(true);
  // The metadata's own key, and the parse errors the library's code names.
  const carriers = files.filter((file) => /country_calling_codes|NOT_A_NUMBER|INVALID_COUNTRY/.test(readFileSync(file, 'utf8')));
  expect(carriers).toEqual([]);
});
