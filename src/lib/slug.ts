/**
 * Swedish-friendly, ASCII-only slugs for heading ids and URLs.
 *
 * Intranet links get pasted into e-mail and chat, where non-ASCII
 * fragments are percent-encoded into something unreadable, so å, ä and ö
 * are folded to a and o (the way Swedish URLs are usually written).
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Hands out unique slugs within one document: a repeated heading gets
 * "-2", "-3" … so every id on the page stays unique.
 */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'avsnitt';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  };
}
