import { JavaDouble } from '../json/java-double.js';
import { type JsonValue, isJsonObject } from '../json/model.js';

/**
 * The Java class a json-smart document value has, as Jayway prints it in messages
 * ("... but found 'java.lang.String'").
 */
export function jsonSmartClassName(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'java.lang.String';
  if (typeof v === 'boolean') return 'java.lang.Boolean';
  if (v instanceof JavaDouble) return 'java.lang.Double';
  if (typeof v === 'number') {
    if (v >= -2147483648 && v <= 2147483647) return 'java.lang.Integer';
    return Math.abs(v) <= 9223372036854775807 ? 'java.lang.Long' : 'java.math.BigInteger';
  }
  if (Array.isArray(v)) return 'net.minidev.json.JSONArray';
  if (isJsonObject(v)) return 'net.minidev.json.JSONObject';
  return 'java.lang.Object';
}

/** Java `toString()` of a json-smart value (`{k=v, …}`, `[a, b]`), as it appears in Jayway messages. */
export function jsonSmartToString(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'number' || v instanceof JavaDouble) return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => jsonSmartToString(x)).join(', ')}]`;
  return `{${Object.keys(v)
    .map((k) => `${k}=${jsonSmartToString((v as Record<string, JsonValue>)[k])}`)
    .join(', ')}}`;
}
