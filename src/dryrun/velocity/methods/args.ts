import { JavaDouble } from '../../json/java-double.js';
import { type VValue, JavaInvocationError, toJavaString } from '../values.js';

/** Thrown by argument converters: no overload accepts these arguments (method not found). */
export class NoSuchOverload extends Error {
  override name = 'NoSuchOverload';
}

/**
 * Velocity 2.x argument conversion to a Java `int` parameter: integers as they are, doubles
 * truncated, numeric strings parsed (`substring('1')`, `substring(1.5)` both work).
 * @throws NoSuchOverload when the value cannot become an int.
 */
export function toInt(v: VValue | undefined): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (v instanceof JavaDouble) return Math.trunc(v.value);
  if (typeof v === 'string' && /^\s*[+-]?\d+(\.\d*)?\s*$/.test(v)) return Math.trunc(Number(v));
  throw new NoSuchOverload('int expected');
}

/**
 * Conversion to a `String`/`CharSequence` parameter. A null argument is passed through as null
 * so the method can throw Java's NullPointerException.
 * @throws NoSuchOverload for values Velocity would not convert (lists, maps, objects).
 */
export function toStr(v: VValue | undefined): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof JavaDouble) return toJavaString(v);
  throw new NoSuchOverload('String expected');
}

/** Like {@link toStr} but a null becomes Java's NullPointerException. */
export function requireStr(v: VValue | undefined, parameter: string): string {
  const s = toStr(v);
  if (s === null) throw new JavaInvocationError(`java.lang.NullPointerException: Cannot invoke "java.lang.CharSequence.toString()" because "${parameter}" is null`);
  return s;
}

/** Asserts the argument count of a fixed-arity method. @throws NoSuchOverload */
export function arity(args: unknown[], ...counts: number[]): void {
  if (!counts.includes(args.length)) throw new NoSuchOverload(`arity ${args.length}`);
}
