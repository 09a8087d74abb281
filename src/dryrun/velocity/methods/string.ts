import { javaTrim } from '../../json/java-string.js';
import { type Lookup, type VValue, JavaInvocationError, found, javaEquals } from '../values.js';
import { NoSuchOverload, arity, requireStr, toInt, toStr } from './args.js';
import { stringMatches, stringReplaceRegex, stringSplit } from './java-regex.js';

type StringMethod = (s: string, args: (VValue | undefined)[]) => VValue | undefined;

const MAX_STRING = 5_000_000;

function outOfBounds(begin: number, end: number, length: number): JavaInvocationError {
  return new JavaInvocationError(`java.lang.StringIndexOutOfBoundsException: begin ${begin}, end ${end}, length ${length}`);
}

function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

function compareTo(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function utf8Bytes(s: string): number[] {
  return [...Buffer.from(s, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
}

function guard(s: string): string {
  if (s.length > MAX_STRING) throw new JavaInvocationError('java.lang.OutOfMemoryError: string too large for the dry run');
  return s;
}

/**
 * The java.lang.String methods templates may call, with Java semantics: `replace` replaces every
 * occurrence (genesys-runtime.md §3.4 uses `replace(' ','%20')`), `substring`/`charAt` throw
 * Java's StringIndexOutOfBoundsException, `split`/`replaceAll`/`matches` take Java regexes.
 * Anything not listed here does not exist for templates.
 */
const STRING_METHODS = new Map<string, StringMethod>([
  ['length', (s, a) => (arity(a, 0), s.length)],
  ['isEmpty', (s, a) => (arity(a, 0), s.length === 0)],
  ['isBlank', (s, a) => (arity(a, 0), s.trim().length === 0)],
  ['toString', (s, a) => (arity(a, 0), s)],
  ['trim', (s, a) => (arity(a, 0), javaTrim(s))],
  ['strip', (s, a) => (arity(a, 0), s.trim())],
  ['stripLeading', (s, a) => (arity(a, 0), s.trimStart())],
  ['stripTrailing', (s, a) => (arity(a, 0), s.trimEnd())],
  ['toLowerCase', (s, a) => (arity(a, 0), s.toLowerCase())],
  ['toUpperCase', (s, a) => (arity(a, 0), s.toUpperCase())],
  ['hashCode', (s, a) => (arity(a, 0), javaHash(s))],
  ['getBytes', (s, a) => (arity(a, 0), utf8Bytes(s))],
  ['toCharArray', (s, a) => (arity(a, 0), [...s])],
  [
    'charAt',
    (s, a) => {
      arity(a, 1);
      const i = toInt(a[0]);
      if (i < 0 || i >= s.length) throw new JavaInvocationError(`java.lang.StringIndexOutOfBoundsException: String index out of range: ${i}`);
      return s[i] as string;
    },
  ],
  [
    'codePointAt',
    (s, a) => {
      arity(a, 1);
      const i = toInt(a[0]);
      if (i < 0 || i >= s.length) throw new JavaInvocationError(`java.lang.StringIndexOutOfBoundsException: index ${i}, length ${s.length}`);
      return s.codePointAt(i) as number;
    },
  ],
  [
    'substring',
    (s, a) => {
      arity(a, 1, 2);
      const begin = toInt(a[0]);
      const end = a.length === 2 ? toInt(a[1]) : s.length;
      if (begin < 0 || end > s.length || begin > end) throw outOfBounds(begin, end, s.length);
      return s.slice(begin, end);
    },
  ],
  [
    'indexOf',
    (s, a) => {
      arity(a, 1, 2);
      const needle = requireStr(a[0], 'str');
      return s.indexOf(needle, a.length === 2 ? Math.max(0, toInt(a[1])) : 0);
    },
  ],
  [
    'lastIndexOf',
    (s, a) => {
      arity(a, 1, 2);
      const needle = requireStr(a[0], 'str');
      if (a.length === 1) return s.lastIndexOf(needle);
      const from = toInt(a[1]);
      return from < 0 ? -1 : s.lastIndexOf(needle, from);
    },
  ],
  ['contains', (s, a) => (arity(a, 1), s.includes(requireStr(a[0], 's')))],
  [
    'startsWith',
    (s, a) => {
      arity(a, 1, 2);
      const p = requireStr(a[0], 'prefix');
      const off = a.length === 2 ? toInt(a[1]) : 0;
      return off >= 0 && s.startsWith(p, off);
    },
  ],
  ['endsWith', (s, a) => (arity(a, 1), s.endsWith(requireStr(a[0], 'suffix')))],
  ['equals', (s, a) => (arity(a, 1), javaEquals(s, a[0] ?? null))],
  [
    'equalsIgnoreCase',
    (s, a) => {
      arity(a, 1);
      const o = toStr(a[0]);
      return o !== null && o.length === s.length && o.toUpperCase().toLowerCase() === s.toUpperCase().toLowerCase();
    },
  ],
  ['compareTo', (s, a) => (arity(a, 1), compareTo(s, requireStr(a[0], 'anotherString')))],
  ['compareToIgnoreCase', (s, a) => (arity(a, 1), compareTo(s.toLowerCase(), requireStr(a[0], 'str').toLowerCase()))],
  ['concat', (s, a) => (arity(a, 1), guard(s + requireStr(a[0], 'str')))],
  [
    'replace',
    (s, a) => {
      arity(a, 2);
      const target = requireStr(a[0], 'target');
      const replacement = requireStr(a[1], 'replacement');
      return guard(s.split(target).join(replacement));
    },
  ],
  ['replaceAll', (s, a) => (arity(a, 2), guard(stringReplaceRegex(s, requireStr(a[0], 'regex'), requireStr(a[1], 'replacement'), true)))],
  ['replaceFirst', (s, a) => (arity(a, 2), guard(stringReplaceRegex(s, requireStr(a[0], 'regex'), requireStr(a[1], 'replacement'), false)))],
  [
    'matches',
    (s, a) => {
      arity(a, 1);
      return stringMatches(s, requireStr(a[0], 'regex'));
    },
  ],
  [
    'split',
    (s, a) => {
      arity(a, 1, 2);
      return stringSplit(s, requireStr(a[0], 'regex'), a.length === 2 ? toInt(a[1]) : 0);
    },
  ],
  [
    'repeat',
    (s, a) => {
      arity(a, 1);
      const n = toInt(a[0]);
      if (n < 0) throw new JavaInvocationError(`java.lang.IllegalArgumentException: count is negative: ${n}`);
      if (s.length * n > MAX_STRING) throw new JavaInvocationError('java.lang.OutOfMemoryError: string too large for the dry run');
      return s.repeat(n);
    },
  ],
]);

/** String bean properties: `$s.empty`, `$s.blank`, `$s.bytes`. */
const STRING_PROPERTIES = new Map<string, (s: string) => VValue>([
  ['empty', (s) => s.length === 0],
  ['blank', (s) => s.trim().length === 0],
  ['bytes', (s) => utf8Bytes(s)],
]);

/** Calls an allow-listed String method. @throws JavaInvocationError as Java would throw. */
export function invokeStringMethod(s: string, name: string, args: (VValue | undefined)[]): Lookup {
  const m = STRING_METHODS.get(name);
  if (!m) return { found: false };
  try {
    return found(m(s, args));
  } catch (e) {
    if (e instanceof NoSuchOverload) return { found: false };
    throw e;
  }
}

/** Reads an allow-listed String bean property. */
export function getStringProperty(s: string, name: string): Lookup {
  const p = STRING_PROPERTIES.get(name);
  return p ? found(p(s)) : { found: false };
}
