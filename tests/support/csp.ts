import type { Page } from '@playwright/test';

/**
 * Collects every Content-Security-Policy violation on a page: the
 * `securitypolicyviolation` events of the document (reported through the
 * console by an init script, so they survive navigations) and Chromium's own
 * "Refused to …" console errors, from the page and from its workers.
 * Call before the first `goto`.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile || location.href}:${event.lineNumber})`,
      );
    });
  });
  const record = (text: string) => {
    if (/CSP violation|Refused to|Content Security Policy/i.test(text)) violations.push(text);
  };
  page.on('console', (message) => record(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => record(message.text())));
  return violations;
}
