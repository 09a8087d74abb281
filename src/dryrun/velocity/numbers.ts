import { JavaBigInteger, fitsInLong, integralBigInt, integralValue, parseIntegral } from '../json/java-big-integer.js';
import { JavaDouble, javaDoubleToString } from '../json/java-double.js';
import { type BigDecimal, compareBigDecimal, parseBigDecimal } from '../jsonpath/big-decimal.js';
import { VelocityError } from './errors.js';
import { type VNumber, type VValue, UnsupportedJavaFeature, isNumber, javaEquals, numberValue, toJavaString } from './values.js';

const INTEGRAL_TEXT = /^[+-]?\d+$/;
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Velocity 2.x `DuckType.asNumber`: numbers as they are, numeric strings parsed (integral text →
 * Integer/Long, or a {@link JavaBigInteger} beyond 2^53 with every digit; otherwise Double),
 * everything else undefined.
 */
export function asNumber(v: VValue | undefined): VNumber | undefined {
  if (isNumber(v)) return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (INTEGRAL_TEXT.test(t)) return parseIntegral(t);
    if (DECIMAL_TEXT.test(t)) return new JavaDouble(Number(t));
  }
  return undefined;
}

/** True for an integral engine number (Integer, Long, BigInteger). */
function isIntegral(n: VNumber): n is number | JavaBigInteger {
  return n instanceof JavaBigInteger || (typeof n === 'number' && Number.isFinite(n));
}

/** True for a value Velocity holds as a `java.math.BigInteger` (beyond the 64-bit range). */
function isBigIntegerClass(n: VNumber): boolean {
  return n instanceof JavaBigInteger ? !fitsInLong(n.value) : typeof n === 'number' && Number.isFinite(n) && !fitsInLong(integralBigInt(n));
}

/**
 * Velocity arithmetic (`ASTMathNode`, `MathUtils`): `+` concatenates when either side is a
 * String; integer operands give integers (`7 / 2` is `3`, truncating), any Double gives a Double
 * (`2 * 3.5` is `7.0`); a null operand, a non-number or a division by zero gives null.
 *
 * Integers are computed exactly (`MathUtils` on `long`, widened to `BigInteger` on overflow of
 * `+ - *`; `Long.MIN_VALUE / -1` and `Long.MIN_VALUE * -1` wrap to `Long.MIN_VALUE` as its
 * overflow checks miss them; `%` of a BigInteger is `BigInteger.mod`, never negative), verified
 * with the oracle (`9223372036854775807 + 1` → `9223372036854775808`). A Double operand makes
 * the whole computation double (a Long beyond 2^53 is rounded first, as `doubleValue()` does).
 * Numeric strings are read by {@link asNumber}: Velocity reads them as BigDecimal, so
 * `'5' - 1` is `4.0` there and `4` here.
 * @throws VelocityError `BigInteger: modulus not positive` for a BigInteger `%` a negative
 *   number (Java's ArithmeticException, unlocated, as the oracle reports it).
 * @throws UnsupportedJavaFeature for a BigInteger combined with a Double, which Velocity
 *   computes as a `java.math.BigDecimal` (`9223372036854775808 + 0.5` →
 *   `9223372036854775808.5`), a type the dry run does not model.
 */
export function arithmetic(op: string, left: VValue | undefined, right: VValue | undefined): VValue {
  if (left === undefined || left === null || right === undefined || right === null) return null;
  if (op === '+' && (typeof left === 'string' || typeof right === 'string')) {
    return toJavaString(left) + toJavaString(right);
  }
  const l = asNumber(left);
  const r = asNumber(right);
  if (l === undefined || r === undefined) return null;
  if (isIntegral(l) && isIntegral(r)) return integralArithmetic(op, integralBigInt(l), integralBigInt(r));
  if (isBigIntegerClass(l) || isBigIntegerClass(r)) {
    throw new UnsupportedJavaFeature(`Arithmetic between a java.math.BigInteger and a java.lang.Double gives a java.math.BigDecimal, which the dry run does not model (${toJavaString(l)} ${op} ${toJavaString(r)})`);
  }
  const a = numberValue(l);
  const b = numberValue(r);
  switch (op) {
    case '+':
      return new JavaDouble(a + b);
    case '-':
      return new JavaDouble(a - b);
    case '*':
      return new JavaDouble(a * b);
    case '/':
      return b === 0 ? null : new JavaDouble(a / b);
    case '%':
      return b === 0 ? null : new JavaDouble(a % b);
    default:
      return null;
  }
}

/** `MathUtils` on two integers: `long` arithmetic with its overflow checks, else `BigInteger`. */
function integralArithmetic(op: string, a: bigint, b: bigint): VValue {
  const long = fitsInLong(a) && fitsInLong(b);
  switch (op) {
    case '+':
      return integralValue(a + b);
    case '-':
      return integralValue(a - b);
    case '*': {
      if (!long) return integralValue(a * b);
      const wrapped = BigInt.asIntN(64, a * b);
      // MathUtils.multiply: overflow when b != 0 and (a * b) / b != a, all in long arithmetic.
      const overflow = b !== 0n && BigInt.asIntN(64, wrapped / b) !== a;
      return integralValue(overflow ? a * b : wrapped);
    }
    case '/':
      if (b === 0n) return null;
      return integralValue(long ? BigInt.asIntN(64, a / b) : a / b);
    case '%':
      if (b === 0n) return null;
      if (long) return integralValue(a % b);
      if (b < 0n) throw new VelocityError('BigInteger: modulus not positive', 'runtime');
      return integralValue(((a % b) + b) % b);
    default:
      return null;
  }
}

/** Unary minus (`-$x`); exact for integers (`-(-9223372036854775808)` is a BigInteger). */
export function negate(v: VValue | undefined): VValue {
  const n = asNumber(v ?? null);
  if (n === undefined) return null;
  if (!isIntegral(n)) return new JavaDouble(-numberValue(n));
  return integralValue(-integralBigInt(n));
}

/**
 * Velocity 2.x `==`: null equals only null; two numbers (numeric strings included) compare by
 * value with {@link velocityCompare} (`31 == '31.0'`); otherwise Java `equals` for compatible
 * classes, else the `toString` forms (`[1, 2] == '[1, 2]'`, `true == 'true'`). Verified with the
 * oracle (Velocity 2.4.1).
 */
export function velocityEquals(left: VValue | undefined, right: VValue | undefined): boolean {
  const l = left ?? null;
  const r = right ?? null;
  if (l === null || r === null) return l === r;
  if (isNumber(l) || isNumber(r)) {
    const c = velocityCompare(l, r);
    if (c !== undefined) return c === 0;
  }
  if (typeof l === typeof r && !(isNumber(l) || isNumber(r))) return javaEquals(l, r);
  return toJavaString(l) === toJavaString(r);
}

/** A comparison operand in `MathUtils.compare`'s terms. */
type Operand =
  | { kind: 'integer'; value: bigint; bigInteger: boolean }
  | { kind: 'double'; value: number }
  | { kind: 'decimal'; value: BigDecimal };

/** `DuckType.asNumber` for a comparison: numeric strings are `new BigDecimal(text)` (exact). */
function operand(v: VValue | undefined): Operand | undefined {
  if (typeof v === 'string') {
    const t = v.trim();
    return INTEGRAL_TEXT.test(t) || DECIMAL_TEXT.test(t) ? { kind: 'decimal', value: parseBigDecimal(t) } : undefined;
  }
  if (!isNumber(v)) return undefined;
  if (v instanceof JavaDouble) return { kind: 'double', value: v.value };
  if (typeof v === 'number' && !Number.isFinite(v)) return { kind: 'double', value: v };
  const value = integralBigInt(v);
  return { kind: 'integer', value, bigInteger: !fitsInLong(value) };
}

/**
 * `MathUtils.toBigDecimal`: BigDecimal and BigInteger exactly, any other number through
 * `BigDecimal.valueOf(doubleValue())` (so a Long beyond 2^53 is rounded). Undefined for a
 * non-finite double (Java throws NumberFormatException there).
 */
function toBigDecimal(o: Operand): BigDecimal | undefined {
  if (o.kind === 'decimal') return o.value;
  if (o.kind === 'integer' && o.bigInteger) return parseBigDecimal(o.value.toString());
  const d = o.kind === 'double' ? o.value : Number(o.value);
  return Number.isFinite(d) ? parseBigDecimal(javaDoubleToString(d)) : undefined;
}

/**
 * Velocity 2.x ordering (`<`, `>`, …, and `==` between numbers): both sides must be numbers or
 * numeric strings (`'31' > 18` is true). Returns undefined when they are not (Velocity: false,
 * or an error in strict mode).
 *
 * `MathUtils.compare`, verified with the oracle: two integers compare exactly (Long and
 * BigInteger alike); an integer with a Double compares as doubles (`9007199254740993 ==
 * 9007199254740992.0` is true); a numeric string is an exact BigDecimal, a BigInteger with a
 * Double compares as BigDecimals, and there every Integer/Long/Double goes through
 * `BigDecimal.valueOf(double)` (`9007199254740993 == '9007199254740993'` is false,
 * `9223372036854775808 == 9223372036854775808.0` is false).
 */
export function velocityCompare(left: VValue | undefined, right: VValue | undefined): number | undefined {
  const l = operand(left ?? null);
  const r = operand(right ?? null);
  if (l === undefined || r === undefined) return undefined;
  const bothIntegral = l.kind === 'integer' && r.kind === 'integer';
  const anyBigInteger = (l.kind === 'integer' && l.bigInteger) || (r.kind === 'integer' && r.bigInteger);
  if (l.kind === 'decimal' || r.kind === 'decimal' || (!bothIntegral && anyBigInteger)) {
    const a = toBigDecimal(l);
    const b = toBigDecimal(r);
    if (a !== undefined && b !== undefined) return Math.sign(compareBigDecimal(a, b));
  }
  if (l.kind === 'integer' && r.kind === 'integer') return l.value < r.value ? -1 : l.value > r.value ? 1 : 0;
  const a = l.kind === 'decimal' ? Number(toJavaString(left ?? null).trim()) : Number(l.value);
  const b = r.kind === 'decimal' ? Number(toJavaString(right ?? null).trim()) : Number(r.value);
  return a < b ? -1 : a > b ? 1 : 0;
}
