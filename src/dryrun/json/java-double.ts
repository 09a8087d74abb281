import { JavaBigInteger } from './java-big-integer.js';

/**
 * Java `double` values in the dry run's value model.
 *
 * Genesys runs on the JVM: a JSON number written with a fraction or an exponent (`150.0`, `1e2`)
 * is parsed by json-smart as a `java.lang.Double`, rendered by Velocity and re-serialized through
 * `Double.toString` (`150.0`, `100.0`, `1.0E10`), and is *not* an integer for the fge validator
 * (genesys-runtime.md §3.2, §5.3, §6; oracle README "Policy choices"). JavaScript numbers cannot
 * carry that distinction, so the dry run boxes every double in a `JavaDouble`; a plain JS
 * `number` always means a Java integral value (Integer/Long).
 */
export class JavaDouble {
  /** @param value the IEEE-754 value (may be integral, e.g. 150 for `150.0`). */
  constructor(readonly value: number) {}

  /** Java `Double.toString(value)`. */
  toString(): string {
    return javaDoubleToString(this.value);
  }

  /** The plain number, for JSON.stringify and deep-equality in tests. */
  toJSON(): number {
    return this.value;
  }
}

/** True when `v` is a boxed Java double. */
export function isJavaDouble(v: unknown): v is JavaDouble {
  return v instanceof JavaDouble;
}

/**
 * Java `Double.toString(d)`: plain notation with at least one fractional digit for
 * 1e-3 <= |d| < 1e7, otherwise computerized scientific notation (`1.2345678E7`, `1.0E-4`).
 * Digits are the shortest round-trip digits, as JDK 19+ produces (older JDKs differ in rare
 * last-digit cases).
 */
export function javaDoubleToString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortestJavaExponential(d));
  if (!m) return String(d);
  const sign = m[1] ?? '';
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const exp = Number.parseInt(m[4] ?? '0', 10);
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    if (exp >= 0) {
      const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
      const frac = digits.slice(exp + 1);
      return `${sign}${intPart}.${frac === '' ? '0' : frac}`;
    }
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  const frac = digits.slice(1);
  return `${sign}${digits[0]}.${frac === '' ? '0' : frac}E${exp}`;
}

/**
 * The digits Java 19+ `Double.toString` picks, in JS exponential form. The shortest round-trip
 * decimal (`toExponential()`) is Java's choice too, except that Java never settles for a single
 * digit: when one digit suffices it takes the decimal of *one or two* digits closest to the
 * exact binary value. That only differs for the smallest subnormals, where the spacing of
 * doubles is coarser than two digits: `Double.MIN_VALUE` is `4.9E-324` (JS `5e-324`),
 * `10 * Double.MIN_VALUE` is `4.9E-323`. Source: `Double.toString(double)` javadoc (JDK 19+);
 * `4.9E-324` verified with the oracle (Jayway `max()` of negative numbers, JDK 17). JDK 17
 * prints `1.0E-323` for `2 * Double.MIN_VALUE` where JDK 19+ (and this function) print
 * `9.9E-324`.
 */
function shortestJavaExponential(d: number): string {
  const shortest = d.toExponential();
  if (!/^-?\de/.test(shortest)) return shortest;
  // toExponential(1) is the two-digit decimal nearest the exact value; Java takes it when it
  // still reads back as d.
  const two = d.toExponential(1);
  return Number(two) === d ? two.replace(/\.0e/, 'e') : shortest;
}

/**
 * Java rendering of an integral `number` (Integer/Long `toString`). An integral value beyond
 * 2^53 read from JSON is a {@link JavaBigInteger} instead; a plain number beyond 2^53 (from a
 * lossy source such as `JSON.parse`) is printed without exponent notation.
 */
export function javaIntegerToString(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  return Number.isFinite(n) ? BigInt(n).toString() : String(n);
}

/** Java `toString` of any number of the value model (exact digits for a {@link JavaBigInteger}). */
export function javaNumberToString(n: number | JavaDouble | JavaBigInteger): string {
  if (n instanceof JavaDouble || n instanceof JavaBigInteger) return n.toString();
  return javaIntegerToString(n);
}
