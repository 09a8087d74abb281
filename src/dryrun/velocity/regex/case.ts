/**
 * Java's simple (one-to-one) case mappings, `Character.toUpperCase(int)` /
 * `Character.toLowerCase(int)`: a character whose full mapping is several characters
 * (`ß` → `SS`) keeps itself.
 */
export function javaToUpper(cp: number): number {
  const s = String.fromCodePoint(cp).toUpperCase();
  const c = s.codePointAt(0) as number;
  return s.length === String.fromCodePoint(c).length ? c : cp;
}

/** See {@link javaToUpper}. */
export function javaToLower(cp: number): number {
  const s = String.fromCodePoint(cp).toLowerCase();
  const c = s.codePointAt(0) as number;
  return s.length === String.fromCodePoint(c).length ? c : cp;
}

/** `ASCII.toLower` / `ASCII.toUpper` counterpart of an ASCII letter; other code points unchanged. */
export function asciiOtherCase(cp: number): number {
  if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x20;
  return cp;
}
