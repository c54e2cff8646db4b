/**
 * The element id an address's fragment names ("#steg-sig" → "steg-sig",
 * its percent-encoding undone), "" for no fragment, or undefined when the
 * percent-encoding is broken ("#%", "#%E0%A4%A"): such an address names no
 * element, and reading it must not throw (decodeURIComponent does).
 */
export function fragmentId(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
}
