/**
 * Exact integers beyond JavaScript's safe range in the dry run's value model.
 *
 * json-smart (Jayway's reader of the response body, of function parameters and filter
 * literals) and the strict reader keep every digit of an integral JSON literal: it becomes a
 * `java.lang.Integer`, a `java.lang.Long` or, beyond the signed 64-bit range, a
 * `java.math.BigInteger`, and prints back exactly (`rawResult`, translation values, Velocity
 * rendering). A JS `number` holds integers exactly only up to 2^53 - 1, so an integral literal
 * outside `Number.MIN_SAFE_INTEGER..Number.MAX_SAFE_INTEGER` is boxed in a
 * {@link JavaBigInteger}; every other integer stays a plain `number` (verified with the oracle:
 * `9007199254740993` and `-9223372036854775809` round-trip digit for digit).
 */
export class JavaBigInteger {
  /** @param value the exact integer; by convention outside the safe range (see {@link integralValue}). */
  constructor(readonly value: bigint) {}

  /** Java `Long.toString` / `BigInteger.toString`: the exact decimal digits. */
  toString(): string {
    return this.value.toString();
  }

  /**
   * The nearest double, for JSON.stringify and deep-equality in tests (digits beyond 2^53 are
   * lost). Saturates at ±`Number.MAX_VALUE` so the JSON form stays a finite number.
   */
  toJSON(): number {
    return bigIntToFiniteNumber(this.value);
  }
}

/** True when `v` is a boxed big integer. */
export function isJavaBigInteger(v: unknown): v is JavaBigInteger {
  return v instanceof JavaBigInteger;
}

/** Java `Long.MIN_VALUE`, -2^63. */
export const LONG_MIN = -(2n ** 63n);
/** Java `Long.MAX_VALUE`, 2^63 - 1. */
export const LONG_MAX = 2n ** 63n - 1n;

/** True when `v` fits a Java `long` (signed 64 bits). */
export function fitsInLong(v: bigint): boolean {
  return v >= LONG_MIN && v <= LONG_MAX;
}

/**
 * The model value of an exact integer: a plain `number` inside the safe range, a
 * {@link JavaBigInteger} outside it (so one value always has one representation).
 */
export function integralValue(v: bigint): number | JavaBigInteger {
  if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
  return new JavaBigInteger(v);
}

/**
 * The model value of an integral literal: optional sign, decimal digits (leading zeros
 * allowed, as json-smart's permissive mode reads them). `-0` is `0`.
 * @throws SyntaxError when `text` is not such a literal.
 */
export function parseIntegral(text: string): number | JavaBigInteger {
  const n = Number(text);
  if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
  return new JavaBigInteger(BigInt(text));
}

/**
 * The exact value of an integral model number (`number` or {@link JavaBigInteger}); a
 * fractional number is truncated.
 * @throws RangeError for a non-finite number (callers test `Number.isFinite` first).
 */
export function integralBigInt(v: number | JavaBigInteger): bigint {
  if (v instanceof JavaBigInteger) return v.value;
  return BigInt(Math.trunc(v));
}

/**
 * Java class of an integral value as json-smart and the strict reader pick it (json-smart
 * `JSONParserBase.parseNumber`, oracle `Json.number`): `java.lang.Integer` in 32 bits,
 * `java.lang.Long` in 64 bits, else `java.math.BigInteger`. Verified with the oracle
 * (`$input.L.class.name` for 9223372036854775807 and 9223372036854775808).
 */
export function javaIntegralClassName(v: number | JavaBigInteger): string {
  if (typeof v === 'number') {
    if (v >= -2147483648 && v <= 2147483647) return 'java.lang.Integer';
    return Number.isFinite(v) && fitsInLong(integralBigInt(v)) ? 'java.lang.Long' : 'java.math.BigInteger';
  }
  return fitsInLong(v.value) ? 'java.lang.Long' : 'java.math.BigInteger';
}

/**
 * `BigInteger.doubleValue()` (the nearest double, what `Number(v)` gives) but saturating at
 * ±`Number.MAX_VALUE` instead of ±Infinity, so JSON forms stay finite numbers.
 */
export function bigIntToFiniteNumber(v: bigint): number {
  const n = Number(v);
  if (n === Infinity) return Number.MAX_VALUE;
  if (n === -Infinity) return -Number.MAX_VALUE;
  return n;
}
