import { JavaBigInteger, bigIntToFiniteNumber, fitsInLong, integralBigInt, integralValue } from '../../json/java-big-integer.js';
import { JavaDouble } from '../../json/java-double.js';
import { type Lookup, type VMap, type VValue, JavaInvocationError, JavaObject, found, javaEquals, toJavaString } from '../values.js';
import { NoSuchOverload, arity, toInt } from './args.js';

type ListMethod = (l: VValue[], args: (VValue | undefined)[]) => VValue | undefined;
type MapMethod = (m: VMap, args: (VValue | undefined)[]) => VValue | undefined;

const MAX_LIST = 1_000_000;

function indexError(i: number, length: number): JavaInvocationError {
  return new JavaInvocationError(`java.lang.IndexOutOfBoundsException: Index ${i} out of bounds for length ${length}`);
}

function checkIndex(i: number, length: number): number {
  if (i < 0 || i >= length) throw indexError(i, length);
  return i;
}

function grow(l: VValue[]): void {
  if (l.length >= MAX_LIST) throw new JavaInvocationError('java.lang.OutOfMemoryError: list too large for the dry run');
}

/** java.util.List methods templates may call (ArrayList semantics). */
const LIST_METHODS = new Map<string, ListMethod>([
  ['size', (l, a) => (arity(a, 0), l.length)],
  ['isEmpty', (l, a) => (arity(a, 0), l.length === 0)],
  ['toString', (l, a) => (arity(a, 0), toJavaString(l))],
  ['get', (l, a) => (arity(a, 1), l[checkIndex(toInt(a[0]), l.length)] ?? null)],
  ['contains', (l, a) => (arity(a, 1), l.some((x) => javaEquals(x, a[0] ?? null)))],
  ['indexOf', (l, a) => (arity(a, 1), l.findIndex((x) => javaEquals(x, a[0] ?? null)))],
  [
    'lastIndexOf',
    (l, a) => {
      arity(a, 1);
      for (let i = l.length - 1; i >= 0; i--) if (javaEquals(l[i], a[0] ?? null)) return i;
      return -1;
    },
  ],
  ['equals', (l, a) => (arity(a, 1), javaEquals(l, a[0] ?? null))],
  [
    'add',
    (l, a) => {
      arity(a, 1, 2);
      grow(l);
      if (a.length === 1) {
        l.push(a[0] ?? null);
        return true;
      }
      const i = toInt(a[0]);
      if (i < 0 || i > l.length) throw indexError(i, l.length);
      l.splice(i, 0, a[1] ?? null);
      return undefined;
    },
  ],
  [
    'addAll',
    (l, a) => {
      arity(a, 1);
      const other = a[0];
      if (!Array.isArray(other)) throw new NoSuchOverload('collection expected');
      if (l.length + other.length > MAX_LIST) throw new JavaInvocationError('java.lang.OutOfMemoryError: list too large for the dry run');
      l.push(...other);
      return other.length > 0;
    },
  ],
  [
    'set',
    (l, a) => {
      arity(a, 2);
      const i = checkIndex(toInt(a[0]), l.length);
      const old = l[i] ?? null;
      l[i] = a[1] ?? null;
      return old;
    },
  ],
  [
    'remove',
    (l, a) => {
      arity(a, 1);
      const v = a[0];
      if (typeof v === 'number') {
        const i = checkIndex(v, l.length);
        return l.splice(i, 1)[0] ?? null;
      }
      const i = l.findIndex((x) => javaEquals(x, v ?? null));
      if (i >= 0) l.splice(i, 1);
      return i >= 0;
    },
  ],
  ['clear', (l, a) => (arity(a, 0), l.splice(0, l.length), undefined)],
  [
    'subList',
    (l, a) => {
      arity(a, 2);
      const from = toInt(a[0]);
      const to = toInt(a[1]);
      if (from < 0 || to > l.length || from > to) throw new JavaInvocationError(`java.lang.IndexOutOfBoundsException: fromIndex: ${from}, toIndex: ${to}, size: ${l.length}`);
      return l.slice(from, to);
    },
  ],
  ['containsAll', (l, a) => (arity(a, 1), Array.isArray(a[0]) ? a[0].every((x) => l.some((y) => javaEquals(x, y))) : false)],
]);

/** A `Map.Entry` as `entrySet()` yields it (`$e.key`, `$e.value`, `$e.getKey()`). */
export class MapEntry extends JavaObject {
  readonly javaClass = 'java.util.LinkedHashMap$Entry';
  constructor(readonly key: string, readonly value: VValue) {
    super();
  }
  getProperty(name: string): Lookup {
    if (name === 'key') return found(this.key);
    if (name === 'value') return found(this.value);
    return { found: false };
  }
  invoke(name: string, args: (VValue | undefined)[]): Lookup {
    if (args.length !== 0) return { found: false };
    if (name === 'getKey') return found(this.key);
    if (name === 'getValue') return found(this.value);
    if (name === 'toString') return found(this.toJavaString());
    return { found: false };
  }
  override toJavaString(): string {
    return `${this.key}=${toJavaString(this.value)}`;
  }
}

function key(v: VValue | undefined): string {
  return toJavaString(v ?? null);
}

/** java.util.Map methods templates may call (LinkedHashMap semantics). */
const MAP_METHODS = new Map<string, MapMethod>([
  ['size', (m, a) => (arity(a, 0), m.size)],
  ['isEmpty', (m, a) => (arity(a, 0), m.size === 0)],
  ['toString', (m, a) => (arity(a, 0), toJavaString(m))],
  ['get', (m, a) => (arity(a, 1), m.get(key(a[0])) ?? null)],
  ['getOrDefault', (m, a) => (arity(a, 2), m.has(key(a[0])) ? (m.get(key(a[0])) ?? null) : (a[1] ?? null))],
  ['containsKey', (m, a) => (arity(a, 1), m.has(key(a[0])))],
  ['containsValue', (m, a) => (arity(a, 1), [...m.values()].some((x) => javaEquals(x, a[0] ?? null)))],
  ['keySet', (m, a) => (arity(a, 0), [...m.keys()])],
  ['values', (m, a) => (arity(a, 0), [...m.values()])],
  ['entrySet', (m, a) => (arity(a, 0), [...m].map(([k, v]) => new MapEntry(k, v)))],
  ['equals', (m, a) => (arity(a, 1), javaEquals(m, a[0] ?? null))],
  [
    'put',
    (m, a) => {
      arity(a, 2);
      if (m.size >= MAX_LIST) throw new JavaInvocationError('java.lang.OutOfMemoryError: map too large for the dry run');
      const k = key(a[0]);
      const old = m.get(k) ?? null;
      m.set(k, a[1] ?? null);
      return old;
    },
  ],
  [
    'remove',
    (m, a) => {
      arity(a, 1);
      const k = key(a[0]);
      const old = m.get(k) ?? null;
      m.delete(k);
      return old;
    },
  ],
  ['clear', (m, a) => (arity(a, 0), m.clear(), undefined)],
]);

/** Calls an allow-listed List method. @throws JavaInvocationError as Java would throw. */
export function invokeListMethod(l: VValue[], name: string, args: (VValue | undefined)[]): Lookup {
  const fn = LIST_METHODS.get(name);
  if (!fn) return { found: false };
  try {
    return found(fn(l, args));
  } catch (e) {
    if (e instanceof NoSuchOverload) return { found: false };
    throw e;
  }
}

/** Calls an allow-listed Map method. @throws JavaInvocationError as Java would throw. */
export function invokeMapMethod(m: VMap, name: string, args: (VValue | undefined)[]): Lookup {
  const fn = MAP_METHODS.get(name);
  if (!fn) return { found: false };
  try {
    return found(fn(m, args));
  } catch (e) {
    if (e instanceof NoSuchOverload) return { found: false };
    throw e;
  }
}

/** Number/Boolean methods (`toString`, `intValue`, `doubleValue`, `equals`, `compareTo` …). */
export function invokeScalarMethod(v: number | JavaDouble | JavaBigInteger | boolean, name: string, args: (VValue | undefined)[]): Lookup {
  if (name === 'toString' && args.length === 0) return found(toJavaString(v));
  if (v instanceof JavaBigInteger) return invokeBigIntegerMethod(v, name, args);
  if (name === 'equals' && args.length === 1) return found(javaEquals(v, args[0] ?? null));
  if (name === 'hashCode' && args.length === 0 && typeof v === 'number') return found(v | 0);
  if (typeof v === 'boolean') {
    if (name === 'booleanValue' && args.length === 0) return found(v);
    return { found: false };
  }
  const n = typeof v === 'number' ? v : v.value;
  if (args.length === 0) {
    switch (name) {
      case 'intValue':
        return found(Math.trunc(n) | 0);
      case 'longValue':
        return found(Math.trunc(n));
      case 'doubleValue':
      case 'floatValue':
        return found(new JavaDouble(n));
      case 'isNaN':
        return found(Number.isNaN(n));
      case 'isInfinite':
        return found(!Number.isFinite(n) && !Number.isNaN(n));
    }
  }
  if (name === 'compareTo' && args.length === 1) {
    const o = args[0];
    if (o instanceof JavaBigInteger && Number.isInteger(n)) {
      const a = BigInt(n);
      return found(a < o.value ? -1 : a > o.value ? 1 : 0);
    }
    if (typeof o !== 'number' && !(o instanceof JavaDouble)) return { found: false };
    const m = typeof o === 'number' ? o : o.value;
    return found(n < m ? -1 : n > m ? 1 : 0);
  }
  return { found: false };
}

/**
 * Number methods of an integer beyond 2^53 (a `java.lang.Long` or `java.math.BigInteger`, as
 * json-smart reads it): `longValue()`/`intValue()` keep the low 64/32 bits (Java's narrowing),
 * `doubleValue()` is the nearest double; `equals` and `compareTo` are exact between integers.
 */
function invokeBigIntegerMethod(v: JavaBigInteger, name: string, args: (VValue | undefined)[]): Lookup {
  if (name === 'equals' && args.length === 1) return found(javaEquals(v, args[0] ?? null));
  if (args.length === 0) {
    switch (name) {
      case 'longValue':
        return found(fitsInLong(v.value) ? v : integralValue(BigInt.asIntN(64, v.value)));
      case 'intValue':
        return found(Number(BigInt.asIntN(32, v.value)));
      case 'doubleValue':
      case 'floatValue':
        return found(new JavaDouble(bigIntToFiniteNumber(v.value)));
    }
  }
  if (name === 'compareTo' && args.length === 1) {
    const o = args[0];
    if (typeof o !== 'number' && !(o instanceof JavaBigInteger)) return { found: false };
    if (typeof o === 'number' && !Number.isInteger(o)) return { found: false };
    const b = integralBigInt(o);
    return found(v.value < b ? -1 : v.value > b ? 1 : 0);
  }
  return { found: false };
}
