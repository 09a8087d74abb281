import { JavaBigInteger, fitsInLong } from '../../json/java-big-integer.js';
import { JavaDouble } from '../../json/java-double.js';
import { type VValue, JavaInvocationError, toJavaString } from '../values.js';

/** Thrown by argument converters: no overload accepts these arguments (method not found). */
export class NoSuchOverload extends Error {
  override name = 'NoSuchOverload';
}

/**
 * Velocity 2.x argument conversion to a Java `int` parameter: integers as they are, doubles
 * truncated, numeric strings parsed (`substring('1')`, `substring(1.5)` both work). A value
 * outside the int range makes the call throw as Velocity's converter does (oracle,
 * `$s.substring(…)`): `NumberFormatException: value out of range: 3000000000` for a Long or
 * Double, `IllegalArgumentException: java.lang.ArithmeticException: BigInteger out of int range`
 * for a BigInteger, `NumberFormatException: For input string: "3000000000"` for a string.
 * @throws NoSuchOverload when the value cannot become an int.
 * @throws JavaInvocationError when it is out of the int range.
 */
export function toInt(v: VValue | undefined): number {
  if (typeof v === 'number') return inIntRange(Math.trunc(v), v);
  if (v instanceof JavaBigInteger) {
    if (!fitsInLong(v.value)) throw new JavaInvocationError('java.lang.IllegalArgumentException: java.lang.ArithmeticException: BigInteger out of int range');
    throw new JavaInvocationError(`java.lang.NumberFormatException: value out of range: ${v.toString()}`);
  }
  if (v instanceof JavaDouble) return inIntRange(Math.trunc(v.value), v);
  if (typeof v === 'string' && /^\s*[+-]?\d+(\.\d*)?\s*$/.test(v)) {
    const n = Math.trunc(Number(v));
    if (n < INT_MIN || n > INT_MAX) throw new JavaInvocationError(`java.lang.NumberFormatException: For input string: "${v}"`);
    return n;
  }
  throw new NoSuchOverload('int expected');
}

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

function inIntRange(n: number, original: number | JavaDouble): number {
  if (n >= INT_MIN && n <= INT_MAX) return n;
  throw new JavaInvocationError(`java.lang.NumberFormatException: value out of range: ${toJavaString(original)}`);
}

/**
 * Conversion to a `String`/`CharSequence` parameter. A null argument is passed through as null
 * so the method can throw Java's NullPointerException.
 * @throws NoSuchOverload for values Velocity would not convert (lists, maps, objects).
 */
export function toStr(v: VValue | undefined): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof JavaDouble || v instanceof JavaBigInteger) return toJavaString(v);
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
