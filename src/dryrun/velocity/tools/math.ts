import { JavaBigInteger, LONG_MAX, LONG_MIN, fitsInLong, integralBigInt, integralValue } from '../../json/java-big-integer.js';
import { JavaDouble } from '../../json/java-double.js';
import { NoSuchOverload } from '../methods/args.js';
import { type VNumber, type VValue, isNumber, numberValue, toJavaString } from '../values.js';
import { Tool, type ToolMethod } from './tool.js';

type Num = VNumber;

/**
 * velocity-tools `ConversionUtils.toNumber`: numbers as they are; strings parsed like
 * `NumberFormat.getNumberInstance(Locale.US)` — the longest numeric prefix, grouping commas
 * allowed (`'1e3'` → 1, `'2.50'` → 2.5, `'1,000'` → 1000), a Long when the value is whole and
 * fits one (`'2.0'` → 2, every digit kept), else a Double; anything else null.
 */
export function toolNumber(v: VValue | undefined): Num | null {
  if (v === undefined || v === null) return null;
  if (isNumber(v)) return v;
  if (typeof v !== 'string') return null;
  const m = /^-?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?/.exec(v);
  if (!m || m[0] === '' || m[0] === '-' || (m[1] === undefined && m[3] === undefined)) return null;
  const text = m[0].replace(/,/g, '');
  const [whole = '', fraction = ''] = text.split('.');
  if (!/^0*$/.test(fraction)) return new JavaDouble(Number(text));
  // NumberFormat gives a Long, exact, when the value fits one, else a Double.
  const exact = BigInt(whole === '' || whole === '-' ? '0' : whole);
  return fitsInLong(exact) ? integralValue(exact) : new JavaDouble(Number(text));
}

/**
 * MathTool `matchType`: a whole result is an Integer/Long unless an input's text has a decimal
 * point (`$math.add(1.0, 2)` → `3.0`, `$math.div(4, 2)` → `2`, `$math.div(7, 2)` → `3.5`). The
 * Long is Java's `(long) out`, which saturates: `$math.mul(9223372036854775807, 2)` and
 * `$math.pow(10, 400)` are `9223372036854775807` (oracle). MathTool computes in doubles, so
 * integers beyond 2^53 are rounded first (`$math.add(9007199254740993, 0)` →
 * `9007199254740992`, oracle).
 */
function matchType(out: number, inputs: Num[]): Num {
  let integral = rint(out) === out;
  if (integral) {
    for (const n of inputs) {
      if (toJavaString(n).includes('.')) {
        integral = false;
        break;
      }
    }
  }
  if (!integral) return new JavaDouble(out);
  return Number.isSafeInteger(out) ? out : integralValue(longCast(out));
}

/** Java `(long) d` for an integral or infinite double: exact inside the long range, else saturated. */
function longCast(d: number): bigint {
  if (d >= 2 ** 63) return LONG_MAX;
  if (d < -(2 ** 63)) return LONG_MIN;
  return BigInt(d);
}

/** Java `(int) d`: truncation, saturated at the int range, NaN is 0. */
function intCast(d: number): number {
  if (Number.isNaN(d)) return 0;
  return Math.max(-2147483648, Math.min(2147483647, Math.trunc(d)));
}

/** Java `Number.intValue()`: an Integer/Long/BigInteger keeps its low 32 bits, a Double is `(int)`. */
function intValue(n: Num): number {
  if (n instanceof JavaDouble) return intCast(n.value);
  return Number(BigInt.asIntN(32, integralBigInt(n instanceof JavaBigInteger ? n : Number.isFinite(n) ? n : 0)));
}

function nums(args: (VValue | undefined)[], min: number): Num[] | null {
  if (args.length < min) throw new NoSuchOverload('arguments');
  const out: Num[] = [];
  for (const a of args) {
    const n = toolNumber(a);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

function reduce(args: (VValue | undefined)[], start: (first: number) => number, step: (acc: number, v: number) => number | null): VValue {
  const ns = nums(args, 1);
  if (!ns) return null;
  let acc = start(numberValue(ns[0] as Num));
  for (let i = 1; i < ns.length; i++) {
    const r = step(acc, numberValue(ns[i] as Num));
    if (r === null) return null;
    acc = r;
  }
  return matchType(acc, ns);
}

function unaryNum(fn: (n: Num) => VValue): ToolMethod {
  return (args) => {
    if (args.length !== 1) throw new NoSuchOverload('one argument');
    const n = toolNumber(args[0]);
    return n === null ? null : fn(n);
  };
}

function collectionNumbers(v: VValue | undefined): Num[] | null {
  if (!Array.isArray(v)) return null;
  const out: Num[] = [];
  for (const x of v) {
    const n = toolNumber(x);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

/**
 * `$math`: velocity-tools `MathTool` (3.1) semantics, verified with the oracle: results keep
 * integer type when whole (`matchType`), `div` by zero and non-numbers give null (so the
 * reference renders literally), `round` is `Math.rint` (half to even), `max` starts from
 * `Double.MIN_VALUE` as the library does (`$math.max(-5,-3)` → `4.9E-324`).
 */
export class MathTool extends Tool {
  readonly javaClass = 'org.apache.velocity.tools.generic.MathTool';
  protected readonly methods = new Map<string, ToolMethod>([
    ['add', (a) => reduce(a, (f) => f, (x, y) => x + y)],
    ['sub', (a) => reduce(a, (f) => f, (x, y) => x - y)],
    ['mul', (a) => reduce(a, (f) => f, (x, y) => x * y)],
    ['div', (a) => reduce(a, (f) => f, (x, y) => (y === 0 ? null : x / y))],
    ['max', (a) => reduce(a, (f) => Math.max(Number.MIN_VALUE, f), (x, y) => Math.max(x, y))],
    ['min', (a) => reduce(a, (f) => Math.min(Number.MAX_VALUE, f), (x, y) => Math.min(x, y))],
    [
      'pow',
      (a) => {
        if (a.length !== 2) throw new NoSuchOverload('two arguments');
        const ns = nums(a, 2);
        return ns ? matchType(Math.pow(numberValue(ns[0] as Num), numberValue(ns[1] as Num)), ns) : null;
      },
    ],
    [
      'idiv',
      (a) => {
        if (a.length !== 2) throw new NoSuchOverload('two arguments');
        const ns = nums(a, 2);
        if (!ns) return null;
        const d = intValue(ns[1] as Num);
        return d === 0 ? null : Math.trunc(intValue(ns[0] as Num) / d) | 0;
      },
    ],
    [
      'mod',
      (a) => {
        if (a.length !== 2) throw new NoSuchOverload('two arguments');
        const ns = nums(a, 2);
        if (!ns) return null;
        const d = intValue(ns[1] as Num);
        return d === 0 ? null : intValue(ns[0] as Num) % d;
      },
    ],
    ['abs', unaryNum((n) => matchType(Math.abs(numberValue(n)), [n]))],
    ['ceil', unaryNum((n) => intCast(Math.ceil(numberValue(n))))],
    ['floor', unaryNum((n) => intCast(Math.floor(numberValue(n))))],
    ['round', unaryNum((n) => intCast(rint(numberValue(n))))],
    [
      'roundTo',
      (a) => {
        if (a.length !== 2) throw new NoSuchOverload('two arguments');
        const places = toolNumber(a[0]);
        const value = toolNumber(a[1]);
        if (places === null || value === null) return null;
        const p = Math.trunc(numberValue(places));
        const v = numberValue(value);
        if (p === 0) return new JavaDouble(Math.trunc(v + 0.5));
        const shift = Math.pow(10, p);
        return new JavaDouble(Math.trunc(v * shift + 0.5) / shift);
      },
    ],
    ['toInteger', unaryNum(intValue)],
    ['toDouble', unaryNum((n) => new JavaDouble(numberValue(n)))],
    ['toNumber', unaryNum((n) => n)],
    [
      'getTotal',
      (a) => {
        if (a.length !== 1) throw new NoSuchOverload('one argument');
        const ns = collectionNumbers(a[0]);
        if (!ns || ns.length === 0) return null;
        return matchType(ns.reduce<number>((sum, n) => sum + numberValue(n), 0), ns);
      },
    ],
    [
      'getAverage',
      (a) => {
        if (a.length !== 1) throw new NoSuchOverload('one argument');
        const ns = collectionNumbers(a[0]);
        if (!ns || ns.length === 0) return null;
        return matchType(ns.reduce<number>((sum, n) => sum + numberValue(n), 0) / ns.length, ns);
      },
    ],
    [
      'random',
      (a) => {
        if (a.length === 0) return new JavaDouble(Math.random());
        if (a.length !== 2) throw new NoSuchOverload('random');
        const ns = nums(a, 2);
        if (!ns) return null;
        const lo = numberValue(ns[0] as Num);
        const hi = numberValue(ns[1] as Num);
        return matchType(Math.floor(lo + Math.random() * (hi - lo)), ns);
      },
    ],
  ]);
}

/** Java `Math.rint`: round half to even. */
function rint(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff < 0.5) return f;
  if (diff > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}
