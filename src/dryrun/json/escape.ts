/**
 * JSON string-content escaping in the two styles the Genesys stack uses.
 */

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Jackson-style escaping (the oracle's `Json.escape`, used for `$esc.jsonString` / `jsonEncode`
 * and `input.rawRequest`): `"` `\` `\b \f \n \r \t`, other characters below U+0020 as `\u00XX`
 * (upper-case hex); `/` and non-ASCII are kept. No surrounding quotes.
 * Source: oracle README "Policy choices" (`$esc.jsonString`).
 */
export function escapeJsonContent(s: string): string {
  return escapeWith(s, (c) => c < 0x20);
}

/**
 * json-smart `JSONStyle.LT_COMPRESS` string escaping (what Jayway's `JsonSmartJsonProvider`
 * uses): like {@link escapeJsonContent} but also `\uXXXX` for U+007F–U+009F and U+2000–U+20FF;
 * `/` is not escaped. Source: oracle README "Serializing translation values".
 */
export function escapeJsonSmart(s: string): string {
  return escapeWith(s, (c) => c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff));
}

/** Escapes `"`, `\\` and the short control escapes; characters for which `unicode` is true become `\uXXXX`. */
function escapeWith(s: string, unicode: (code: number) => boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const short = SHORT_ESCAPES[c];
    if (short !== undefined) out += short;
    else out += unicode(c) ? `\\u${hex4(c)}` : s[i];
  }
  return out;
}

const SHORT_ESCAPES: Record<number, string> = { 0x22: '\\"', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x08: '\\b', 0x0c: '\\f' };
