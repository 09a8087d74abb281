/**
 * Velocity 2.x string-literal semantics (`ASTStringLiteral.init`, verified with the oracle):
 * backslashes are ordinary characters, except that a double-quoted literal decodes `\uXXXX`
 * (Java `Integer.parseInt(…, 16)` on the four characters after `\u`); a quote is written twice
 * (`"say ""hi"""`, `'It''s'`). Single-quoted literals decode nothing else.
 */

/**
 * The Java exception message a bad `\u` escape in a double-quoted literal raises, or undefined
 * when every escape is valid: `begin 3, end 7, length 6` (too few characters) or
 * `For input string: "ZZZZ" under radix 16`.
 */
export function checkUnicodeEscapes(content: string): string | undefined {
  try {
    unescapeUnicode(content);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Velocity's `unescape`: each `\u` plus four characters becomes one char. @throws Error with Java's message. */
function unescapeUnicode(s: string): string {
  let u = s.indexOf('\\u');
  if (u < 0) return s;
  let out = '';
  let last = 0;
  for (;;) {
    out += s.slice(last, u);
    if (u + 6 > s.length) throw new Error(`begin ${u + 2}, end ${u + 6}, length ${s.length}`);
    const hex = s.slice(u + 2, u + 6);
    if (!/^[+-]?[0-9A-Fa-f]+$/.test(hex)) throw new Error(`For input string: "${hex}" under radix 16`);
    out += String.fromCharCode(Number.parseInt(hex, 16) & 0xffff);
    last = u + 6;
    u = s.indexOf('\\u', last);
    if (u < 0) return out + s.slice(last);
  }
}

/**
 * The value of a string literal from its source content (between the quotes).
 * @param doubleQuoted true for `"…"` (decodes `\u` escapes; may be interpolated afterwards).
 */
export function decodeStringLiteral(content: string, doubleQuoted: boolean): string {
  let s = content;
  if (doubleQuoted) {
    try {
      s = unescapeUnicode(s);
    } catch {
      /* reported when the template was parsed */
    }
    return s.split('""').join('"');
  }
  return s.split("''").join("'");
}
