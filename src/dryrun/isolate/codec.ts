import { JavaBigInteger, integralValue } from '../json/java-big-integer.js';
import { JavaDouble } from '../json/java-double.js';

/**
 * Values crossing the worker boundary go through the structured clone algorithm, which keeps
 * plain objects (own `__proto__` keys included), arrays and primitives, but turns a class
 * instance such as {@link JavaDouble} or {@link JavaBigInteger} into a plain `{value}` object.
 * These two functions carry a `JavaDouble` across as a one-element `Float64Array` and a
 * `JavaBigInteger` as its `bigint` (types JSON data never contains; a bigint survives structured
 * clone with every digit) and box them again on the other side, so a result read from a worker
 * equals the direct one.
 */

/**
 * A copy of `value` that survives structured clone: every `JavaDouble` becomes a one-element
 * `Float64Array`, every `JavaBigInteger` its `bigint`; plain objects and arrays are copied (own
 * enumerable keys, `__proto__` kept as a key); anything else is returned as it is.
 */
export function encodeForWorker(value: unknown): unknown {
  if (value instanceof JavaDouble) return new Float64Array([value.value]);
  if (value instanceof JavaBigInteger) return value.value;
  if (Array.isArray(value)) return value.map(encodeForWorker);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, { value: encodeForWorker(value[key]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/**
 * The inverse of {@link encodeForWorker}, applied to a freshly cloned value: one-element
 * `Float64Array`s become `JavaDouble`s again, bigints `JavaBigInteger`s (a bigint inside the
 * safe range, which only a caller's own data can hold, becomes a number, as `toJsonModel` would
 * make it). Mutates and returns `value` (a top-level box is returned new).
 */
export function decodeFromWorker<T = unknown>(value: unknown): T {
  return decode(value) as T;
}

function decode(value: unknown): unknown {
  if (value instanceof Float64Array && value.length === 1) return new JavaDouble(value[0] as number);
  if (typeof value === 'bigint') return integralValue(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i]);
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const before = value[key];
      const after = decode(before);
      if (after !== before) Object.defineProperty(value, key, { value: after, enumerable: true, writable: true, configurable: true });
    }
  }
  return value;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const DOUBLE_TAG = '\u0000javaDouble';
const BIG_INTEGER_TAG = '\u0000javaBigInteger';

/**
 * `value` as JSON text that {@link decodeJsonFromWorker} turns back into an equal value: a
 * `JavaDouble` is written as `{"\u0000javaDouble": n}` (its value may be NaN or ±Infinity,
 * written as a string then), a `JavaBigInteger` as `{"\u0000javaBigInteger": "digits"}`; keys
 * starting with NUL never occur in the dry run's data, whose keys come from JSON documents and
 * templates. Used for the step reports, which a string carries across the thread boundary
 * cheaply.
 */
export function encodeJsonForWorker(value: unknown): string {
  return JSON.stringify(value, function replace(this: Record<string, unknown>, key: string, v: unknown) {
    const original = key === '' ? value : this[key];
    if (original instanceof JavaDouble) return { [DOUBLE_TAG]: Number.isFinite(original.value) ? original.value : String(original.value) };
    if (original instanceof JavaBigInteger) return { [BIG_INTEGER_TAG]: original.value.toString() };
    return v;
  });
}

/** The inverse of {@link encodeJsonForWorker}. */
export function decodeJsonFromWorker<T = unknown>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (isPlainObject(v)) {
      if (DOUBLE_TAG in v) return new JavaDouble(Number(v[DOUBLE_TAG]));
      if (BIG_INTEGER_TAG in v) return integralValue(BigInt(v[BIG_INTEGER_TAG] as string));
    }
    return v;
  }) as T;
}
