import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlFiles } from './support/site';

/**
 * Every HTML file the build emits (the 404 page too) is valid by
 * html-validate's recommended rules, configured in .htmlvalidate.json.
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const file of htmlFiles('dist')) {
  test(`${file} is valid HTML`, async () => {
    const report = await validator.validateFile(file);
    const problems = report.results.flatMap(({ messages }) =>
      messages.map(({ line, column, ruleId, message }) => `${file}:${line}:${column} ${ruleId}: ${message}`),
    );
    expect(problems).toEqual([]);
  });
}
