/**
 * Jayway JsonPath semantics for translation maps (genesys-runtime.md §5.2; oracle README
 * "Profile differences"): a port of json-path 2.10.0 with the json-smart provider. Compile with
 * {@link compileJsonPath}, read with {@link readJsonPath}.
 */
import type { JsonValue } from '../json/model.js';
import { compileJsonPath } from './compiler.js';
import { type PathReadResult, evaluatePath } from './evaluator.js';

export { compileJsonPath } from './compiler.js';
export { evaluatePath, type EvaluateOptions, type PathReadResult, type ReadState } from './evaluator.js';
export { JsonPathError, type JsonPathErrorKind } from './errors.js';
export { pathToString, type CompiledPath } from './tokens.js';

/**
 * Compiles and reads `path` on `document` (a value in the dry-run JSON model). Reads through
 * `append()` change `document` in place, as Jayway's do.
 * @returns the value (definite path) or the list of matches (indefinite path).
 * @throws JsonPathError with Jayway's exception kind and message.
 */
export function readJsonPath(document: JsonValue, path: string): PathReadResult {
  return evaluatePath(compileJsonPath(path), document);
}
