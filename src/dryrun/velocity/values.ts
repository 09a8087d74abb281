import { JavaBigInteger, javaIntegralClassName } from '../json/java-big-integer.js';
import { JavaDouble, javaDoubleToString, javaIntegerToString } from '../json/java-double.js';
import { type JsonValue, isJsonObject } from '../json/model.js';

/**
 * Values inside the template engine, modelled on the Java objects Genesys' Velocity sees
 * (genesys-runtime.md §3.2, §5.3):
 * - `string` → java.lang.String; `boolean` → Boolean; `null` → a null reference;
 * - `number` → an integral Integer/Long; {@link JavaBigInteger} → a Long or BigInteger beyond
 *   2^53 (exact digits); {@link JavaDouble} → Double;
 * - arrays → java.util.List; `Map` → java.util.Map (insertion ordered, no prototype keys);
 * - {@link JavaObject} → tools, `$foreach`, map entries: only allow-listed members are reachable.
 * `undefined` (outside this union) means "not set" (an undefined reference).
 */
export type VValue = string | number | boolean | null | JavaDouble | JavaBigInteger | VValue[] | VMap | JavaObject;

/** A Java map as the engine holds it. */
export type VMap = Map<string, VValue>;

/** Result of a member lookup: `found: false` means Velocity finds no such method/property. */
export type Lookup = { found: false } | { found: true; value: VValue | undefined };

/** The unavailable member, shared. */
export const NOT_FOUND: Lookup = { found: false };

/** A found member with its value (`undefined`/`null` render as a null reference). */
export function found(value: VValue | undefined): Lookup {
  return { found: true, value };
}

/**
 * Base of every non-data object templates can reach (tools, `$foreach`, map entries). Members are
 * served only from the subclass's explicit tables — never from JavaScript properties — so a
 * template cannot reach `constructor`, `__proto__` or any other JS internals.
 */
export abstract class JavaObject {
  /** The Java class name, used in error messages ("Object '…' does not contain method …"). */
  abstract readonly javaClass: string;
  /** A bean property (`$obj.name` → `getName()`/`isName()`). */
  abstract getProperty(name: string): Lookup;
  /** A method call; `args` are already evaluated. May throw {@link JavaInvocationError}. */
  abstract invoke(name: string, args: (VValue | undefined)[]): Lookup;
  /** Java `toString()`. */
  toJavaString(): string {
    return `${this.javaClass}@0`;
  }
}

/**
 * A Java exception thrown inside a method; the engine reports it as Velocity does:
 * `Invocation of method 'm' in  class C threw exception E: msg at tpl[line L, column C]`.
 */
export class JavaInvocationError extends Error {
  override name = 'JavaInvocationError';
  /** @param javaException e.g. `java.lang.StringIndexOutOfBoundsException: begin 10, end 3, length 3` */
  constructor(readonly javaException: string) {
    super(javaException);
  }
}

/**
 * A valid Java construct the dry run cannot reproduce faithfully (a regex feature, an
 * unreproducible value). The renderer stops with this message, located in the template, rather
 * than produce a result that silently differs from Java.
 */
export class UnsupportedJavaFeature extends Error {
  override name = 'UnsupportedJavaFeature';
}

/** Converts a JSON value (input, credentials, authResponse) into engine values: objects → Map. */
export function fromJson(v: JsonValue | undefined): VValue {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map((x) => fromJson(x));
  if (isJsonObject(v)) {
    const m: VMap = new Map();
    for (const k of Object.keys(v)) m.set(k, fromJson(v[k] as JsonValue));
    return m;
  }
  return v;
}

/** An engine number: Integer/Long (`number`), Long/BigInteger beyond 2^53, or Double. */
export type VNumber = number | JavaDouble | JavaBigInteger;

/** True for an engine number (Integer/Long/BigInteger or Double). */
export function isNumber(v: unknown): v is VNumber {
  return typeof v === 'number' || v instanceof JavaDouble || v instanceof JavaBigInteger;
}

/**
 * Java `Number.doubleValue()` of an engine number, for code that computes in doubles (`$math`,
 * method arguments): a {@link JavaBigInteger} becomes its nearest double (±Infinity beyond the
 * double range), so digits beyond 2^53 are lost there.
 */
export function numberValue(v: VNumber): number {
  if (typeof v === 'number') return v;
  return v instanceof JavaBigInteger ? Number(v.value) : v.value;
}

/** Java `String.valueOf(v)` / Velocity rendering: `[a, b]` for lists, `{k=v}` for maps. */
export function toJavaString(v: VValue | undefined): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return javaIntegerToString(v);
  if (v instanceof JavaBigInteger) return v.toString();
  if (v instanceof JavaDouble) return javaDoubleToString(v.value);
  if (Array.isArray(v)) return `[${v.map((x) => toJavaString(x)).join(', ')}]`;
  if (v instanceof Map) return `{${[...v].map(([k, x]) => `${k}=${toJavaString(x)}`).join(', ')}}`;
  return v.toJavaString();
}

/**
 * The Java class name of an engine value, as Velocity prints it in messages; integers are
 * Integer, Long or BigInteger by range, as json-smart reads them (oracle: `Object
 * 'java.math.BigInteger' does not contain method nosuch()`).
 */
export function javaClassName(v: VValue | undefined): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'string') return 'java.lang.String';
  if (typeof v === 'boolean') return 'java.lang.Boolean';
  if (typeof v === 'number' || v instanceof JavaBigInteger) return javaIntegralClassName(v);
  if (v instanceof JavaDouble) return 'java.lang.Double';
  if (Array.isArray(v)) return 'java.util.ArrayList';
  if (v instanceof Map) return 'java.util.LinkedHashMap';
  return v.javaClass;
}

/**
 * Velocity 2.x `#if` truth (`directive.if.empty_check=true`, the 2.x default): null, false,
 * empty strings, empty lists/maps and zero numbers are false; everything else is true
 * (oracle probes; genesys-runtime.md §3.3 describes the 1.7 rule, where "" is true).
 */
export function isTruthy(v: VValue | undefined): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length > 0;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof JavaBigInteger) return v.value !== 0n;
  if (v instanceof JavaDouble) return v.value !== 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map) return v.size > 0;
  return true;
}

/**
 * Java `equals` between two engine values (Integer never equals Double, as in Java; big
 * integers by exact value).
 */
export function javaEquals(a: VValue | undefined, b: VValue | undefined): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  if (a instanceof JavaDouble || b instanceof JavaDouble) {
    return a instanceof JavaDouble && b instanceof JavaDouble && a.value === b.value;
  }
  if (a instanceof JavaBigInteger || b instanceof JavaBigInteger) {
    return a instanceof JavaBigInteger && b instanceof JavaBigInteger && a.value === b.value;
  }
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => javaEquals(x, b[i]));
  if (a instanceof Map) {
    return b instanceof Map && a.size === b.size && [...a].every(([k, x]) => b.has(k) && javaEquals(x, b.get(k)));
  }
  return a === b;
}
