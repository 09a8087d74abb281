/**
 * Jayway JsonPath exception kinds, with the library's own message texts
 * (json-path 2.10.0; genesys-runtime.md §5.2, oracle README "Profile differences").
 */
export type JsonPathErrorKind = 'PathNotFoundException' | 'InvalidPathException' | 'JsonPathException' | 'IndexOutOfBoundsException';

/** A failed read or compile; `message` is Jayway's message verbatim where Jayway has one. */
export class JsonPathError extends Error {
  override name = 'JsonPathError';
  /** @param kind the Jayway exception class name (simple name). */
  constructor(readonly kind: JsonPathErrorKind, message: string) {
    super(message);
  }
}

/** `PathNotFoundException` — missing property/index; a translation default then applies. */
export function notFound(message: string): JsonPathError {
  return new JsonPathError('PathNotFoundException', message);
}

/** `InvalidPathException` — a syntax error or an operation Jayway rejects. */
export function invalidPath(message: string): JsonPathError {
  return new JsonPathError('InvalidPathException', message);
}

/** A Java runtime exception escaping a function (e.g. `first()` on an empty array). */
export function indexOutOfBounds(message: string): JsonPathError {
  return new JsonPathError('IndexOutOfBoundsException', message);
}

/** `JsonPathException` — a runtime error inside a function or filter. */
export function jsonPathException(message: string): JsonPathError {
  return new JsonPathError('JsonPathException', message);
}
