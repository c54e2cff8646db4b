// The HTTP headers the site is meant to be served with on the intranet. One
// list for the local server (`serve.mjs --csp`), the tests and the bench;
// deploy/nginx.conf writes the same values out and a test compares them.

/**
 * Scripts only from files on the site's own origin. Pagefind compiles its
 * WebAssembly ('wasm-unsafe-eval') and starts a worker from a blob; Mermaid
 * writes <style> and style="" at run time ('unsafe-inline' for styles only).
 * Forms (the header's search, the guide's questions) may only be sent to
 * the site itself: default-src does not cover form-action.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {Record<string, string>} */
export const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  // Scripts and styles are only run when served with their own type.
  'x-content-type-options': 'nosniff',
  // No request names the page it came from: not even the site's own, whose
  // address may carry a reader's answers in its query (/guide/?roll=…), and
  // no intranet address leaves the intranet.
  'referrer-policy': 'no-referrer',
  // frame-ancestors does the same for current browsers; this is for older ones.
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
};
