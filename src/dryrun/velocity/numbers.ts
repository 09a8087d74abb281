import { JavaDouble } from '../json/java-double.js';
import { type VValue, isNumber, javaEquals, numberValue, toJavaString } from './values.js';

/**
 * Velocity 2.x `DuckType.asNumber`: numbers as they are, numeric strings parsed (integral text →
 * Integer/Long, otherwise Double), everything else undefined.
 */
export function asNumber(v: VValue | undefined): number | JavaDouble | undefined {
  if (isNumber(v)) return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (/^[+-]?\d+$/.test(t)) return Number(t);
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return new JavaDouble(Number(t));
  }
  return undefined;
}

function make(result: number, double: boolean): number | JavaDouble {
  return double ? new JavaDouble(result) : result;
}

/**
 * Velocity arithmetic (`ASTMathNode`, `MathUtils`): `+` concatenates when either side is a
 * String; integer operands give integers (`7 / 2` is `3`, truncating), any Double gives a Double
 * (`2 * 3.5` is `7.0`); a null operand, a non-number or a division by zero gives null.
 */
export function arithmetic(op: string, left: VValue | undefined, right: VValue | undefined): VValue {
  if (left === undefined || left === null || right === undefined || right === null) return null;
  if (op === '+' && (typeof left === 'string' || typeof right === 'string')) {
    return toJavaString(left) + toJavaString(right);
  }
  const l = asNumber(left);
  const r = asNumber(right);
  if (l === undefined || r === undefined) return null;
  const double = l instanceof JavaDouble || r instanceof JavaDouble;
  const a = numberValue(l);
  const b = numberValue(r);
  switch (op) {
    case '+':
      return make(a + b, double);
    case '-':
      return make(a - b, double);
    case '*':
      return make(a * b, double);
    case '/':
      if (b === 0) return null;
      return double ? new JavaDouble(a / b) : Math.trunc(a / b);
    case '%':
      if (b === 0) return null;
      return make(a % b, double);
    default:
      return null;
  }
}

/** Unary minus (`-$x`). */
export function negate(v: VValue | undefined): VValue {
  const n = asNumber(v ?? null);
  if (n === undefined) return null;
  return n instanceof JavaDouble ? new JavaDouble(-n.value) : -n;
}

/**
 * Velocity 2.x `==`: null equals only null; two numbers (numeric strings included) compare by
 * value (`31 == '31.0'`); otherwise Java `equals` for compatible classes, else the `toString`
 * forms (`[1, 2] == '[1, 2]'`, `true == 'true'`). Verified with the oracle (Velocity 2.4.1).
 */
export function velocityEquals(left: VValue | undefined, right: VValue | undefined): boolean {
  const l = left ?? null;
  const r = right ?? null;
  if (l === null || r === null) return l === r;
  const ln = asNumber(l);
  const rn = asNumber(r);
  if (ln !== undefined && rn !== undefined && (isNumber(l) || isNumber(r))) return numberValue(ln) === numberValue(rn);
  if (typeof l === typeof r && !(isNumber(l) || isNumber(r))) return javaEquals(l, r);
  return toJavaString(l) === toJavaString(r);
}

/**
 * Velocity 2.x ordering (`<`, `>`, …): both sides must be numbers or numeric strings
 * (`'31' > 18` is true). Returns undefined when they are not (Velocity: false, or an error in
 * strict mode).
 */
export function velocityCompare(left: VValue | undefined, right: VValue | undefined): number | undefined {
  const l = asNumber(left ?? null);
  const r = asNumber(right ?? null);
  if (l === undefined || r === undefined) return undefined;
  const a = numberValue(l);
  const b = numberValue(r);
  return a < b ? -1 : a > b ? 1 : 0;
}
