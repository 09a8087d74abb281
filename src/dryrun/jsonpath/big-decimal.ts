import { javaDigitValue } from './char-index.js';
import { JavaException } from './errors.js';

/**
 * The parts of `java.math.BigDecimal` Jayway's filters rely on (json-path 2.10.0 `NumberNode`
 * holds a BigDecimal): exact parsing of `BigDecimal(String)`, `compareTo`, `toString` and
 * `intValue`. A value is `sign × unscaled × 10^-scale`.
 */
export interface BigDecimal {
  negative: boolean;
  /** Decimal digits of the unscaled value, no leading zeros ("0" for zero). */
  unscaled: string;
  scale: number;
}

/**
 * `new BigDecimal(text)`: `[+-]digits[.digits][(e|E)[+-]digits]` with at least one digit;
 * digits of any script count (Java `Character.digit`).
 * @throws JavaException `java.lang.NumberFormatException` for anything else.
 */
export function parseBigDecimal(text: string): BigDecimal {
  const fail = () => new JavaException('java.lang.NumberFormatException', `Character array is missing "exponent" mark 'e' or 'E'.`);
  let i = 0;
  let negative = false;
  if (text[i] === '-' || text[i] === '+') {
    negative = text[i] === '-';
    i++;
  }
  let digits = '';
  let fraction = 0;
  let seenDot = false;
  for (; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '.') {
      if (seenDot) throw fail();
      seenDot = true;
      continue;
    }
    const d = javaDigitValue(c);
    if (d < 0) break;
    digits += String(d);
    if (seenDot) fraction++;
  }
  if (digits === '') throw fail();
  let exponent = 0;
  if (i < text.length) {
    if (text[i] !== 'e' && text[i] !== 'E') throw fail();
    i++;
    let expNegative = false;
    if (text[i] === '-' || text[i] === '+') {
      expNegative = text[i] === '-';
      i++;
    }
    let expDigits = '';
    for (; i < text.length; i++) {
      const d = javaDigitValue(text[i] as string);
      if (d < 0) throw fail();
      expDigits += String(d);
    }
    if (expDigits === '' || expDigits.length > 10) throw fail();
    exponent = Number(expDigits) * (expNegative ? -1 : 1);
  }
  const unscaled = digits.replace(/^0+(?=\d)/, '');
  return { negative: negative && unscaled !== '0', unscaled, scale: fraction - exponent };
}

/** `BigDecimal.compareTo`: numeric comparison, scale ignored (`1.0` equals `1`). */
export function compareBigDecimal(a: BigDecimal, b: BigDecimal): number {
  const sa = a.unscaled === '0' ? 0 : a.negative ? -1 : 1;
  const sb = b.unscaled === '0' ? 0 : b.negative ? -1 : 1;
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  // Compare orders of magnitude first, then the digits (no arithmetic on huge exponents).
  const adjA = a.unscaled.length - 1 - a.scale;
  const adjB = b.unscaled.length - 1 - b.scale;
  let magnitude: number;
  if (adjA !== adjB) magnitude = adjA < adjB ? -1 : 1;
  else {
    const width = Math.max(a.unscaled.length, b.unscaled.length);
    const x = a.unscaled.padEnd(width, '0');
    const y = b.unscaled.padEnd(width, '0');
    magnitude = x < y ? -1 : x > y ? 1 : 0;
  }
  return sa * magnitude;
}

/** `BigDecimal.toString()`: plain notation unless the scale is negative or the value is tiny. */
export function bigDecimalToString(v: BigDecimal): string {
  const sign = v.negative ? '-' : '';
  const digits = v.unscaled;
  const adjusted = -v.scale + (digits.length - 1);
  if (v.scale >= 0 && adjusted >= -6) {
    if (v.scale === 0) return sign + digits;
    if (digits.length > v.scale) return `${sign}${digits.slice(0, digits.length - v.scale)}.${digits.slice(digits.length - v.scale)}`;
    return `${sign}0.${'0'.repeat(v.scale - digits.length)}${digits}`;
  }
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
}

/** `BigDecimal.intValue()`: truncation toward zero, then the low 32 bits. */
export function bigDecimalIntValue(v: BigDecimal): number {
  if (v.scale >= v.unscaled.length) return 0;
  // 10^k for k >= 32 is a multiple of 2^32: the low 32 bits of the product are zero.
  if (v.scale <= -32) return 0;
  let n = BigInt(v.unscaled);
  if (v.scale > 0) n /= 10n ** BigInt(v.scale);
  else if (v.scale < 0) n *= 10n ** BigInt(-v.scale);
  return Number(BigInt.asIntN(32, v.negative ? -n : n));
}
