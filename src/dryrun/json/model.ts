import { JavaBigInteger, bigIntToFiniteNumber, integralValue } from './java-big-integer.js';
import { JavaDouble } from './java-double.js';

/**
 * JSON values as the dry run holds them: objects are plain objects whose members are own
 * properties (read them with {@link getMember}), integral numbers are JS numbers inside the
 * safe range and {@link JavaBigInteger} outside it (exact digits, as json-smart keeps them),
 * numbers written with a fraction or exponent are {@link JavaDouble} (genesys-runtime.md §5.3).
 */
export type JsonValue = null | boolean | number | JavaDouble | JavaBigInteger | string | JsonValue[] | JsonObject;

/** A JSON object; key order is insertion order, as json-smart's ordered reader keeps it. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** True for a JSON object (not an array, not a boxed number, not null). */
export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JavaDouble) && !(v instanceof JavaBigInteger);
}

/** Own-property read; never reaches `Object.prototype` (so `constructor`, `__proto__` are plain keys). */
export function hasMember(o: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** The member `key` of `o`, or undefined when `o` has no such own property. */
export function getMember(o: JsonObject, key: string): JsonValue | undefined {
  return hasMember(o, key) ? o[key] : undefined;
}

/** Sets an own property, also for keys such as `__proto__` (no prototype change). */
export function setMember(o: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Converts any JS value (e.g. a fixture body parsed by JSON.parse or YAML) into the dry-run
 * model: non-integral numbers become {@link JavaDouble}; integral numbers beyond the safe range
 * become {@link JavaBigInteger}; a JS `bigint` (e.g. from a reader that keeps big integers)
 * becomes a number when safe, else a {@link JavaBigInteger}; existing boxes are kept;
 * `undefined` members are dropped; other non-JSON values (functions, symbols) become strings.
 */
export function toJsonModel(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (v instanceof JavaDouble || v instanceof JavaBigInteger) return v;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      if (!Number.isInteger(v)) return new JavaDouble(v);
      return Number.isSafeInteger(v) ? v : new JavaBigInteger(BigInt(v));
    case 'bigint':
      return integralValue(v);
    case 'object': {
      if (Array.isArray(v)) return v.map((x) => toJsonModel(x));
      const out: JsonObject = {};
      for (const key of Object.keys(v)) {
        const member = (v as Record<string, unknown>)[key];
        if (member !== undefined) setMember(out, key, toJsonModel(member));
      }
      return out;
    }
    default:
      return String(v);
  }
}

/**
 * Converts a model value back to plain JSON-compatible JS (boxes become numbers). `doubles`
 * (optional) collects the JSON pointers of boxed doubles with an integral value, e.g. `150.0`,
 * which a JS validator would otherwise take for integers (genesys-runtime.md §6). A
 * {@link JavaBigInteger} becomes its nearest double (finite: saturated at ±`Number.MAX_VALUE`),
 * still an integer for a validator; digits beyond 2^53 are lost in this form.
 */
export function toPlainJson(v: JsonValue, doubles?: Set<string>, pointer = ''): unknown {
  if (v instanceof JavaDouble) {
    if (doubles && Number.isInteger(v.value)) doubles.add(pointer);
    return v.value;
  }
  if (v instanceof JavaBigInteger) return bigIntToFiniteNumber(v.value);
  if (Array.isArray(v)) return v.map((x, i) => toPlainJson(x, doubles, `${pointer}/${i}`));
  if (isJsonObject(v)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      const child = toPlainJson(v[key] as JsonValue, doubles, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return v;
}
