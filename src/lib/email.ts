/**
 * An e-mail address in the pieces a line may break between: before each
 * "@" and ".", as typographers break addresses, so a narrow screen never
 * splits a name or a domain mid-word. Pure; the link component puts a
 * <wbr> between the pieces.
 */
export function emailPieces(address: string): string[] {
  return address.split(/(?=[@.])/).filter(Boolean);
}
