import { isJavaDigit, javaDigitValue } from './char-index.js';
import { invalidPath, numberFormat } from './errors.js';
import type { IndexToken, SliceToken } from './tokens.js';

const JAVA_INT_MIN = -2147483648;
const JAVA_INT_MAX = 2147483647;

/**
 * Java `Integer.parseInt(text)`: an optional sign and digits of any script, within the int range.
 * @throws JavaException `java.lang.NumberFormatException: For input string: "…"`.
 */
export function javaParseInt(text: string): number {
  let i = 0;
  let negative = false;
  if (text[0] === '-' || text[0] === '+') {
    negative = text[0] === '-';
    i = 1;
  }
  if (i >= text.length) throw numberFormat(text);
  let value = 0;
  for (; i < text.length; i++) {
    const d = javaDigitValue(text[i] as string);
    if (d < 0) throw numberFormat(text);
    value = value * 10 + d;
    if (value > JAVA_INT_MAX + 1) throw numberFormat(text);
  }
  const result = negative ? -value : value;
  if (result < JAVA_INT_MIN || result > JAVA_INT_MAX) throw numberFormat(text);
  return result === 0 ? 0 : result;
}

/**
 * Jayway `ArrayIndexOperation.parse` (json-path 2.10.0): only digits, `,`, ` ` and `-` are
 * allowed; the text is split at commas (with surrounding blanks, empty parts kept) and each
 * part read with `Integer.parseInt`, so `[0,]`, `[1 2]` and `[99999999999]` fail with
 * `Failed to parse token in ArrayIndexOperation: <part>`.
 * @throws JsonPathError (`InvalidPathException`).
 */
export function parseArrayIndexOperation(operation: string): IndexToken {
  for (const c of operation) {
    if (!isJavaDigit(c) && c !== ',' && c !== ' ' && c !== '-') throw invalidPath(`Failed to parse ArrayIndexOperation: ${operation}`);
  }
  const indexes = operation.split(/\s*,\s*/).map((token) => {
    try {
      return javaParseInt(token);
    } catch {
      throw invalidPath(`Failed to parse token in ArrayIndexOperation: ${token}`);
    }
  });
  return { kind: 'index', indexes };
}

/**
 * Jayway `ArraySliceOperation.parse` (json-path 2.10.0): only digits, `-` and `:` are allowed
 * (so `[1 : 2]` fails while `[ 1:2 ]` works, the token being trimmed first); the text is split
 * with Java's `String.split(":")`, which drops trailing empty parts (`[1:2:3]` is `[1:2]`,
 * `[1::2]` is `[1:]`); each bound is read with `Integer.parseInt`, so a bound outside the Java
 * int range, or `-` alone, fails with the `NumberFormatException` that `PathCompiler.compile`
 * wraps: `InvalidPathException: java.lang.NumberFormatException: For input string: "…"`
 * (checked against the oracle, test/dryrun/jsonpath-slice.test.ts).
 * @throws JsonPathError (`InvalidPathException`) or JavaException (NumberFormatException).
 */
export function parseArraySliceOperation(operation: string): SliceToken {
  for (const c of operation) {
    if (!isJavaDigit(c) && c !== '-' && c !== ':') throw invalidPath(`Failed to parse SliceOperation: ${operation}`);
  }
  const parts = operation.split(':');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  const bound = (text: string | undefined) => (text === undefined || text === '' ? undefined : javaParseInt(text));
  const from = bound(parts[0]);
  const to = bound(parts[1]);
  if (from !== undefined && to === undefined) return { kind: 'slice', operation: 'from', from };
  if (from !== undefined && to !== undefined) return { kind: 'slice', operation: 'between', from, to };
  if (from === undefined && to !== undefined) return { kind: 'slice', operation: 'to', to };
  throw invalidPath(`Failed to parse SliceOperation: ${operation}`);
}
