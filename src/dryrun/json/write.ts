import { JavaBigInteger } from './java-big-integer.js';
import { JavaDouble, javaIntegerToString } from './java-double.js';
import { escapeJsonContent, escapeJsonSmart } from './escape.js';
import { type JsonValue, isJsonObject } from './model.js';

/**
 * Compact JSON text with Jackson-style string escaping and Java number rendering (`2.5`, `1.0`,
 * `1.0E10`, big integers digit for digit): the form of `input.rawRequest` and of the oracle's own writer (oracle README
 * "`input.rawRequest`").
 */
export function writeJson(v: JsonValue): string {
  return write(v, escapeJsonContent);
}

/**
 * json-smart `JSONValue.toJSONString(v, JSONStyle.LT_COMPRESS)`: how Jayway's json-smart provider
 * serializes values (Long/BigInteger digit for digit). Used for `rawResult`, translation-map values and `firstFromArray` results
 * (genesys-runtime.md §5.3; oracle README "Serializing translation values").
 */
export function writeJsonSmart(v: JsonValue): string {
  return write(v, escapeJsonSmart);
}

function write(v: JsonValue, esc: (s: string) => string): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `"${esc(v)}"`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return javaIntegerToString(v);
  if (v instanceof JavaBigInteger) return v.toString();
  if (v instanceof JavaDouble) {
    return Number.isFinite(v.value) ? v.toString() : 'null';
  }
  if (Array.isArray(v)) return `[${v.map((x) => write(x, esc)).join(',')}]`;
  if (isJsonObject(v)) {
    return `{${Object.keys(v)
      .map((k) => `"${esc(k)}":${write(v[k] as JsonValue, esc)}`)
      .join(',')}}`;
  }
  return `"${esc(String(v))}"`;
}
