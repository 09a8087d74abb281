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
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += '\\\\'; break;
      case 0x0a: out += '\\n'; break;
      case 0x0d: out += '\\r'; break;
      case 0x09: out += '\\t'; break;
      case 0x08: out += '\\b'; break;
      case 0x0c: out += '\\f'; break;
      default:
        out += c < 0x20 ? `\\u${hex4(c)}` : s[i];
    }
  }
  return out;
}

/**
 * json-smart `JSONStyle.LT_COMPRESS` string escaping (what Jayway's `JsonSmartJsonProvider`
 * uses): like {@link escapeJsonContent} but also `\uXXXX` for U+007F–U+009F and U+2000–U+20FF;
 * `/` is not escaped. Source: oracle README "Serializing translation values".
 */
export function escapeJsonSmart(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += '\\\\'; break;
      case 0x0a: out += '\\n'; break;
      case 0x0d: out += '\\r'; break;
      case 0x09: out += '\\t'; break;
      case 0x08: out += '\\b'; break;
      case 0x0c: out += '\\f'; break;
      default:
        if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff)) out += `\\u${hex4(c)}`;
        else out += s[i];
    }
  }
  return out;
}
