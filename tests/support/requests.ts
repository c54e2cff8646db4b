import type { BrowserContext, Page, Request } from '@playwright/test';

/**
 * The requests a page (or every page of a context) makes from now on, as
 * their addresses, kept by `keep` (all by default): scripts loaded, search
 * fragments fetched, anything that leaves the site. Call before the `goto`
 * whose requests count; the list fills as they are made.
 */
export function watchRequests(target: Page | BrowserContext, keep: (request: Request) => boolean = () => true): string[] {
  const seen: string[] = [];
  (target as Page).on('request', (request: Request) => {
    if (keep(request)) seen.push(request.url());
  });
  return seen;
}

/** Scripts, for tests of what code a page loads. */
export const scripts = (request: Request) => request.resourceType() === 'script';

/** Requests that leave `origin` (data: addresses are the page's own). */
export const leaving = (origin: string) => (request: Request) => {
  const url = new URL(request.url());
  return url.origin !== new URL(origin).origin && url.protocol !== 'data:';
};
