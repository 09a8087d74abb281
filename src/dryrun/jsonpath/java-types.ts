import { escapeJsonSmart } from '../json/escape.js';
import { JavaBigInteger, javaIntegralClassName } from '../json/java-big-integer.js';
import { JavaDouble, javaIntegerToString } from '../json/java-double.js';
import { type JsonValue, isJsonObject } from '../json/model.js';

/**
 * The `Set` that Jayway's `keys()` returns (`LinkedHashMap.keySet()`, json-path 2.10.0
 * `KeySetFunction`). It serializes like a JSON array (json-smart writes any collection as one),
 * but Jayway's json-smart provider does not treat it as an array: `isArray` is false, filters
 * cannot convert it, and its `toString()` is `[a, b]`.
 */
export class JavaKeySet extends Array<string> {
  /** Derived arrays (`map`, `slice` …) are plain arrays. */
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  /** @param keys the map's keys in insertion order. */
  static fromKeys(keys: readonly string[]): JavaKeySet {
    const set = new JavaKeySet();
    for (const k of keys) set.push(k);
    return set;
  }
}

/** json-smart provider `isArray`: a JSON array (a `JSONArray`, never the key set of `keys()`). */
export function isJaywayArray(v: unknown): v is JsonValue[] {
  return Array.isArray(v) && !(v instanceof JavaKeySet);
}

/** json-smart provider `isMap`: a JSON object. */
export function isJaywayMap(v: unknown): v is Record<string, JsonValue> {
  return isJsonObject(v);
}

/** True for a value Java holds as a `java.lang.Number` (Integer/Long/BigInteger/Double). */
export function isJavaNumber(v: unknown): v is number | JavaDouble | JavaBigInteger {
  return typeof v === 'number' || v instanceof JavaDouble || v instanceof JavaBigInteger;
}

/**
 * `model.getClass().getName()` of a value of a json-smart document as Jayway prints it
 * ("... but found 'java.lang.String'"): objects are `LinkedHashMap`s (the ordered mapper),
 * arrays `JSONArray`s, integral numbers Integer/Long/BigInteger by magnitude.
 */
export function jsonSmartClassName(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'java.lang.String';
  if (typeof v === 'boolean') return 'java.lang.Boolean';
  if (v instanceof JavaDouble) return 'java.lang.Double';
  if (typeof v === 'number' || v instanceof JavaBigInteger) return javaIntegralClassName(v);
  if (v instanceof JavaKeySet) return 'java.util.LinkedHashMap$LinkedKeySet';
  if (Array.isArray(v)) return 'net.minidev.json.JSONArray';
  return 'java.util.LinkedHashMap';
}

/**
 * Java `toString()` of a document value, as it appears in Jayway messages ("Current context
 * is: …") and in `concat()`: a map prints as `{k=v, …}` (`AbstractMap`), a `JSONArray` as its
 * JSON text (json-smart `NO_COMPRESS`, `/` escaped), the key set as `[a, b]`.
 */
export function javaToString(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return javaIntegerToString(v);
  if (v instanceof JavaDouble || v instanceof JavaBigInteger) return v.toString();
  if (v instanceof JavaKeySet) return `[${v.join(', ')}]`;
  if (Array.isArray(v)) return writeJsonNoCompress(v);
  return `{${Object.keys(v)
    .map((k) => `${k}=${javaToString((v as Record<string, JsonValue>)[k])}`)
    .join(', ')}}`;
}

/**
 * json-smart `toJSONString(v, JSONStyle.NO_COMPRESS)` — what `JSONArray.toString()` produces:
 * like LT_COMPRESS but `/` is written as `\/`.
 */
export function writeJsonNoCompress(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `"${escapeJsonSmart(v).replace(/\//g, '\\/')}"`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return javaIntegerToString(v);
  if (v instanceof JavaBigInteger) return v.toString();
  if (v instanceof JavaDouble) return Number.isFinite(v.value) ? v.toString() : 'null';
  if (Array.isArray(v)) return `[${v.map(writeJsonNoCompress).join(',')}]`;
  return `{${Object.keys(v)
    .map((k) => `"${escapeJsonSmart(k).replace(/\//g, '\\/')}":${writeJsonNoCompress((v as Record<string, JsonValue>)[k] as JsonValue)}`)
    .join(',')}}`;
}

/**
 * Java `equals` between two document values (`AbstractList`/`AbstractMap.equals`, boxed
 * numbers by class and value): an integral number never equals a double (`3` vs `3.0`), doubles
 * compare bitwise (`Double.equals`), big integers by value (a safe-range `number` and a
 * {@link JavaBigInteger} never hold the same value), the key set never equals a list.
 */
export function javaEquals(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (a instanceof JavaDouble || b instanceof JavaDouble) {
    return a instanceof JavaDouble && b instanceof JavaDouble && Object.is(a.value, b.value);
  }
  if (a instanceof JavaBigInteger || b instanceof JavaBigInteger) {
    return a instanceof JavaBigInteger && b instanceof JavaBigInteger && a.value === b.value;
  }
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if ((a instanceof JavaKeySet) !== (b instanceof JavaKeySet)) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => javaEquals(x, b[i]));
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && javaEquals(a[k], b[k]));
}
