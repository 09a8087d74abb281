import { JavaDouble } from '../json/java-double.js';

/**
 * Values crossing the worker boundary go through the structured clone algorithm, which keeps
 * plain objects (own `__proto__` keys included), arrays and primitives, but turns a class
 * instance such as {@link JavaDouble} into a plain `{value}` object. These two functions carry
 * a `JavaDouble` across as a one-element `Float64Array` (a type JSON data never contains) and
 * box it again on the other side, so a result read from a worker equals the direct one.
 */

/**
 * A copy of `value` that survives structured clone: every `JavaDouble` becomes a one-element
 * `Float64Array`; plain objects and arrays are copied (own enumerable keys, `__proto__` kept as a
 * key); anything else is returned as it is.
 */
export function encodeForWorker(value: unknown): unknown {
  if (value instanceof JavaDouble) return new Float64Array([value.value]);
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
 * `Float64Array`s become `JavaDouble`s again. Mutates and returns `value`.
 */
export function decodeFromWorker<T = unknown>(value: unknown): T {
  return decode(value) as T;
}

function decode(value: unknown): unknown {
  if (value instanceof Float64Array && value.length === 1) return new JavaDouble(value[0] as number);
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
