import { escapeJsonContent } from '../../json/escape.js';
import { JsonParseError, parseJson } from '../../json/parse.js';
import { JavaInvocationError } from '../values.js';
import { ISO_8859_1_ENTITIES } from './escape-tables.js';

const hex4 = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');

/** Java `URLEncoder.encode(s, UTF-8)`: form encoding (`a b/c` → `a+b%2Fc`). Source: S-FORM, §3.4. */
export function urlFormEncode(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9.\-*_]/.test(c)) out += c;
    else if (b === 0x20) out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** RFC 3986 percent-encoding; only `A-Z a-z 0-9 - . _ ~` stay literal (oracle policy `$esc.uriEncode`). */
export function uriEncode(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * `$esc.unurl`: Java's `URLDecoder.decode(s, "UTF-8")` (JDK 17), which velocity-tools'
 * EscapeTool calls: `+` becomes a space, each run of `%XX` escapes is decoded as UTF-8 bytes
 * (malformed sequences become U+FFFD), other characters are kept.
 * @throws JavaInvocationError with URLDecoder's IllegalArgumentException text for a bad hex
 *   pair (`%zz`, `%-1`) or an escape cut short at the end (`%2`) — texts taken from the oracle.
 */
export function urlDecode(s: string): string {
  const illegal = (detail: string) => new JavaInvocationError(`java.lang.IllegalArgumentException: URLDecoder: ${detail}`);
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '+') {
      out += ' ';
      i++;
    } else if (c !== '%') {
      out += c;
      i++;
    } else {
      const bytes: number[] = [];
      while (i + 2 < s.length && s[i] === '%') {
        const v = parseJavaHexPair(s.slice(i + 1, i + 3));
        if (typeof v === 'string') throw illegal(`Illegal hex characters in escape (%) pattern - ${v}`);
        if (v < 0) throw illegal('Illegal hex characters in escape (%) pattern - negative value');
        bytes.push(v);
        i += 3;
      }
      if (i < s.length && s[i] === '%') throw illegal('Incomplete trailing escape (%) pattern');
      out += Buffer.from(bytes).toString('utf8');
    }
  }
  return out;
}

/** `Integer.parseInt(pair, 16)` for two characters: the value, or NumberFormatException's text. */
function parseJavaHexPair(pair: string): number | string {
  const sign = pair[0] === '-' || pair[0] === '+' ? (pair[0] as string) : '';
  const digits = pair.slice(sign.length);
  for (let k = 0; k < digits.length; k++) {
    if (!/[0-9A-Fa-f]/.test(digits[k] as string)) return `Error at index ${k + sign.length} in: "${pair}"`;
  }
  const v = parseInt(digits, 16);
  return sign === '-' ? -v : v;
}

/** `$esc.jsonString` / `jsonEncode` (oracle policy): JSON content escaping, no quotes added. */
export function jsonString(s: string): string {
  return escapeJsonContent(s);
}

/**
 * `$esc.jsonDecode` (oracle policy, speculative): the inverse of jsonString; text that is not
 * valid JSON string content is returned unchanged and `onInvalid` is called.
 */
export function jsonDecode(s: string, onInvalid: () => void): string {
  try {
    const v = parseJson(`"${s}"`);
    if (typeof v === 'string') return v;
  } catch (e) {
    if (!(e instanceof JsonParseError)) throw e;
  }
  onInvalid();
  return s;
}

/** commons-lang3 `escapeJava`. */
export function escapeJava(s: string): string {
  return escapeJavaStyle(s, false);
}

/** commons-lang3 `escapeEcmaScript` (also `'` and `/`). */
export function escapeJavaScript(s: string): string {
  return escapeJavaStyle(s, true);
}

function escapeJavaStyle(s: string, ecma: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i] as string;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ecma && ch === "'") out += "\\'";
    else if (ecma && ch === '/') out += '\\/';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c > 0x7f) out += `\\u${hex4(c)}`;
    else out += ch;
  }
  return out;
}

/** commons-lang3 `escapeHtml4` (basic entities and ISO-8859-1 names; HTML 4 extended names are not covered). */
export function escapeHtml(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '&quot;';
    else if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (c >= 0xa0 && c <= 0xff) out += `&${ISO_8859_1_ENTITIES[c - 0xa0]};`;
    else out += ch;
  }
  return out;
}

/** commons-lang3 `escapeXml10`. */
export function escapeXml(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '&quot;';
    else if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === "'") out += '&apos;';
    else if ((c <= 0x08) || c === 0x0b || c === 0x0c || (c >= 0x0e && c <= 0x1f) || c === 0xfffe || c === 0xffff) continue;
    else if ((c >= 0x7f && c <= 0x84) || (c >= 0x86 && c <= 0x9f)) out += `&#${c};`;
    else out += ch;
  }
  return out;
}

/** EscapeTool `sql`: doubles single quotes. */
export function escapeSql(s: string): string {
  return s.split("'").join("''");
}

/** EscapeTool `velocity`: `$` → `${esc.d}`, `#` → `${esc.h}`. */
export function escapeVelocity(s: string): string {
  return s.replace(/[$#]/g, (c) => (c === '$' ? '${esc.d}' : '${esc.h}'));
}

/** EscapeTool `unicode`: `\u00e9` (or `00e9`) → é. @throws JavaInvocationError NumberFormatException */
export function unicode(s: string): string {
  const hex = s.startsWith('\\u') ? s.slice(2) : s;
  if (!/^[0-9a-fA-F]+$/.test(hex)) {
    throw new JavaInvocationError(`java.lang.NumberFormatException: For input string: "${hex}" under radix 16`);
  }
  return String.fromCharCode(Number.parseInt(hex, 16) & 0xffff);
}

/** EscapeTool `propertyKey` / `propertyValue` (java.util.Properties escaping). */
export function escapeProperty(s: string, isKey: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const c = s.charCodeAt(i);
    switch (ch) {
      case '\t': out += '\\t'; break;
      case '\n': out += '\\n'; break;
      case '\f': out += '\\f'; break;
      case '\r': out += '\\r'; break;
      case ' ': out += i === 0 || isKey ? '\\ ' : ' '; break;
      case '\\': case '#': case '!': case '=': case ':': out += `\\${ch}`; break;
      default:
        out += c < 0x20 || c > 0x7e ? `\\u${hex4(c)}` : ch;
    }
  }
  return out;
}
