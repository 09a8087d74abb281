/**
 * Jayway JsonPath exception kinds, with the library's own message texts
 * (json-path 2.10.0 on JDK 17; genesys-runtime.md §5.2, oracle README "Profile differences").
 */
export type JsonPathErrorKind =
  | 'PathNotFoundException'
  | 'InvalidPathException'
  | 'JsonPathException'
  | 'InvalidJsonException'
  | 'IndexOutOfBoundsException'
  | 'IllegalStateException'
  | 'IllegalArgumentException'
  | 'NullPointerException'
  | 'ClassCastException'
  | 'NumberFormatException';

/** A failed read or compile; `message` is Jayway's message verbatim where Jayway has one. */
export class JsonPathError extends Error {
  override name = 'JsonPathError';
  /** @param kind the simple name of the Java exception class Jayway lets escape. */
  constructor(readonly kind: JsonPathErrorKind, message: string) {
    super(message);
  }
}

/**
 * A Java runtime exception raised inside Jayway's compilers (e.g. `String.charAt` out of range,
 * `Integer.parseInt` on bad digits). `PathCompiler.compile` wraps it as
 * `new InvalidPathException(cause)`, whose message is `cause.toString()`; the filter compiler
 * replaces it with its own "Failed to parse filter" message.
 */
export class JavaException extends Error {
  override name = 'JavaException';
  /** @param className fully qualified Java class name, e.g. `java.lang.NumberFormatException`. */
  constructor(readonly className: string, message: string) {
    super(message);
  }

  /** Java `Throwable.toString()`: `<class>: <message>`. */
  override toString(): string {
    return `${this.className}: ${this.message}`;
  }
}

/** `StringIndexOutOfBoundsException` as JDK 17's `String.charAt` raises it. */
export function stringIndexOutOfBounds(index: number): JavaException {
  return new JavaException('java.lang.StringIndexOutOfBoundsException', `String index out of range: ${index}`);
}

/** `NumberFormatException` as `Integer.parseInt` raises it (radix 10). */
export function numberFormat(input: string): JavaException {
  return new JavaException('java.lang.NumberFormatException', `For input string: "${input}"`);
}

/** `PathNotFoundException` — missing property/index; a translation default then applies. */
export function notFound(message: string): JsonPathError {
  return new JsonPathError('PathNotFoundException', message);
}

/** `InvalidPathException` — a syntax error or an operation Jayway rejects. */
export function invalidPath(message: string): JsonPathError {
  return new JsonPathError('InvalidPathException', message);
}

/** `java.lang.IndexOutOfBoundsException` from `List.get` (JDK 17 message form). */
export function indexOutOfBounds(index: number, length: number): JsonPathError {
  return new JsonPathError('IndexOutOfBoundsException', `Index ${index} out of bounds for length ${length}`);
}

/** `JsonPathException` — a runtime error inside a function or filter. */
export function jsonPathException(message: string): JsonPathError {
  return new JsonPathError('JsonPathException', message);
}

/** True for a {@link JsonPathError} of the given kind. */
export function isKind(e: unknown, kind: JsonPathErrorKind): e is JsonPathError {
  return e instanceof JsonPathError && e.kind === kind;
}
